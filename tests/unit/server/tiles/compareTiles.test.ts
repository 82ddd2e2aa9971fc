/** The tolerant tile comparison used by the cross-engine tests: it must still catch real differences. */
import { describe, expect, it } from 'vitest';
import { tileDifferences } from './compareTiles.ts';
import type { DecodedFeature, DecodedLayer } from './decodeTile.ts';

const square = (x0: number, y0: number, s: number): Array<[number, number]> => [[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s], [x0, y0]];
const feature = (id: string, geometry: DecodedFeature['geometry'], extra: Record<string, unknown> = {}, type = 3): DecodedFeature => ({ id: undefined, type, properties: { id, ...extra }, geometry });
const tile = (...features: DecodedFeature[]): Record<string, DecodedLayer> => ({ l: { name: 'l', extent: 4096, version: 2, features } });

describe('tileDifferences', () => {
  const base = tile(feature('a', [square(0, 0, 1000)], { use: 'shop' }), feature('p', [[[5, 5]]], {}, 1));

  it('accepts a unit of drift and another ring start point', () => {
    const shifted = square(1, 0, 999);
    const rotated = [...shifted.slice(2, -1), ...shifted.slice(0, 3)];
    expect(tileDifferences(base, tile(feature('a', [rotated], { use: 'shop' }), feature('p', [[[6, 4]]], {}, 1)))).toEqual([]);
  });

  it('reports other features, properties, types, and geometries that moved or changed size', () => {
    expect(tileDifferences(base, tile(feature('a', [square(0, 0, 1000)], { use: 'shop' })))).toHaveLength(1);
    expect(tileDifferences(base, tile(feature('a', [square(0, 0, 1000)], { use: 'home' }), base.l!.features[1]!))[0]).toMatch(/properties/);
    expect(tileDifferences(base, tile(feature('a', [square(5, 0, 1000)], { use: 'shop' }), base.l!.features[1]!))[0]).toMatch(/bbox/);
    expect(tileDifferences(base, tile(feature('a', [square(0, 0, 1000), square(100, 100, 300)], { use: 'shop' }), base.l!.features[1]!))[0]).toMatch(/vertices/);
    const diamond: Array<[number, number]> = [[500, 0], [1000, 500], [500, 1000], [0, 500], [500, 0]];
    expect(tileDifferences(base, tile(feature('a', [diamond], { use: 'shop' }), base.l!.features[1]!))[0]).toMatch(/area/);
    expect(tileDifferences(base, tile(feature('a', [square(0, 0, 1000)], { use: 'shop' }, 2), base.l!.features[1]!))[0]).toMatch(/type/);
    expect(tileDifferences(base, tile(base.l!.features[0]!, feature('p', [[[9, 5]]], {}, 1)))[0]).toMatch(/bbox|point/);
  });
});
