/**
 * Checks every layer definition in layers/ and its seed GeoJSON: schema validity (no errors, no
 * warnings), data file present and well-formed, geometry types as declared, ids, `synthetic` flags,
 * coordinates inside Huế, closed and simple polygon rings, legend/colour consistency, default visibility.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isVisibleByDefault, WORKSPACES, type LayerDefinition } from '../../../src/catalog/LayerDefinition.ts';
import { validateLayer } from '../../../src/catalog/validateLayer.ts';
import { polygonsOf, positionsOf, ringSelfIntersects, type FeatureCollection } from '../data/geometryHelpers.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const layersDir = path.join(repoRoot, 'layers');

/** Thừa Thiên Huế province bbox (admin-dvhcvn, 2019 outline), rounded outwards: lon 107.05–108.2, lat 15.99–16.75. */
const HUE_BBOX = { minLon: 107.05, maxLon: 108.2, minLat: 15.99, maxLat: 16.75 };

const allFiles = readdirSync(layersDir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
/** Layers seeded from a data file (generator layers are checked in tests/unit/sample/). */
const files = allFiles.filter((n) => 'data' in (JSON.parse(readFileSync(path.join(layersDir, n), 'utf8')) as object));
/** Layer types another part registers later (a warning until then is by design). */
const PENDING_TYPES = ['3dtiles'];

function load(name: string): { doc: LayerDefinition; fc: FeatureCollection } {
  const doc = JSON.parse(readFileSync(path.join(layersDir, name), 'utf8')) as LayerDefinition;
  const fc = JSON.parse(readFileSync(path.join(layersDir, doc.data as string), 'utf8')) as FeatureCollection;
  return { doc, fc };
}

describe('sample layers in layers/', () => {
  it('holds the sample layers', () => {
    expect(allFiles).toEqual([
      'admin-wards-core.json', 'canals.json', 'citadel-gates.json', 'citadel-walls.json', 'emission-sources.json', 'heritage-monument-models.json',
      'heritage-monuments.json', 'heritage-protection-zones.json', 'hue-buildings.json', 'hue-parcels.json', 'logistics-facilities.json',
      'logistics-flood-zones.json', 'logistics-flows.json', 'logistics-network.json', 'perfume-river.json', 'streets.json', 'transport-hubs.json',
      'zoning-plan.json',
    ]);
    expect(allFiles.filter((n) => !files.includes(n))).toEqual(['heritage-monument-models.json', 'hue-buildings.json', 'hue-parcels.json']);
  });

  it.each(['heritage-monument-models.json', 'hue-buildings.json', 'hue-parcels.json'])('%s validates, names a registered generator and needs no data file', async (name) => {
    const doc = JSON.parse(readFileSync(path.join(layersDir, name), 'utf8')) as LayerDefinition;
    const result = validateLayer(`layers/${name}`, doc);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const w of result.warnings) expect(PENDING_TYPES.some((t) => w.includes(`unknown layer type "${t}"`)), w).toBe(true);
    const { GENERATORS } = await import('../../../src/sample/generators.ts');
    expect(Object.keys(GENERATORS)).toContain(doc.generator?.name);
    expect(doc.source.synthetic).toBe(true);
    expect(doc.licence).toMatch(/CC BY 4\.0/);
  });

  describe.each(files)('%s', (name) => {
    const file = `layers/${name}`;
    const doc = JSON.parse(readFileSync(path.join(layersDir, name), 'utf8')) as unknown;

    it('validates with no errors and no warnings, and its id matches the file name', () => {
      const result = validateLayer(file, doc);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      expect(result.warnings).toEqual([]);
      expect(result.layer.id + '.json').toBe(name);
      expect(result.layer.data).toBe(result.layer.id + '.geojson');
    });

    it('has a data file that parses as a FeatureCollection of the declared geometry type', () => {
      const layer = doc as LayerDefinition;
      const dataPath = path.join(layersDir, layer.data as string);
      expect(existsSync(dataPath), `${file}: ${layer.data} missing`).toBe(true);
      const fc = JSON.parse(readFileSync(dataPath, 'utf8')) as FeatureCollection;
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.length).toBeGreaterThan(0);
      for (const f of fc.features) {
        expect(f.type).toBe('Feature');
        if (layer.geometryType !== 'Geometry') expect(f.geometry.type, `${file}: ${String(f.id)}`).toBe(layer.geometryType);
      }
    });

    it('gives every feature a unique string id, a boolean synthetic, name_vi and a source', () => {
      const { fc } = load(name);
      const ids = fc.features.map((f) => f.id);
      for (const id of ids) expect(typeof id).toBe('string');
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of fc.features) {
        const p = f.properties ?? {};
        expect(typeof p.synthetic, `${String(f.id)}.synthetic`).toBe('boolean');
        expect(typeof p.name_vi === 'string' && p.name_vi.length > 0, `${String(f.id)}.name_vi`).toBe(true);
        expect(typeof p.name_en === 'string' && p.name_en.length > 0, `${String(f.id)}.name_en`).toBe(true);
        expect(typeof p.source === 'string' && p.source.length > 5, `${String(f.id)}.source`).toBe(true);
        if (p.synthetic === true) expect(String(p.source)).toMatch(/approximate/);
      }
    });

    it('has lon/lat coordinates inside Huế (province bbox)', () => {
      const { fc } = load(name);
      for (const f of fc.features) {
        const positions = positionsOf(f.geometry);
        expect(positions.length).toBeGreaterThan(0);
        for (const [lon, lat] of positions) {
          expect(lon, `${String(f.id)} lon`).toBeGreaterThanOrEqual(HUE_BBOX.minLon);
          expect(lon, `${String(f.id)} lon`).toBeLessThanOrEqual(HUE_BBOX.maxLon);
          expect(lat, `${String(f.id)} lat`).toBeGreaterThanOrEqual(HUE_BBOX.minLat);
          expect(lat, `${String(f.id)} lat`).toBeLessThanOrEqual(HUE_BBOX.maxLat);
        }
      }
    });

    it('has closed, simple polygon rings with at least 4 positions', () => {
      const { fc } = load(name);
      for (const f of fc.features) {
        for (const rings of polygonsOf(f.geometry)) {
          for (const ring of rings) {
            expect(ring.length).toBeGreaterThanOrEqual(4);
            expect(ring[ring.length - 1], `${String(f.id)}: ring not closed`).toEqual(ring[0]);
            expect(ringSelfIntersects(ring), `${String(f.id)}: ring crosses itself`).toBe(false);
          }
        }
      }
    });

    it('declares source.synthetic true exactly when some feature is synthetic', () => {
      const { doc: layer, fc } = load(name);
      const anySynthetic = fc.features.some((f) => f.properties?.synthetic === true);
      expect(layer.source.synthetic).toBe(anySynthetic);
      if (layer.source.synthetic) expect(layer.source.note?.en ?? '').toMatch(/approximate/i);
    });

    it('has a colour for every value of its colorProperty, and a legend entry per colour', () => {
      const { doc: layer, fc } = load(name);
      const prop = layer.style.colorProperty;
      if (!prop) return;
      const colors = layer.style.colors ?? {};
      for (const f of fc.features) expect(Object.keys(colors), String(f.id)).toContain(String(f.properties?.[prop]));
      expect(layer.legend.length).toBeGreaterThanOrEqual(Math.min(Object.keys(colors).length, 2));
    });
  });

  it('sets default visibility per workspace as designed', () => {
    const visibleIn = (name: string) =>
      WORKSPACES.filter((w) => isVisibleByDefault(JSON.parse(readFileSync(path.join(layersDir, name), 'utf8')) as LayerDefinition, w));
    expect(visibleIn('heritage-monuments.json')).toEqual(['planning', 'environment', 'logistics', 'heritage']);
    expect(visibleIn('perfume-river.json')).toEqual(['planning', 'environment', 'logistics', 'heritage']);
    expect(visibleIn('citadel-walls.json')).toEqual(['planning', 'heritage']);
    // in Logistics the facilities layer shows the same ports, airport and stations with their chain stages
    expect(visibleIn('transport-hubs.json')).toEqual(['planning']);
    expect(visibleIn('logistics-flows.json')).toEqual(['logistics']);
    expect(visibleIn('admin-wards-core.json')).toEqual([]);
    expect(visibleIn('zoning-plan.json')).toEqual(['planning']);
    expect(visibleIn('heritage-protection-zones.json')).toEqual(['planning', 'heritage']);
    expect(visibleIn('streets.json')).toEqual(['planning', 'logistics']);
    expect(visibleIn('hue-parcels.json')).toEqual([]);
    const buildings = JSON.parse(readFileSync(path.join(layersDir, 'hue-buildings.json'), 'utf8')) as LayerDefinition;
    expect(WORKSPACES.filter((w) => isVisibleByDefault(buildings, w))).toEqual(['planning']);
    expect(buildings.type).toBe('3dtiles');
    expect(buildings.style.heightProperty).toBe('height_m');
    expect(buildings.style.colorProperty).toBe('use');
  });

  it('uses the sectors and label property of the brief', () => {
    const sector = (name: string) => load(name).doc.sector;
    expect(sector('heritage-monuments.json')).toBe('heritage');
    expect(sector('citadel-walls.json')).toBe('heritage');
    expect(sector('perfume-river.json')).toBe('base');
    expect(sector('transport-hubs.json')).toBe('logistics');
    expect(sector('admin-wards-core.json')).toBe('planning');
    expect(load('heritage-monuments.json').doc.labelProperty).toBe('name_vi');
  });
});
