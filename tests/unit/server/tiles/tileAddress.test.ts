/** Tile address validation: ranges per zoom, messages naming the bad value. */
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../../src/server/api/HttpError.ts';
import { parseTileAddress, requireTileMatrixSet } from '../../../../src/server/api/tiles/tileAddress.ts';

const parse = (tileMatrix: string, tileRow: string, tileCol: string) => parseTileAddress({ tileMatrix, tileRow, tileCol });

describe('parseTileAddress', () => {
  it('accepts the corners of every zoom level 0–24', () => {
    expect(parse('0', '0', '0')).toEqual({ z: 0, x: 0, y: 0 });
    expect(parse('14', '7431', '13088')).toEqual({ z: 14, x: 13088, y: 7431 });
    expect(parse('24', String(2 ** 24 - 1), '0')).toEqual({ z: 24, x: 0, y: 2 ** 24 - 1 });
  });

  it.each([
    ['25', '0', '0', 400, 'Tile matrix (zoom level) 25 is out of range'],
    ['1', '2', '0', 400, 'Tile row (y) 2 is out of range for tile matrix 1: rows go from 0 to 1'],
    ['1', '0', '2', 400, 'Tile column (x) 2 is out of range for tile matrix 1'],
    ['1.5', '0', '0', 400, '"1.5" is not a whole number'],
    ['1', '-1', '0', 400, '"-1" is not a whole number'],
    ['1', '0', '1e3', 400, '"1e3" is not a whole number'],
  ])('rejects %s/%s/%s with %i', (z, y, x, status, detail) => {
    try {
      parse(z, y, x);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(status);
      expect((error as HttpError).detail).toContain(detail);
    }
  });

  it('offers WebMercatorQuad only (404 naming the other one)', () => {
    expect(() => requireTileMatrixSet('WebMercatorQuad')).not.toThrow();
    expect(() => requireTileMatrixSet('WorldCRS84Quad')).toThrow(/"WorldCRS84Quad" is not offered/);
  });
});
