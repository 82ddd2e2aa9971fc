import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from '../../../../src/server/import/readers/readGeoJson.ts';

const shared = (file: string) => readFileSync(new URL(`../../../../../shared/data/${file}`, import.meta.url), 'utf8');

describe('readGeoJson', () => {
  it('reads a FeatureCollection, a Feature and a bare geometry', () => {
    // Two features: one with an id and a point, one without geometry (reported, not dropped).
    const fc = readGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', id: 7, properties: { ten: 'Ngọ Môn' }, geometry: { type: 'Point', coordinates: [107.5786, 16.4698] } },
      { type: 'Feature', properties: {}, geometry: null },
    ] }));
    expect(fc.features[0]).toMatchObject({ id: '7', properties: { ten: 'Ngọ Môn' }, where: 'feature #1' });
    expect(fc.features[1]!.error).toMatch(/no geometry/);
    expect(readGeoJson('{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[1,2]}}').features).toHaveLength(1);
    expect(readGeoJson('\uFEFF{"type":"Point","coordinates":[1,2]}').features[0]!.geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
  });

  it('honours a legacy crs member', () => {
    const r = readGeoJson('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9214"}},"features":[]}');
    expect(r.crs?.curie).toBe('EPSG:9214');
    expect(readGeoJson('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[]}').crs?.curie).toBe('OGC:CRS84');
    expect(() => readGeoJson('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:2154"}},"features":[]}')).toThrow(/not supported/);
  });

  it('refuses what is not GeoJSON', () => {
    expect(() => readGeoJson('not json')).toThrow(/not valid JSON/);
    expect(() => readGeoJson('{"type":"Topology"}')).toThrow(/not GeoJSON/);
  });

  it('reads the real files in ../shared/data', () => {
    // HOT OSM export of railway lines in the Huế bbox (176 LineStrings).
    const rail = readGeoJson(shared('osm-hot-logistics/railways_lines_hue_bbox.geojson'));
    expect(rail.features.length).toBeGreaterThan(100);
    expect(rail.features.every((f) => !f.error)).toBe(true);
    // Thừa Thiên Huế province and its districts (MultiPolygons with an "id" property).
    const admin = readGeoJson(shared('admin-dvhcvn/thua_thien_hue_province_districts.geojson'));
    expect(admin.features.length).toBe(10);
    expect(admin.features[0]!.properties.name).toBe('Tỉnh Thừa Thiên Huế');
  });
});
