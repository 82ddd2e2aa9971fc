/** GeoJSON-in-tile-units → vt-pbf features, round-tripped through a real MVT decode. */
import vtpbf from 'vt-pbf';
import { describe, expect, it } from 'vitest';
import { toVtFeature } from '../../../../src/server/api/tiles/toVtFeature.ts';
import { decodeTile } from './decodeTile.ts';

function roundTrip(geometry: Parameters<typeof toVtFeature>[0], id?: number) {
  const feature = toVtFeature(geometry, { id: 'f1', n: 2.5, ok: true }, id);
  if (!feature) return undefined;
  return decodeTile(vtpbf.fromGeojsonVt({ layer: { features: [feature] } }, { version: 2, extent: 4096 })).layer!.features[0]!;
}

describe('toVtFeature', () => {
  it('encodes points and multipoints with id and properties', () => {
    expect(roundTrip({ type: 'Point', coordinates: [10, 20] }, 7)).toEqual({ id: 7, type: 1, properties: { id: 'f1', n: 2.5, ok: true }, geometry: [[[10, 20]]] });
    expect(roundTrip({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] })?.geometry).toEqual([[[1, 2]], [[3, 4]]]);
  });

  it('encodes lines and multilines', () => {
    expect(roundTrip({ type: 'LineString', coordinates: [[0, 0], [10, 10]] })).toMatchObject({ type: 2, geometry: [[[0, 0], [10, 10]]] });
    expect(roundTrip({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[5, 5], [6, 6]]] })?.geometry).toHaveLength(2);
  });

  it('encodes polygons and multipolygons as closed rings, exteriors clockwise on screen and holes anticlockwise', () => {
    const exterior = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]; // positive by the surveyor's formula (y down: clockwise)
    const reversed = [...exterior].reverse();
    const hole = [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]]; // negative
    expect(roundTrip({ type: 'Polygon', coordinates: [exterior] })).toMatchObject({ type: 3, geometry: [exterior] });
    expect(roundTrip({ type: 'Polygon', coordinates: [reversed] })?.geometry).toEqual([exterior]);
    expect(roundTrip({ type: 'Polygon', coordinates: [reversed, [...hole].reverse()] })?.geometry).toEqual([exterior, hole]);
    expect(roundTrip({ type: 'MultiPolygon', coordinates: [[exterior], [reversed, hole]] })?.geometry).toEqual([exterior, exterior, hole]);
  });

  it('skips empty and unsupported geometries', () => {
    expect(toVtFeature({ type: 'MultiPolygon', coordinates: [] }, {}, undefined)).toBeUndefined();
    expect(toVtFeature({ type: 'GeometryCollection', geometries: [] }, {}, undefined)).toBeUndefined();
  });
});
