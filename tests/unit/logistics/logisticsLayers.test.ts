/**
 * The committed logistics layers: current with their generator (rebuilt here from layers/ and
 * ../shared/data), one connected road network on which every facility is reachable by car and truck,
 * rail facilities on the railway, flows between existing facilities, stages from the chain's list,
 * and trucks kept out of the Citadel and off Trường Tiền bridge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAIN_STAGES } from '../../../src/logistics/authoring/authoredFacilities.ts';
import { buildLogisticsLayers } from '../../../src/logistics/authoring/buildLogisticsLayers.ts';
import { EdgeIndex } from '../../../src/logistics/EdgeIndex.ts';
import type { LonLat } from '../../../src/logistics/geodesy.ts';
import { LogisticsGraph, type NetworkSegment } from '../../../src/logistics/LogisticsGraph.ts';
import { networkComponents } from '../../../src/logistics/networkComponents.ts';

const repo = new URL('../../../', import.meta.url);
/** A layer file as read here (string ids, properties present). */
interface LayerFile {
  features: Array<{ id: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }>;
}
const read = (relative: string): LayerFile => JSON.parse(readFileSync(new URL(relative, repo), 'utf8')) as LayerFile;
const shared = '../shared/data/';
const haveShared = existsSync(new URL(`${shared}osm-hot-logistics/railways_lines_hue_bbox.geojson`, repo));

const network = read('layers/logistics-network.geojson');
const facilities = read('layers/logistics-facilities.geojson');
const flows = read('layers/logistics-flows.geojson');
const segments: NetworkSegment[] = network.features.map((f) => ({ id: f.id, coordinates: f.geometry.coordinates as LonLat[], properties: f.properties as unknown as NetworkSegment['properties'] }));
const graph = LogisticsGraph.build(segments);
const index = new EdgeIndex(graph);

describe('logistics layers', () => {
  it.skipIf(!haveShared)('are current with their generator (npx tsx src/logistics/authoring/writeLogisticsLayers.ts)', () => {
    const built = buildLogisticsLayers({
      streets: read('layers/streets.geojson'),
      citadelWalls: read('layers/citadel-walls.geojson'),
      perfumeRiver: read('layers/perfume-river.geojson'),
      nationalRoads: read(`${shared}roads-national-legocity/national_roads_rail_hue_bbox.geojson`),
      osmRailways: read(`${shared}osm-hot-logistics/railways_lines_hue_bbox.geojson`),
    });
    for (const [id, collection] of Object.entries(built)) {
      expect(read(`layers/${id}.geojson`).features, `layers/${id}.geojson is stale`).toEqual(JSON.parse(JSON.stringify(collection.features)));
    }
  });

  it('form one road network and one railway; every facility reaches it by car and truck within 50 m', () => {
    for (const profile of ['car', 'truck', 'rail'] as const) expect(networkComponents(graph, { profile, metric: 'time' }).count, profile).toBe(1);
    for (const f of facilities.features) {
      for (const profile of ['car', 'truck'] as const) {
        const snap = index.nearest(f.geometry.coordinates as LonLat, 2000, (e) => graph.edgeTimeS[profile][e] < Infinity);
        expect(snap, `${f.id} by ${profile}`).not.toBeNull();
        expect(snap!.distanceM, `${f.id} by ${profile}`).toBeLessThan(50);
      }
    }
  });

  it('put rail stations and freight yards on the railway', () => {
    for (const f of facilities.features.filter((x) => ['rail_station', 'freight_yard'].includes(String(x.properties.kind)))) {
      const snap = index.nearest(f.geometry.coordinates as LonLat, 2000, (e) => graph.edgeTimeS.rail[e] < Infinity);
      expect(snap?.distanceM ?? Infinity, f.id).toBeLessThan(1);
    }
  });

  it('give each facility chain stages from the plan, a capacity, an operator and honest flags', () => {
    const kinds = new Set(facilities.features.map((f) => f.properties.kind));
    for (const k of ['seaport', 'airport', 'rail_station', 'freight_yard', 'industrial_zone', 'warehouse', 'icd', 'customs', 'inspection']) expect(kinds).toContain(k);
    const covered = new Set<string>();
    for (const f of facilities.features) {
      const stages = f.properties.stages as string[];
      expect(stages.length, f.id).toBeGreaterThan(0);
      for (const s of stages) expect(CHAIN_STAGES as readonly string[]).toContain(s);
      stages.forEach((s) => covered.add(s));
      expect(f.properties.stages_csv).toBe(stages.join(','));
      expect(f.properties.capacity as number).toBeGreaterThan(0);
      expect(String(f.properties.operator).length).toBeGreaterThan(3);
      expect(f.properties.synthetic).toBe(true);
      expect(f.properties.synthetic_attributes).toEqual(expect.arrayContaining(['operator', 'capacity']));
    }
    expect([...covered].sort()).toEqual([...CHAIN_STAGES].sort());
  });

  it('have synthetic flows between existing facilities, drawn from one to the other', () => {
    const byId = new Map(facilities.features.map((f) => [f.id, f.geometry.coordinates]));
    for (const f of flows.features) {
      expect(f.properties.synthetic).toBe(true);
      expect(byId.has(String(f.properties.from_facility)) && byId.has(String(f.properties.to_facility))).toBe(true);
      expect(f.geometry.coordinates).toEqual([byId.get(String(f.properties.from_facility)), byId.get(String(f.properties.to_facility))]);
      expect(f.properties.volume_t as number).toBeGreaterThan(0);
      expect(String(f.properties.period)).toMatch(/^\d{4}-\d{2}$/);
    }
  });

  it('ban trucks inside the Citadel and limit the load on Trường Tiền bridge', () => {
    const banned = network.features.filter((f) => f.properties.truck_banned === true).map((f) => f.id);
    expect(banned).toEqual(expect.arrayContaining(['dinh-tien-hoang', 'nguyen-trai', 'ong-ich-khiem']));
    expect(network.features.find((f) => f.id === 'cau-truong-tien')!.properties.max_weight_t).toBe(8);
    const bridge = graph.edgesOfSegment.get('cau-truong-tien')!;
    for (const e of bridge) {
      expect(graph.edgeTimeS.car[e]).toBeLessThan(Infinity);
      expect(graph.edgeTimeS.truck[e]).toBe(Infinity);
    }
  });
});
