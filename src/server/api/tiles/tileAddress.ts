/** Parses and validates the `{tileMatrixSet}/{tileMatrix}/{tileRow}/{tileCol}` of a tile request. */
import { HttpError } from '../HttpError.ts';
import { MAX_TILE_MATRIX, WEB_MERCATOR_QUAD } from './webMercatorQuad.ts';

/** One WebMercatorQuad tile: zoom z, column x (west → east), row y (north → south). */
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** Throws 404 problem+json unless `tileMatrixSet` is WebMercatorQuad (the only one offered). */
export function requireTileMatrixSet(tileMatrixSet: string): void {
  if (tileMatrixSet !== WEB_MERCATOR_QUAD) {
    throw new HttpError(404, 'Not found', `Tile matrix set "${tileMatrixSet}" is not offered; the only one is ${WEB_MERCATOR_QUAD} (see /api/tileMatrixSets)`);
  }
}

function integer(text: string, what: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new HttpError(400, 'Bad request', `${what} "${text}" is not a whole number`);
  return Number(text);
}

/** Validates z (0–24) and x/y (0 … 2^z − 1) given as path segments; throws 400 problem+json naming the bad value. */
export function parseTileAddress(params: { tileMatrix: string; tileRow: string; tileCol: string }): TileAddress {
  const z = integer(params.tileMatrix, 'Tile matrix (zoom level)');
  if (z > MAX_TILE_MATRIX) throw new HttpError(400, 'Bad request', `Tile matrix (zoom level) ${z} is out of range: ${WEB_MERCATOR_QUAD} has tile matrices 0 to ${MAX_TILE_MATRIX}`);
  const y = integer(params.tileRow, 'Tile row (y)');
  const x = integer(params.tileCol, 'Tile column (x)');
  const last = 2 ** z - 1;
  if (y > last) throw new HttpError(400, 'Bad request', `Tile row (y) ${y} is out of range for tile matrix ${z}: rows go from 0 to ${last}`);
  if (x > last) throw new HttpError(400, 'Bad request', `Tile column (x) ${x} is out of range for tile matrix ${z}: columns go from 0 to ${last}`);
  return { z, x, y };
}
