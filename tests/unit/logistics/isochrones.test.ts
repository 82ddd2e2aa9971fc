/** Isochrones nest (15 ⊂ 30 ⊂ 60 minutes) on a grid and on the real network layer, and grow with the time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convexHull, insideConvexRing } from '../../../src/logistics/convexHull.ts';
import { EdgeIndex } from '../../../src/logistics/EdgeIndex.ts';
import type { LonLat } from '../../../src/logistics/geodesy.ts';
import { isochrones } from '../../../src/logistics/isochrones.ts';
import { LogisticsGraph, type NetworkSegment } from '../../../src/logistics/LogisticsGraph.ts';
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

describe('isochrones', () => {
  it('nest on a grid: 1 ⊂ 2 ⊂ 4 minutes, and the start is inside', () => {
    const graph = LogisticsGraph.build(gridNetwork(12));
    const index = new EdgeIndex(graph);
    const start = index.nearest([ORIGIN[0] + 0.0053, ORIGIN[1] + 0.005], 500, () => true)!;
    const result = isochrones(graph, index, start, { profile: 'car', minutes: [4, 1, 2] });
    expect(result.map((r) => r.minutes)).toEqual([1, 2, 4]);
    expect(result[0].reachedNodes).toBeLessThan(result[2].reachedNodes);
    expect(insideConvexRing(start.point, result[0].ring)).toBe(true);
    expectNested(result.map((r) => r.ring));
  });

  it.each([
    ['Huế station by car', [107.5784, 16.4564], 'car'],
    ['Phú Bài by truck', [107.703, 16.4015], 'truck'],
  ] as const)('nest on the real network: %s, 15 ⊂ 30 ⊂ 60 minutes', (_, point, profile) => {
    const graph = LogisticsGraph.build(networkLayer());
    const index = new EdgeIndex(graph);
    const start = index.nearest([point[0], point[1]], 2000, (e) => graph.edgeTimeS[profile][e] < Infinity)!;
    const result = isochrones(graph, index, start, { profile, minutes: [15, 30, 60] });
    expectNested(result.map((r) => r.ring));
    expect(result[2].reachedNodes).toBeGreaterThan(result[0].reachedNodes);
  });
});
