/** Isochrones nest (15 ⊂ 30 ⊂ 60 minutes) on a grid and on the real network layer, and grow with the time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convexHull, insideConvexRing } from '../../../src/logistics/convexHull.ts';
import { EdgeIndex } from '../../../src/logistics/EdgeIndex.ts';
import type { LonLat } from '../../../src/logistics/geodesy.ts';
import { isochrones } from '../../../src/logistics/isochrones.ts';
import { LogisticsGraph, type NetworkSegment } from '../../../src/logistics/LogisticsGraph.ts';
import { createRandom } from '../../../src/sample/random.ts';
import { gridNetwork, ORIGIN } from './fixtures.ts';

function networkLayer(): NetworkSegment[] {
  const fc = JSON.parse(readFileSync(new URL('../../../layers/logistics-network.geojson', import.meta.url), 'utf8')) as {
    features: Array<{ id: string; properties: NetworkSegment['properties']; geometry: { coordinates: LonLat[] } }>;
  };
  return fc.features.map((f) => ({ id: f.id, coordinates: f.geometry.coordinates, properties: f.properties }));
}

const area = (ring: LonLat[]) => Math.abs(ring.slice(1).reduce((s, p, i) => s + ring[i][0] * p[1] - p[0] * ring[i][1], 0)) / 2;

function expectNested(rings: LonLat[][]): void {
  for (let i = 0; i + 1 < rings.length; i++) {
    for (const p of rings[i]) expect(insideConvexRing(p, rings[i + 1], 1e-12), `${JSON.stringify(p)} of level ${i} outside level ${i + 1}`).toBe(true);
    expect(area(rings[i])).toBeLessThanOrEqual(area(rings[i + 1]));
  }
}

describe('convexHull', () => {
  it('wraps points counter-clockwise, closed, without interior or collinear points', () => {
    const ring = convexHull([[0, 0], [2, 0], [1, 0], [2, 2], [0, 2], [1, 1]]);
    expect(ring).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
    expect(insideConvexRing([1, 1], ring)).toBe(true);
    expect(insideConvexRing([3, 1], ring)).toBe(false);
  });
});

/** Even-odd point-in-multipolygon over all rings. */
function insideMulti(p: LonLat, polygons: LonLat[][][]): boolean {
  let c = false;
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [a, b] = [ring[i], ring[j]];
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) c = !c;
    }
  }
  return c;
}

describe('isochrones', () => {
  it('nest on a grid: 1 ⊂ 2 ⊂ 4 minutes, and the start is inside', () => {
    const graph = LogisticsGraph.build(gridNetwork(12));
    const index = new EdgeIndex(graph);
    const start = index.nearest([ORIGIN[0] + 0.0053, ORIGIN[1] + 0.005], 500, () => true)!;
    const result = isochrones(graph, index, start, { profile: 'car', minutes: [4, 1, 2] });
    expect(result.map((r) => r.minutes)).toEqual([1, 2, 4]);
    expect(result[0].reachedNodes).toBeLessThan(result[2].reachedNodes);
    expect(insideConvexRing(start.point, result[0].polygons[0][0])).toBe(true);
    expectNested(result.map((r) => r.polygons[0][0]));
  });

  it.each([
    ['Huế station by car', [107.5784, 16.4564], 'car'],
    ['Phú Bài by truck', [107.703, 16.4015], 'truck'],
  ] as const)('nest on the real network: %s, 15 ⊂ 30 ⊂ 60 minutes', (_, point, profile) => {
    const graph = LogisticsGraph.build(networkLayer());
    const index = new EdgeIndex(graph);
    const start = index.nearest([point[0], point[1]], 2000, (e) => graph.edgeTimeS[profile][e] < Infinity)!;
    const result = isochrones(graph, index, start, { profile, minutes: [15, 30, 60] });
    expectNested(result.map((r) => r.polygons[0][0]));
    expect(result[2].reachedNodes).toBeGreaterThan(result[0].reachedNodes);
  });

  it('with the cells method, draw bands along the reached roads that nest 15 ⊂ 30 ⊂ 60 and hold the start', () => {
    const graph = LogisticsGraph.build(networkLayer());
    const index = new EdgeIndex(graph);
    const start = index.nearest([107.703, 16.4015], 2000, (e) => graph.edgeTimeS.truck[e] < Infinity)!;
    const result = isochrones(graph, index, start, { profile: 'truck', minutes: [15, 30, 60], method: 'cells' });
    const convex = isochrones(graph, index, start, { profile: 'truck', minutes: [60] });
    expect(insideMulti(start.point, result[0].polygons)).toBe(true);
    const random = createRandom(5);
    let inner = 0;
    for (let i = 0; i < 4000; i++) {
      const p: LonLat = [107.3 + random.next() * 0.82, 16.15 + random.next() * 0.55];
      const levels = result.map((r) => insideMulti(p, r.polygons));
      if (levels[0]) inner++;
      if (levels[0]) expect(levels[1]).toBe(true);
      if (levels[1]) expect(levels[2]).toBe(true);
    }
    expect(inner).toBeGreaterThan(0);
    // A band along the roads covers far less than the convex hull of the same reach.
    const areaOf = (polygons: LonLat[][][]) => polygons.reduce((s, p) => s + area(p[0]) - p.slice(1).reduce((h, r) => h + area(r), 0), 0);
    expect(areaOf(result[2].polygons)).toBeLessThan(0.5 * area(convex[0].polygons[0][0]));
  });
});
