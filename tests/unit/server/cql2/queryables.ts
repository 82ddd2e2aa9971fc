/** Queryables shared by the CQL2 tests. */
import type { Queryable } from '../../../../src/server/api/features/cql2/index.ts';

/** A small building-like schema covering every queryable type. */
export const QUERYABLES: Queryable[] = [
  { name: 'name', type: 'string' },
  { name: 'height', type: 'number' },
  { name: 'floors', type: 'integer' },
  { name: 'heritage', type: 'boolean' },
  { name: 'built', type: 'date' },
  { name: 'opened', type: 'timestamp' },
  { name: 'geometry', type: 'geometry' },
];
