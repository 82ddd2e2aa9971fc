/** Trips packed as timed segments for the fleet shaders: window cuts, one segment under way per trip, trail vertices. */
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { HOLD_END_S, loopWindowRanges, packSegments, trailVertices, TRAIL_INDICES_PER_SEGMENT, TRAIL_VERTICES_PER_SEGMENT, type FleetSegments } from '../../../../../src/logistics/ui/fleet/fleetSegments.ts';
import { positionAt, roadGraph, syntheticTrips } from '../../../../../src/logistics/ui/fleetTrips.ts';

const A: [number, number] = [107.58, 16.46];
const B: [number, number] = [107.59, 16.46];
const C: [number, number] = [107.59, 16.47];
const D: [number, number] = [107.58, 16.47];
const trip = { path: [A, B, C, D], timestamps: [0, 10, 20, 30] };
const f32 = (v: number) => Math.fround(v);

/** What the head vertex shader does: the segment of `tripIndex` under way at `t` (half-open), interpolated. */
function headOf(s: FleetSegments, tripIndex: number, t: number): { count: number; position?: [number, number] } {
  let count = 0;
  let position: [number, number] | undefined;
  for (let k = 0; k < s.count; k++) {
    const [t0, t1] = [s.times[k * 2], s.times[k * 2 + 1]];
    if (s.tripIndex[k] !== tripIndex || t < t0 || t >= t1) continue;
    count++;
    const f = (t - t0) / (t1 - t0);
    position = [s.ends[k * 4] + (s.ends[k * 4 + 2] - s.ends[k * 4]) * f, s.ends[k * 4 + 1] + (s.ends[k * 4 + 3] - s.ends[k * 4 + 1]) * f];
  }
  return { count, position };
}

describe('fleet segments', () => {
  it('keeps the segments under way in the window, and holds a finished trip at its last position', () => {
    const inside = packSegments([trip], [[12, 18]]);
    expect(inside.count).toBe(1);
    expect([...inside.ends]).toEqual([B[0], B[1], C[0], C[1]].map(f32));
    expect([...inside.times]).toEqual([10, 20]);
    const end = packSegments([trip], [[25, 40]]);
    expect([...end.times]).toEqual([20, 30, 30, HOLD_END_S].map(f32));
    expect([...end.ends.subarray(4)]).toEqual([D[0], D[1], D[0], D[1]].map(f32));
    expect(packSegments([trip]).count).toBe(4);
    expect(packSegments([trip], [[40, 50]]).count).toBe(1); // only the standing segment
    expect(packSegments([{ path: [], timestamps: [] }, trip], [[12, 18]]).tripIndex[0]).toBe(1);
  });

  it('packs several ranges at once without repeating a segment (the end and the start of a looping clock)', () => {
    const s = packSegments([trip], [[22, 28], [0, 5], [3, 8]]);
    expect([...s.times]).toEqual([0, 10, 20, 30]);
  });

  it('adds the start of the next loop to the last window of a looping clock', () => {
    expect(loopWindowRanges(300, 60, 120, 900)).toEqual([[180, 360]]);
    expect(loopWindowRanges(840, 60, 120, 900)).toEqual([[720, 900], [0, 60]]);
  });

  it('has exactly one segment under way per trip at any time in the window, where positionAt puts the vehicle', () => {
    const network: Feature<LineString>[] = [
      { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [A, B, C, D, A] } },
      { type: 'Feature', properties: { speed_truck_kmh: 20 }, geometry: { type: 'LineString', coordinates: [A, C] } },
    ];
    const trips = syntheticTrips(roadGraph(network), { count: 40, durationS: 900, seed: 7 });
    const [from, to] = [300, 480];
    const segments = packSegments(trips, [[from, to]]);
    for (let t = from; t < to; t += 7.3) {
      trips.forEach((tr, i) => {
        const head = headOf(segments, i, t);
        expect(head.count).toBe(1);
        const expected = positionAt(tr, t)!;
        expect(head.position![0]).toBeCloseTo(expected[0], 5);
        expect(head.position![1]).toBeCloseTo(expected[1], 5);
      });
    }
    // Before a trip starts there is no vehicle to draw.
    expect(headOf(packSegments([{ path: [A, B], timestamps: [50, 60] }]), 0, 40).count).toBe(0);
  });

  it('repeats each moving segment for the corners of its quad, indexes two triangles, and gives standing segments no trail', () => {
    const s = packSegments([trip], [[15, 40]]); // B→C and C→D moving, D standing
    const v = trailVertices(s);
    expect(v.vertexCount).toBe(2 * TRAIL_VERTICES_PER_SEGMENT);
    for (let c = 0; c < TRAIL_VERTICES_PER_SEGMENT; c++) {
      const k = TRAIL_VERTICES_PER_SEGMENT + c; // the second segment's corners
      expect([...v.ends.subarray(k * 4, k * 4 + 4)]).toEqual([C[0], C[1], D[0], D[1]].map(f32));
      expect([...v.times.subarray(k * 2, k * 2 + 2)]).toEqual([20, 30]);
    }
    expect(v.indices.length).toBe(2 * TRAIL_INDICES_PER_SEGMENT);
    expect([...v.indices]).toEqual([0, 1, 2, 2, 1, 3, 4, 5, 6, 6, 5, 7]);
  });
});
