/** Synthetic fleet: the road graph, deterministic trips that follow it, and interpolation along a trip. */
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceM, fleetClock, positionAt, roadGraph, syntheticTrips } from '../../../../src/logistics/ui/fleetTrips.ts';

const line = (coordinates: [number, number][], properties: Record<string, unknown> = {}): Feature<LineString> => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });

// A square block of four ~1.07 km sides at Huế, one railway and one truck-banned street beside it.
const A: [number, number] = [107.58, 16.46];
const B: [number, number] = [107.59, 16.46];
const C: [number, number] = [107.59, 16.47];
const D: [number, number] = [107.58, 16.47];
const network = [
  line([A, B], { speed_truck_kmh: 36 }),
  line([B, C]),
  line([C, D]),
  line([D, A]),
  line([[107.6, 16.5], [107.61, 16.5]], { class: 'railway' }),
  line([[107.62, 16.5], [107.63, 16.5]], { truck_banned: true }),
];

describe('fleet trips', () => {
  it('builds a graph of the roads trucks may use, shared vertices joined, both directions', () => {
    const g = roadGraph(network);
    expect(g.nodes).toHaveLength(4);
    expect(g.edges.every((e) => e.length === 2)).toBe(true);
    // 36 km/h = 10 m/s on A–B.
    const ab = g.edges[0].find((e) => e.to === 1)!;
    expect(ab.seconds).toBeCloseTo(distanceM(A, B) / 10, 3);
  });

  it('drives deterministic synthetic trips along graph edges for the whole period', () => {
    const g = roadGraph(network);
    const trips = syntheticTrips(g, { count: 5, durationS: 600, seed: 7 });
    expect(trips).toHaveLength(5);
    expect(syntheticTrips(g, { count: 5, durationS: 600, seed: 7 })).toEqual(trips);
    for (const trip of trips) {
      expect(trip.synthetic).toBe(true);
      expect(trip.timestamps[0]).toBe(0);
      expect(trip.timestamps[trip.timestamps.length - 1]).toBeGreaterThanOrEqual(600);
      for (let i = 1; i < trip.path.length; i++) {
        expect(trip.timestamps[i]).toBeGreaterThan(trip.timestamps[i - 1]);
        // Every hop is one side of the block (never a diagonal).
        expect(distanceM(trip.path[i - 1], trip.path[i])).toBeLessThan(1200);
      }
    }
    expect(syntheticTrips(roadGraph([]), { count: 3 })).toEqual([]);
  });

  it('interpolates positions linearly between timed vertices and clamps outside the trip', () => {
    const trip = { path: [A, B, C], timestamps: [10, 20, 40] };
    expect(positionAt(trip, 0)).toEqual(A);
    expect(positionAt(trip, 10)).toEqual(A);
    const mid = positionAt(trip, 15)!;
    expect(mid[0]).toBeCloseTo(107.585, 9);
    expect(mid[1]).toBeCloseTo(16.46, 9);
    const later = positionAt(trip, 30)!;
    expect(later[0]).toBeCloseTo(107.59, 9);
    expect(later[1]).toBeCloseTo(16.465, 9);
    expect(positionAt(trip, 99)).toEqual(C);
    expect(positionAt({ path: [], timestamps: [] }, 5)).toBeUndefined();
  });

  it('runs the fleet clock in a loop, replay minutes back', () => {
    expect(fleetClock(3_600_000 + 5_000, 3600)).toBeCloseTo(5, 6);
    expect(fleetClock(3_600_000 + 5_000, 3600, 1)).toBeCloseTo(3600 - 55, 6);
  });
});
