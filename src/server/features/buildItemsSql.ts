/**
 * Builds the parameterised SQL of an items query: the feature source (current table or the
 * history as of a time) and the WHERE clause from bbox, datetime, property equality and CQL2.
 * Every value is a `$n` parameter; identifiers come only from the collection's queryables.
 */
import { compileCql2, Cql2Error, parseCql2, type Queryable } from '../api/features/cql2/index.ts';
import { HttpError } from '../api/HttpError.ts';
import type { DatetimeQuery } from '../api/features/parseItemsQuery.ts';
import { featuresAsOfSql } from './featureHistory.ts';

/** The parts of an items query the SQL depends on (already checked for form). */
export interface ItemsSqlInput {
  collectionId: string;
  queryables: Queryable[];
  temporalProperty: string | null;
  /** CRS84 bbox [minLon, minLat, maxLon, maxLat]. */
  bbox?: [number, number, number, number];
  datetime?: DatetimeQuery;
  equals: Record<string, string>;
  filter?: string;
  asOf?: string;
}

/** SQL pieces: `SELECT … FROM ${from} WHERE ${where}` with `params`. */
export interface ItemsSql {
  from: string;
  where: string;
  params: unknown[];
}

function quoted(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/**
 * SQL of a queryable that never fails on a value of the wrong shape: a value that is not of the
 * declared type reads as NULL (so it matches no comparison) instead of aborting the query.
 */
export function safeColumn(q: Queryable): string {
  const member = `properties->${quoted(q.name)}`;
  const text = `(properties->>${quoted(q.name)})`;
  switch (q.type) {
    case 'number':
    case 'integer':
      return `(CASE WHEN jsonb_typeof(${member}) = 'number' THEN ${text}::double precision END)`;
    case 'boolean':
      return `(CASE WHEN jsonb_typeof(${member}) = 'boolean' THEN ${text}::boolean END)`;
    case 'date':
    case 'timestamp':
      return `(CASE WHEN ${text} ~ '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?$' THEN ${text}::timestamptz END)`;
    default:
      return text;
  }
}

function equalityValue(q: Queryable, raw: string): unknown {
  if (q.type === 'number' || q.type === 'integer') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw new HttpError(400, 'Invalid parameter', `${q.name}=${raw}: "${q.name}" is a number`);
    return n;
  }
  if (q.type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw new HttpError(400, 'Invalid parameter', `${q.name}=${raw}: "${q.name}" is true or false`);
    return raw === 'true';
  }
  return raw;
}

/** Builds the SQL; throws HttpError 400 for unknown properties, a bad filter or a missing temporal property. */
export function buildItemsSql(input: ItemsSqlInput): ItemsSql {
  const params: unknown[] = [input.collectionId];
  const add = (value: unknown) => `$${params.push(value)}`;
  let from = 'features';
  if (input.asOf) from = featuresAsOfSql('$1', `${add(input.asOf)}::timestamptz`);
  const where = ['collection_id = $1'];
  if (input.bbox) {
    const [w, s, e, n] = input.bbox.map((v) => add(v));
    where.push(`ST_Intersects(geom, ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326))`);
  }
  if (input.datetime) {
    if (!input.temporalProperty) {
      throw new HttpError(400, 'Invalid parameter', `Collection "${input.collectionId}" has no temporal property, so datetime cannot filter it`);
    }
    const column = safeColumn({ name: input.temporalProperty, type: 'timestamp' });
    if (input.datetime.start) where.push(`${column} >= ${add(input.datetime.start)}::timestamptz`);
    if (input.datetime.end) {
      const end = input.datetime.end;
      // A date-only end includes that whole day.
      const sql = /^\d{4}-\d{2}-\d{2}$/.test(end) ? `${column} < (${add(end)}::date + 1)` : `${column} <= ${add(end)}::timestamptz`;
      where.push(sql);
    }
  }
  const byName = new Map(input.queryables.map((q) => [q.name, q]));
  for (const [name, raw] of Object.entries(input.equals)) {
    const q = byName.get(name);
    if (!q || q.type === 'geometry') {
      const names = input.queryables.filter((x) => x.type !== 'geometry').map((x) => x.name);
      throw new HttpError(
        400,
        'Unknown parameter',
        `"${name}" is neither a parameter of this endpoint nor a queryable of "${input.collectionId}"; queryables: ${names.join(', ') || '(none)'}`,
      );
    }
    where.push(`${safeColumn(q)} = ${add(equalityValue(q, raw))}`);
  }
  if (input.filter) {
    try {
      const compiled = compileCql2(parseCql2(input.filter), {
        queryables: input.queryables,
        column: safeColumn,
        firstParam: params.length + 1,
      });
      params.push(...compiled.params);
      where.push(`(${compiled.sql})`);
    } catch (error) {
      if (error instanceof Cql2Error) throw new HttpError(400, 'Invalid filter', `filter: ${error.message}`);
      throw error;
    }
  }
  return { from, where: where.join(' AND '), params };
}
