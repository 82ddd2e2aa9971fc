/** CQL2 Text filtering (OGC API – Features Part 3): parse with parseCql2, compile with compileCql2. */
export type { ComparisonOp, Cql2Node, Operand, SpatialOp, TemporalOp } from './ast.ts';
export { compileCql2, type CompiledFilter, type CompileOptions } from './compileCql2.ts';
export { Cql2Error } from './Cql2Error.ts';
export { CQL2_LIMITS } from './limits.ts';
export { parseCql2 } from './parseCql2.ts';
export type { Queryable } from './Queryable.ts';
