/**
 * Where the 2D map fetches a collection's Mapbox Vector Tiles: our OGC API – Tiles endpoint in the
 * WebMercatorQuad tile matrix set.
 */

/** Tile matrix set the 2D map uses (the only one the server offers). */
export const TILE_MATRIX_SET = 'WebMercatorQuad';

/**
 * MapLibre tiles URL template of a collection's vector tiles. The OGC path order is
 * tileMatrix/tileRow/tileCol = z/y/x; MapLibre fills `{z}`, `{x}` and `{y}` by name, so the
 * template keeps `{z}/{y}/{x}`. `origin` (e.g. `http://localhost:8080`) makes the URL absolute:
 * MapLibre fetches tiles from its worker, where a root-relative URL would resolve against the
 * worker script instead of the page.
 */
export function collectionTilesUrl(collectionId: string, origin: string): string {
  return `${origin.replace(/\/+$/, '')}/api/collections/${encodeURIComponent(collectionId)}/tiles/${TILE_MATRIX_SET}/{z}/{y}/{x}`;
}
