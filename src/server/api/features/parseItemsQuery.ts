/** Parses and checks the query of `/collections/{id}/items` (OGC API – Features Part 1). */
import { HttpError } from '../HttpError.ts';

/** Largest page a client may ask for. Default page size: 10 (the standard's example). */
export const MAX_LIMIT = 10_000;

/** Checked items query. */
export interface ItemsQuery {
  limit: number;
  offset: number;
  /** [minLon, minLat, maxLon, maxLat] in CRS84. */
  bbox?: [number, number, number, number];
}

const KNOWN = new Set(['limit', 'offset', 'bbox', 'f']);

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new HttpError(400, 'Invalid parameter', `${name}=${value} must be a whole number from ${min} to ${max}`);
  }
  return n;
}

/** Turns raw query parameters into an {@link ItemsQuery}; throws HttpError 400 naming the bad one. */
export function parseItemsQuery(query: Record<string, string | undefined>): ItemsQuery {
  for (const key of Object.keys(query)) {
    if (!KNOWN.has(key)) {
      throw new HttpError(400, 'Unknown parameter', `"${key}" is not a parameter of this endpoint; known: ${[...KNOWN].join(', ')}`);
    }
  }
  const limit = query.limit === undefined ? 10 : integer('limit', query.limit, 1, MAX_LIMIT);
  const offset = query.offset === undefined ? 0 : integer('offset', query.offset, 0, Number.MAX_SAFE_INTEGER);
  let bbox: ItemsQuery['bbox'];
  if (query.bbox !== undefined) {
    const parts = query.bbox.split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      throw new HttpError(400, 'Invalid parameter', `bbox=${query.bbox} must be four numbers: minLon,minLat,maxLon,maxLat`);
    }
    const [w, s, e, n] = parts as [number, number, number, number];
    if (s > n || w < -180 || e > 180 || s < -90 || n > 90) {
      throw new HttpError(400, 'Invalid parameter', `bbox=${query.bbox} is outside lon −180…180 / lat −90…90 or has south > north`);
    }
    bbox = [w, s, e, n];
  }
  return { limit, offset, bbox };
}
