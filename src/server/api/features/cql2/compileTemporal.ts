/** SQL of a CQL2 temporal predicate between an instant (date/timestamp) property and a literal. */
import type { DateLiteral, IntervalLiteral, TemporalOp, TimestampLiteral } from './ast.ts';
import { Cql2Error } from './Cql2Error.ts';

/** The predicate read with its arguments swapped (`T_BEFORE(a, b)` ⇔ `T_AFTER(b, a)`). */
export const TEMPORAL_CONVERSE: Record<TemporalOp, TemporalOp> = {
  t_after: 't_before',
  t_before: 't_after',
  t_contains: 't_during',
  t_during: 't_contains',
  t_disjoint: 't_disjoint',
  t_equals: 't_equals',
  t_finishedby: 't_finishes',
  t_finishes: 't_finishedby',
  t_intersects: 't_intersects',
  t_meets: 't_metby',
  t_metby: 't_meets',
  t_overlappedby: 't_overlaps',
  t_overlaps: 't_overlappedby',
  t_startedby: 't_starts',
  t_starts: 't_startedby',
};

const SUPPORTED = 'T_INTERSECTS, T_EQUALS, T_DISJOINT, T_BEFORE, T_AFTER, T_DURING (and T_CONTAINS with the interval first)';

/**
 * SQL for `op(column, literal)` where column is an instant (timestamptz) expression.
 * `param` adds a value as `$n::timestamptz`. Open interval ends ('..') drop their bound.
 */
export function temporalSql(
  op: TemporalOp,
  column: string,
  literal: DateLiteral | TimestampLiteral | IntervalLiteral,
  position: number,
  param: (value: string) => string,
): string {
  const unsupported = (): never => {
    throw new Cql2Error(
      `${op.toUpperCase()} at position ${position} is not supported between an instant property and ${literal.kind === 'interval' ? 'an interval' : 'an instant'}; supported: ${SUPPORTED}`,
      position,
    );
  };
  if (literal.kind !== 'interval') {
    const ops: Partial<Record<TemporalOp, string>> = { t_intersects: '=', t_equals: '=', t_disjoint: '<>', t_before: '<', t_after: '>' };
    const sqlOp = ops[op] ?? unsupported();
    return `${column} ${sqlOp} ${param(literal.value)}`;
  }
  const { start, end } = literal;
  const bound = (value: string | null, sqlOp: string) => (value === null ? [] : [`${column} ${sqlOp} ${param(value)}`]);
  const all = (conditions: string[], joiner: 'AND' | 'OR', none: string) =>
    conditions.length === 0 ? none : conditions.length === 1 ? conditions[0]! : `(${conditions.join(` ${joiner} `)})`;
  switch (op) {
    case 't_intersects':
      return all([...bound(start, '>='), ...bound(end, '<=')], 'AND', `${column} IS NOT NULL`);
    case 't_during':
      return all([...bound(start, '>'), ...bound(end, '<')], 'AND', `${column} IS NOT NULL`);
    case 't_disjoint':
      return all([...bound(start, '<'), ...bound(end, '>')], 'OR', 'FALSE');
    case 't_before':
      return all(bound(start, '<'), 'AND', 'FALSE');
    case 't_after':
      return all(bound(end, '>'), 'AND', 'FALSE');
    default:
      return unsupported();
  }
}
