/**
 * The procedural Huế sample (generators hue-buildings and hue-parcels) and the derived authored
 * layers: determinism, counts, no overlaps (river, streets, canals, Imperial City, zone I, other
 * buildings, other parcels), zoning containment, heights, valid rings, ids and synthetic flags.
 * Fixture: the layers' own seed (20250701) run once; exact checks on a seeded sample of 2,000.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { authoredLayers } from '../../../src/sample/authored/authoredLayers.ts';
import { generateHueBuildings } from '../../../src/sample/hueBuildings.ts';
import { generateHueParcels } from '../../../src/sample/hueParcels.ts';
import { createRandom } from '../../../src/sample/random.ts';
import {
  linesOf,
  meridianCrossings,
  pointInPolygon,
  pointLineDistanceM,
  polygonsIntersect,
  readGeoJson,
  ringSelfIntersects,
  segmentsIntersect,
  type Position,
  type Ring,
} from '../data/geometryHelpers.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const layer = (id: string) => readGeoJson(path.join(repoRoot, 'layers', `${id}.geojson`));
const SEED = (JSON.parse(readFileSync(path.join(repoRoot, 'layers/hue-buildings.json'), 'utf8')) as { generator: { seed: number } }).generator.seed;
const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
const ringOf = (f: Feature) => (f.geometry as Polygon).coordinates[0] as Ring;

let buildings: Feature<Polygon>[];
let parcels: Feature<Polygon>[];
let generationMs: number;
let sample: Feature<Polygon>[];

/** Buckets of feature indexes by ~100 m cells of their first vertex, for neighbour lookups. */
function bucketise(features: Feature<Polygon>[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  features.forEach((f, i) => {
    const [x, y] = ringOf(f)[0]!;
    const k = `${Math.floor(x * 1000)},${Math.floor(y * 1000)}`;
    (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  });
  return m;
}
function neighbours(buckets: Map<string, number[]>, p: Position): number[] {
  const out: number[] = [];
  const [cx, cy] = [Math.floor(p[0] * 1000), Math.floor(p[1] * 1000)];
  for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) out.push(...(buckets.get(`${cx + dx},${cy + dy}`) ?? []));
  return out;
}
/** Whether the bounding boxes of two rings overlap (grown by `pad` degrees). */
function boxesOverlap(a: Ring, b: Ring, pad = 0): boolean {
  let [ax0, ay0, ax1, ay1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of a) [ax0, ay0, ax1, ay1] = [Math.min(ax0, x), Math.min(ay0, y), Math.max(ax1, x), Math.max(ay1, y)];
  for (const [x, y] of b) if (x >= ax0 - pad && x <= ax1 + pad && y >= ay0 - pad && y <= ay1 + pad) return true;
  let [bx0, by0, bx1, by1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of b) [bx0, by0, bx1, by1] = [Math.min(bx0, x), Math.min(by0, y), Math.max(bx1, x), Math.max(by1, y)];
  return ax0 <= bx1 + pad && ax1 >= bx0 - pad && ay0 <= by1 + pad && ay1 >= by0 - pad;
}

/** The ring shrunk towards its first-to-third-vertex midpoint by `k` (to ignore shared edges). */
function shrink(ring: Ring, k = 0.002): Ring {
  const c: Position = [(ring[0]![0] + ring[2]![0]) / 2, (ring[0]![1] + ring[2]![1]) / 2];
  return ring.map((p): Position => [p[0] + (c[0] - p[0]) * k, p[1] + (c[1] - p[1]) * k]);
}

beforeAll(() => {
  const t = performance.now();
  buildings = generateHueBuildings(SEED);
  generationMs = performance.now() - t;
  parcels = generateHueParcels(SEED);
  const random = createRandom(7);
  sample = Array.from({ length: 2000 }, () => buildings[Math.floor(random.next() * buildings.length)]!);
  console.log(`hue-buildings: ${buildings.length} buildings in ${Math.round(generationMs)} ms; hue-parcels: ${parcels.length}`);
}, 30_000);

describe('hue-buildings / hue-parcels generators', () => {
  it('are deterministic: same seed → same output, another seed → different', () => {
    const zones = ['qh-kt-dong', 'qh-le-loi'];
    const a = hash(generateHueBuildings(1, zones));
    const b = hash(generateHueBuildings(2, zones));
    const a2 = hash(generateHueBuildings(1, zones));
    expect(a2).toBe(a);
    expect(b).not.toBe(a);
    expect(hash(generateHueParcels(1, zones))).toBe(hash(generateHueParcels(1, zones)));
  });

  it('makes at least 60,000 buildings, each with a parcel, unique ids and synthetic: true', () => {
    expect(buildings.length).toBeGreaterThanOrEqual(60_000);
    expect(parcels.length).toBeGreaterThanOrEqual(buildings.length);
    expect(new Set(buildings.map((f) => f.id)).size).toBe(buildings.length);
    expect(new Set(parcels.map((f) => f.id)).size).toBe(parcels.length);
    const parcelIds = new Set(parcels.map((f) => f.id));
    const bad = [...buildings, ...parcels].filter((f) => typeof f.id !== 'string' || f.properties?.synthetic !== true).map((f) => f.id);
    expect(bad).toEqual([]);
    expect(buildings.filter((f) => !parcelIds.has(String(f.properties!.parcel_id))).map((f) => f.id)).toEqual([]);
    const uses = new Set(buildings.map((f) => f.properties!.use));
    expect([...uses].sort()).toEqual(['commercial', 'industrial', 'public', 'religious', 'residential']);
    for (const f of sample) if (['public', 'religious'].includes(String(f.properties!.use))) expect(String(f.properties!.name)).toMatch(/giả lập/);
  });

  it('writes valid rings: closed, 5 positions, not self-intersecting, lon/lat in Huế', () => {
    const bad = [...buildings, ...parcels].filter((f) => {
      const ring = ringOf(f);
      return ring.length !== 5 || ring[4]![0] !== ring[0]![0] || ring[4]![1] !== ring[0]![1]
        || ring.some(([lon, lat]) => !(lon > 107.5 && lon < 107.75 && lat > 16.38 && lat < 16.52));
    });
    expect(bad.map((f) => f.id)).toEqual([]);
    expect(sample.filter((f) => ringSelfIntersects(ringOf(f))).map((f) => f.id)).toEqual([]);
  });

  it('keeps buildings off the river, canals, streets, the Imperial City, zone I and each other', () => {
    const river = layer('perfume-river').features[0]!.geometry.coordinates as Ring[];
    const imperial = layer('citadel-walls').features.find((f) => f.id === 'hoang-thanh')!.geometry.coordinates as Ring[];
    const zoneI = layer('heritage-protection-zones').features.filter((f) => f.properties?.zone === 'I').map((f) => f.geometry.coordinates as Ring[]);
    const lines = [...layer('streets').features, ...layer('canals').features].map((f) => ({ line: linesOf(f.geometry)[0]!, half: Number(f.properties!.width_m) / 2 }));
    const buckets = bucketise(buildings);
    const bad: string[] = [];
    for (const f of sample) {
      const rings = [ringOf(f)];
      if (polygonsIntersect(rings, river)) bad.push(`${String(f.id)} river`);
      if (polygonsIntersect(rings, imperial)) bad.push(`${String(f.id)} Imperial City`);
      if (zoneI.some((z) => polygonsIntersect(rings, z))) bad.push(`${String(f.id)} zone I`);
      for (const { line, half } of lines) {
        if (!boxesOverlap(rings[0]!, line, 0.001)) continue;
        if (rings[0]!.some((p) => pointLineDistanceM(p, line) <= half)) bad.push(`${String(f.id)} street/canal`);
        for (let i = 1; i < line.length; i++) {
          for (let j = 1; j < 5; j++) if (segmentsIntersect(line[i - 1]!, line[i]!, rings[0]![j - 1]!, rings[0]![j]!)) bad.push(`${String(f.id)} crosses a street`);
        }
      }
      for (const i of neighbours(buckets, rings[0]![0]!)) {
        const other = buildings[i]!;
        if (other.id !== f.id && boxesOverlap(rings[0]!, ringOf(other)) && polygonsIntersect(rings, [ringOf(other)])) bad.push(`${String(f.id)} × ${String(other.id)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('puts every building inside a zoning polygon whose code it carries, and inside its parcel', () => {
    const zones = layer('zoning-plan').features;
    const parcelById = new Map(parcels.map((p) => [p.id, p]));
    const codes = new Map(zones.map((z) => [z.id, z.properties!.code]));
    expect(buildings.filter((f) => codes.get(String(f.properties!.zoning_zone_id)) !== f.properties!.zoning_code).map((f) => f.id)).toEqual([]);
    const bad: string[] = [];
    for (const f of sample) {
      const zone = zones.find((z) => z.id === f.properties!.zoning_zone_id)!;
      const parcel = parcelById.get(String(f.properties!.parcel_id))!;
      if (!ringOf(f).every((p) => pointInPolygon(p, zone.geometry.coordinates as Ring[]))) bad.push(`${String(f.id)} outside ${String(zone.id)}`);
      if (!ringOf(f).every((p) => pointInPolygon(p, [ringOf(parcel)]))) bad.push(`${String(f.id)} outside ${String(parcel.id)}`);
      if (parcel.properties!.building_id !== f.id) bad.push(`${String(parcel.id)} does not point back`);
    }
    expect(bad).toEqual([]);
  });

  it('never overlaps two parcels (shared edges allowed) and numbers them per map sheet', () => {
    const buckets = bucketise(parcels);
    const random = createRandom(11);
    const bad: string[] = [];
    const codes = new Set(['ODT', 'TMD', 'SKC', 'TON', 'DGD', 'DYT', 'DVH', 'TSC', 'CLN']);
    for (let n = 0; n < 2000; n++) {
      const f = parcels[Math.floor(random.next() * parcels.length)]!;
      const mine = [shrink(ringOf(f))];
      for (const i of neighbours(buckets, ringOf(f)[0]!)) {
        const other = parcels[i]!;
        if (other.id !== f.id && boxesOverlap(mine[0]!, ringOf(other)) && polygonsIntersect(mine, [shrink(ringOf(other))])) bad.push(`${String(f.id)} × ${String(other.id)}`);
      }
      const p = f.properties!;
      if (f.id !== `thua-${String(p.so_to)}-${String(p.so_thua)}`) bad.push(`${String(f.id)} numbering`);
      if (!(Number(p.area_m2) > 40)) bad.push(`${String(f.id)} area ${String(p.area_m2)}`);
      if (!codes.has(String(p.land_use))) bad.push(`${String(f.id)} land use ${String(p.land_use)}`);
    }
    expect(bad).toEqual([]);
  });

  it('has plausible heights: low-rise Citadel, taller boulevards, within zoning and heritage limits', () => {
    const zones = new Map(layer('zoning-plan').features.map((z) => [z.id, z.properties!]));
    const heights = (pred: (f: Feature) => boolean) => buildings.filter(pred).map((f) => Number(f.properties!.height_m)).sort((a, b) => a - b);
    const core = heights((f) => String(f.properties!.zoning_zone_id).startsWith('qh-kt-'));
    expect(core[core.length >> 1]).toBeLessThanOrEqual(12);
    expect(core[core.length - 1]).toBeLessThanOrEqual(11);
    const boulevard = heights((f) => ['qh-le-loi', 'qh-hung-vuong', 'qh-le-loi-dong'].includes(String(f.properties!.zoning_zone_id)));
    expect(boulevard[boulevard.length - 1]).toBeGreaterThan(45);
    const bad = buildings.filter((f) => {
      const p = f.properties!;
      const h = Number(p.height_m);
      return h > Number(zones.get(String(p.zoning_zone_id))!.max_height_m) || h < 3 || Number(p.levels) < 1 || Number(p.year_built) < 1890 || Number(p.year_built) > 2024;
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });
});

describe('derived authored layers', () => {
  it('are current: layers/*.geojson equal what src/sample/authored writes', () => {
    for (const [id, { collection }] of Object.entries(authoredLayers())) {
      expect(layer(id).features, `layers/${id}.geojson is stale; run src/sample/authored/writeAuthoredLayers.ts`).toEqual(collection.features);
    }
  });

  it('runs both bridges across the river and keeps the station south of it', () => {
    const river = layer('perfume-river').features[0]!.geometry.coordinates as Ring[];
    const bridges = layer('streets').features.filter((f) => f.properties?.kind === 'bridge');
    expect(bridges.map((f) => f.id).sort()).toEqual(['cau-phu-xuan', 'cau-truong-tien']);
    for (const b of bridges) {
      const [a, z] = [linesOf(b.geometry)[0]![0]!, linesOf(b.geometry)[0]!.at(-1)!];
      expect(pointInPolygon(a, river) || pointInPolygon(z, river)).toBe(false);
      const mid: Position = [(a[0] + z[0]) / 2, (a[1] + z[1]) / 2];
      expect(pointInPolygon(mid, river), String(b.id)).toBe(true);
    }
    const station = layer('transport-hubs').features.find((f) => f.id === 'ga-hue')!.geometry.coordinates as Position;
    expect(station[1]).toBeLessThan(Math.min(...meridianCrossings(station[0], river)));
  });

  it('keeps zoning zones apart from each other and off the river', () => {
    const river = layer('perfume-river').features[0]!.geometry.coordinates as Ring[];
    const zones = layer('zoning-plan').features.map((f) => ({ id: f.id, rings: f.geometry.coordinates as Ring[] }));
    for (const z of zones) {
      expect(polygonsIntersect(z.rings, river), String(z.id)).toBe(false);
      for (const o of zones) if (o.id !== z.id) expect(polygonsIntersect([shrink(z.rings[0]!)], [shrink(o.rings[0]!)]), `${String(z.id)} × ${String(o.id)}`).toBe(false);
    }
  });

  it('places the runway on the OurAirports thresholds and the gates on the Citadel walls', () => {
    const runway = layer('streets').features.find((f) => f.id === 'duong-bang-phu-bai')!;
    const ref = readFileSync(path.resolve(repoRoot, '../shared/data/ourairports/runways_hue_bbox.csv'), 'utf8');
    expect(ref).toMatch(/16\.402/);
    expect(linesOf(runway.geometry)[0]).toEqual([[107.69, 16.4022], [107.715, 16.4008]]);
    const wall = layer('citadel-walls').features.find((f) => f.id === 'kinh-thanh')!.geometry.coordinates as Ring[];
    const gates = layer('citadel-gates').features;
    expect(gates).toHaveLength(10);
    for (const g of gates) expect(pointLineDistanceM(g.geometry.coordinates as Position, wall[0]!)).toBeLessThan(5);
  });
});
