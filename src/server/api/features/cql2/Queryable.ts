/** A property a filter may use, and how the compiler turns it into SQL. */

/** A filterable property (OGC API – Features Part 3 "queryable") and its CQL2 type. */
export interface Queryable {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'timestamp' | 'geometry';
}

/** Compile-time type family of a value: what it can be compared with. */
export type ValueFamily = 'string' | 'number' | 'boolean' | 'temporal' | 'geometry' | 'interval';

/** The family a queryable's values belong to (number/integer → number, date/timestamp → temporal). */
export function familyOf(type: Queryable['type']): ValueFamily {
  if (type === 'integer') return 'number';
  if (type === 'date' || type === 'timestamp') return 'temporal';
  return type;
}

const CASTS: Record<Exclude<Queryable['type'], 'geometry'>, string | undefined> = {
  string: undefined,
  number: 'double precision',
  integer: 'numeric',
  boolean: 'boolean',
  date: 'timestamptz',
  timestamp: 'timestamptz',
};

/**
 * Default SQL of a non-geometry queryable: its `properties` JSONB member as text, cast by type,
 * e.g. `((properties->>'height')::double precision)`. The name is quoted as an SQL string literal.
 */
export function defaultColumn(q: Queryable): string {
  if (q.type === 'geometry') throw new TypeError('geometry queryables map to the geometry column');
  const text = `(properties->>'${q.name.replaceAll("'", "''")}')`;
  const cast = CASTS[q.type];
  return cast ? `(${text}::${cast})` : text;
}
