/** Flood closures: a level above a zone's ground closes the edges touching it, not others; explicit closures and unknown ids. */
import { describe, expect, it } from 'vitest';
import { closuresFor } from '../../../src/logistics/closures.ts';
import { edgeFloodElevations, floodedZones, insidePolygon, lineTouchesPolygon, type FloodZone } from '../../../src/logistics/floodZones.ts';
import type { LonLat } from '../../../src/logistics/geodesy.ts';
import { LogisticsGraph } from '../../../src/logistics/LogisticsGraph.ts';
import { gridNetwork, ORIGIN, STEP } from './fixtures.ts';

const box = (x0: number, y0: number, x1: number, y1: number): LonLat[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe('flood zones', () => {
  it('tests points and lines against polygons with holes', () => {
    const rings = [box(0, 0, 10, 10), box(4, 4, 6, 6)];
    expect(insidePolygon([1, 1], rings)).toBe(true);
    expect(insidePolygon([5, 5], rings)).toBe(false);
    expect(lineTouchesPolygon([[-1, 5], [11, 5]], [box(0, 0, 10, 10)])).toBe(true);
    expect(lineTouchesPolygon([[-1, -1], [-1, 11]], rings)).toBe(false);
  });

  it('closes only the edges touching zones lower than the water level', () => {
    const graph = LogisticsGraph.build(gridNetwork(4));
    // A low zone around the middle of the bottom row's first block, a higher one around the top-right corner.
    const low: FloodZone = { id: 'low', groundElevationM: 1, polygons: [[box(ORIGIN[0] + 0.3 * STEP, ORIGIN[1] - 0.0002, ORIGIN[0] + 0.6 * STEP, ORIGIN[1] + 0.0002)]] };
    const high: FloodZone = { id: 'high', groundElevationM: 3, polygons: [[box(ORIGIN[0] + 2.8 * STEP, ORIGIN[1] + 2.8 * STEP, ORIGIN[0] + 3.2 * STEP, ORIGIN[1] + 3.2 * STEP)]] };
    const elevations = edgeFloodElevations(graph, [low, high]);
    const closedAt = (level: number) => closuresFor(graph, elevations, { floodLevelM: level }).floodClosedSegments;
    expect(closedAt(0.5)).toEqual([]);
    expect(closedAt(1)).toEqual([]);
    expect(closedAt(1.5)).toEqual(['h0-0']);
    expect(closedAt(3.5)).toEqual(['h0-0', 'h3-2', 'v3-2']);
    expect(floodedZones([low, high], 2).map((z) => z.id)).toEqual(['low']);
  });

  it('combines explicit closures with the flood, and reports unknown segment ids', () => {
    const graph = LogisticsGraph.build(gridNetwork(3));
    const closures = closuresFor(graph, new Float64Array(graph.edgeCount).fill(Infinity), { closedSegments: ['v1-0', 'nope'] });
    expect(closures.unknownSegments).toEqual(['nope']);
    expect([...closures.blocked!].reduce((a, b) => a + b, 0)).toBe(1);
    expect(closuresFor(graph, new Float64Array(graph.edgeCount).fill(Infinity), {}).blocked).toBeUndefined();
  });
});
