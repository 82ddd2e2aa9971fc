import { describe, expect, it } from 'vitest';
import { writeGeoPackage } from '../../../../src/server/export/writeGeoPackage.ts';
import { parseGpkgGeometry, toGpkgGeometry } from '../../../../src/server/import/gpkgGeometry.ts';
import { readGeoPackage } from '../../../../src/server/import/readers/readGeoPackage.ts';
import { parseWkb, toWkb } from '../../../../src/server/import/wkb.ts';

describe('WKB and GeoPackage geometry', () => {
  it('round-trips every geometry type, 2D and 3D', () => {
    const geometries = [
      { type: 'Point', coordinates: [107.5786, 16.4698] },
      { type: 'LineString', coordinates: [[1, 2, 3], [4, 5, 6]] },
      { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
      { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] },
      { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]]] },
      { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] },
    ] as GeoJSON.Geometry[];
    for (const g of geometries) {
      expect(parseWkb(toWkb(g))).toEqual(g);
      expect(parseGpkgGeometry(toGpkgGeometry(g, 4326))).toEqual({ geometry: g, srsId: 4326 });
    }
    expect(() => parseGpkgGeometry(new Uint8Array(10))).toThrow(/GP/);
  });
});

describe('writeGeoPackage → readGeoPackage', () => {
  it('keeps typed columns, booleans, JSON values and the CRS', async () => {
    // Two polygons with text, integer, real, boolean and JSON (array) properties; one NULL cell.
    const square = (x: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x, 16], [x + 0.01, 16], [x + 0.01, 16.01], [x, 16]]] });
    const bytes = await writeGeoPackage({
      table: 'thua-dat', identifier: 'Thửa đất', geometryType: 'POLYGON', z: 0, srsId: 4326, bbox: [107, 16, 107.02, 16.01],
      columns: [{ name: 'id', type: 'TEXT' }, { name: 'ten', type: 'TEXT' }, { name: 'so', type: 'INTEGER' }, { name: 'dien_tich', type: 'REAL' }, { name: 'cong', type: 'BOOLEAN' }, { name: 'tags', type: 'TEXT', json: true }],
      rows: [
        { geometry: toGpkgGeometry(square(107), 4326), values: ['a', 'Thửa 1', 1, 12.5, 1, '["x",1]'] },
        { geometry: toGpkgGeometry(square(107.01), 4326), values: ['b', null, 2, 3.25, 0, '{"k":"v"}'] },
      ],
    });
    const r = await readGeoPackage(bytes);
    expect(r.crs?.curie).toBe('EPSG:4326');
    expect(r.suggestedName).toBe('thua-dat');
    expect(r.features.map((f) => f.id)).toEqual(['a', 'b']);
    expect(r.features[0]!.properties).toEqual({ ten: 'Thửa 1', so: 1, dien_tich: 12.5, cong: true, tags: ['x', 1] });
    expect(r.features[1]!.properties).toEqual({ so: 2, dien_tich: 3.25, cong: false, tags: { k: 'v' } });
    expect(r.features[0]!.geometry).toEqual(square(107));
  });

  it('refuses non-GeoPackage files', async () => {
    await expect(readGeoPackage(new TextEncoder().encode('hello'))).rejects.toThrow(/GeoPackage/);
  });
});
