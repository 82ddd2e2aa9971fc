/**
 * Syntax tree of a CQL2 Text filter, as produced by parseCql2. Every node carries `position`,
 * the 0-based index of its first character in the filter text, for error messages.
 */

/** A property (queryable) reference: bare `height` or quoted `"height"`. */
export interface PropertyRef {
  kind: 'property';
  name: string;
  position: number;
}

/** `'text'` with `''` unescaped. */
export interface StringLiteral {
  kind: 'string';
  value: string;
  position: number;
}

/** Integer, decimal or exponent number, possibly signed. */
export interface NumberLiteral {
  kind: 'number';
  value: number;
  position: number;
}

/** `TRUE` / `FALSE`. */
export interface BooleanLiteral {
  kind: 'boolean';
  value: boolean;
  position: number;
}

/** `DATE('2024-01-01')`; value is the ISO date. */
export interface DateLiteral {
  kind: 'date';
  value: string;
  position: number;
}

/** `TIMESTAMP('2024-01-01T00:00:00Z')`; value is the ISO timestamp (upper-case T and Z). */
export interface TimestampLiteral {
  kind: 'timestamp';
  value: string;
  position: number;
}

/** `INTERVAL(start, end)`; `null` is an open end (`'..'`). Ends are ISO dates or timestamps. */
export interface IntervalLiteral {
  kind: 'interval';
  start: string | null;
  end: string | null;
  position: number;
}

/** A WKT geometry or BBOX/ENVELOPE, normalised to 2D/3D WKT text (a BBOX becomes a POLYGON). */
export interface GeometryLiteral {
  kind: 'geometry';
  wkt: string;
  position: number;
}

/** Anything that can stand on either side of a predicate. */
export type Operand =
  | PropertyRef
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | DateLiteral
  | TimestampLiteral
  | IntervalLiteral
  | GeometryLiteral;

/** Comparison operators of CQL2 Basic. */
export type ComparisonOp = '=' | '<>' | '<' | '>' | '<=' | '>=';

/** Spatial comparison functions (lower case). */
export const SPATIAL_OPS = ['s_intersects', 's_within', 's_contains', 's_disjoint', 's_equals', 's_touches', 's_crosses', 's_overlaps'] as const;
/** One of {@link SPATIAL_OPS}. */
export type SpatialOp = (typeof SPATIAL_OPS)[number];

/** Temporal comparison functions of CQL2 (lower case); the compiler supports a subset. */
export const TEMPORAL_OPS = [
  't_after', 't_before', 't_contains', 't_disjoint', 't_during', 't_equals', 't_finishedby', 't_finishes',
  't_intersects', 't_meets', 't_metby', 't_overlappedby', 't_overlaps', 't_startedby', 't_starts',
] as const;
/** One of {@link TEMPORAL_OPS}. */
export type TemporalOp = (typeof TEMPORAL_OPS)[number];

/** A whole filter or any boolean sub-expression. */
export type Cql2Node =
  | { kind: 'and' | 'or'; args: Cql2Node[]; position: number }
  | { kind: 'not'; arg: Cql2Node; position: number }
  | { kind: 'comparison'; op: ComparisonOp; left: Operand; right: Operand; position: number }
  | { kind: 'like'; negated: boolean; subject: Operand; pattern: StringLiteral; position: number }
  | { kind: 'in'; negated: boolean; subject: Operand; list: Operand[]; position: number }
  | { kind: 'between'; negated: boolean; subject: Operand; low: Operand; high: Operand; position: number }
  | { kind: 'isNull'; negated: boolean; subject: Operand; position: number }
  | { kind: 'spatial'; op: SpatialOp; left: Operand; right: Operand; position: number }
  | { kind: 'temporal'; op: TemporalOp; left: Operand; right: Operand; position: number }
  | BooleanLiteral;
