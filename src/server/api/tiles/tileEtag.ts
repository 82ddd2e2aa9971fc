/** Strong ETags for tiles and `If-None-Match` matching. */
import { createHash } from 'node:crypto';
import type { TileKey } from './TileCache.ts';

/** Bump when the tile encoding changes (SQL, simplification, properties), so clients refetch. */
export const TILE_FORMAT_VERSION = 2;

/** The ETag of a tile: a hash of the format version, collection id, revision and z/x/y (quoted). */
export function tileEtag(key: TileKey): string {
  const hash = createHash('sha256')
    .update(`${TILE_FORMAT_VERSION}\u0000${key.collectionId}\u0000${key.revision}\u0000${key.z}/${key.x}/${key.y}`)
    .digest('base64url')
    .slice(0, 22);
  return `"${hash}"`;
}

/** Whether an `If-None-Match` header value matches `etag` (`*`, lists, weak `W/` prefixes per RFC 9110 weak comparison). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return header.split(',').some((tag) => strip(tag) === wanted);
}
