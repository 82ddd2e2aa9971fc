/**
 * Parses and checks the query of `/collections/{id}/items` (OGC API – Features Parts 1–3).
 * Values are only checked for form here; the route resolves CRSs, queryables and the filter.
 */
import { HttpError } from '../HttpError.ts';

/** Largest page a client may ask for. Default page size: 10 (the standard's example). */
export const MAX_LIMIT = 10_000;

/** A `datetime` value: an instant, or an interval with open ends as undefined. */
export interface DatetimeQuery {
  start?: string;
  end?: string;
}

/** Output formats of the items endpoint. */
export type ItemsFormat = 'json' | 'html' | 'csv';

/** Checked items query. */
export interface ItemsQuery {
  limit: number;
  offset: number;
  /** Four numbers in the axis order of `bboxCrs` (default CRS84: minLon,minLat,maxLon,maxLat). */
  bbox?: [number, number, number, number];
  bboxCrs?: string;
  datetime?: DatetimeQuery;
  /** CQL2 text. */
  filter?: string;
  filterCrs?: string;
  /** Output CRS. */
  crs?: string;
  /** Show the collection as it was at this instant (audit history). */
  asOf?: string;
  /** Remaining parameters: property equality filters, checked against the queryables by the route. */
  equals: Record<string, string>;
  /** Explicit `f=`; undefined when the client did not say (content negotiation decides). */
  format?: ItemsFormat;
}

const RESERVED = new Set(['limit', 'offset', 'bbox', 'bbox-crs', 'datetime', 'filter', 'filter-lang', 'filter-crs', 'crs', 'asOf', 'f']);

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new HttpError(400, 'Invalid parameter', `${name}=${value} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

function instant(name: string, value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new HttpError(400, 'Invalid parameter', `${name}: "${value}" is not an RFC 3339 date or date-time (e.g. 2025-07-01 or 2025-07-01T00:00:00Z)`);
  }
  return value;
}

/** Parses `datetime` (`instant`, `start/end`, `../end`, `start/..`). */
export function parseDatetime(value: string): DatetimeQuery {
  const parts = value.split('/');
  if (parts.length === 1) {
    const at = instant('datetime', parts[0]!);
    return { start: at, end: at };
  }
  if (parts.length !== 2) throw new HttpError(400, 'Invalid parameter', `datetime=${value} must be an instant or an interval start/end`);
  const [a, b] = parts as [string, string];
  const start = a === '..' || a === '' ? undefined : instant('datetime', a);
  const end = b === '..' || b === '' ? undefined : instant('datetime', b);
  if (!start && !end) throw new HttpError(400, 'Invalid parameter', 'datetime=../.. is not an interval; give at least one end');
  if (start && end && Date.parse(start) > Date.parse(end)) throw new HttpError(400, 'Invalid parameter', `datetime=${value}: start is after end`);
  return { start, end };
}

/** Turns raw query parameters into an {@link ItemsQuery}; throws HttpError 400 naming the bad one. */
export function parseItemsQuery(query: Record<string, string | string[] | undefined>): ItemsQuery {
  const single: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) throw new HttpError(400, 'Invalid parameter', `"${key}" is given ${value.length} times; give it once`);
    if (value.includes('\u0000') || key.includes('\u0000')) throw new HttpError(400, 'Invalid parameter', `"${key.replaceAll('\u0000', '')}" contains a NUL character`);
    single[key] = value;
  }
  const limit = single.limit === undefined ? 10 : integer('limit', single.limit, 1, MAX_LIMIT);
  const offset = single.offset === undefined ? 0 : integer('offset', single.offset, 0, Number.MAX_SAFE_INTEGER);
  let bbox: ItemsQuery['bbox'];
  if (single.bbox !== undefined) {
    const parts = single.bbox.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      throw new HttpError(400, 'Invalid parameter', `bbox=${single.bbox} must be four numbers: minLon,minLat,maxLon,maxLat (or in bbox-crs axis order)`);
    }
    bbox = parts as [number, number, number, number];
    if (single['bbox-crs'] === undefined) {
      const [w, s, e, n] = bbox;
      if (s > n || w < -180 || e > 180 || s < -90 || n > 90) {
        throw new HttpError(400, 'Invalid parameter', `bbox=${single.bbox} is outside lon −180…180 / lat −90…90 or has south > north`);
      }
    }
  }
  const lang = single['filter-lang'];
  if (lang !== undefined && lang !== 'cql2-text') {
    throw new HttpError(400, 'Invalid parameter', `filter-lang=${lang} is not supported; use cql2-text`);
  }
  if (single.filter !== undefined && single.filter.trim() === '') throw new HttpError(400, 'Invalid parameter', 'filter is empty');
  const f = single.f;
  if (f !== undefined && !['json', 'geojson', 'html', 'csv'].includes(f)) {
    throw new HttpError(400, 'Invalid parameter', `f=${f} is not a format of this endpoint; use json, html or csv`);
  }
  const equals: Record<string, string> = {};
  for (const [key, value] of Object.entries(single)) if (!RESERVED.has(key)) equals[key] = value;
  return {
    limit,
    offset,
    bbox,
    bboxCrs: single['bbox-crs'],
    datetime: single.datetime === undefined ? undefined : parseDatetime(single.datetime),
    filter: single.filter,
    filterCrs: single['filter-crs'],
    crs: single.crs,
    asOf: single.asOf === undefined ? undefined : instant('asOf', single.asOf),
    equals,
    format: f === undefined ? undefined : f === 'geojson' ? 'json' : (f as ItemsFormat),
  };
}
