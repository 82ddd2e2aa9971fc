/**
 * Trips packed as flat typed arrays of timed segments, the form the fleet layer's shaders read:
 * the GPU finds each vehicle's segment at the current time and interpolates along it, so moving
 * the fleet costs no per-frame work in JavaScript and no buffer upload. Pure: runs in Node and the
 * browser.
 */
import type { Trip } from '../fleetTrips.ts';

/** End time given to the segment that holds a trip at its last position, seconds (a vehicle stays where it was last seen). */
export const HOLD_END_S = 1e9;

/** Timed segments of a list of trips (structure of arrays, one entry per segment). */
export interface FleetSegments {
  /** Number of segments. */
  count: number;
  /** Per segment: lon0, lat0, lon1, lat1 (degrees). */
  ends: Float32Array;
  /** Per segment: times at its start and end (seconds, the trips' clock); the end is exclusive. */
  times: Float32Array;
  /** Per segment: index of its trip in the list packed. */
  tripIndex: Float32Array;
}

/** A time range [from, to] on the trips' clock, seconds. */
export type TimeRange = readonly [number, number];

/**
 * The segments of `trips` that are under way at some time in one of `ranges` (default: all time),
 * plus, for a trip whose last vertex falls before the end of a range, a standing segment that
 * holds it there until {@link HOLD_END_S}. Between segments of one trip the intervals are half-open
 * and touch, so at any time covered a trip has exactly one segment under way.
 */
export function packSegments(trips: readonly Pick<Trip, 'path' | 'timestamps'>[], ranges: readonly TimeRange[] = [[-Infinity, Infinity]]): FleetSegments {
  let capacity = 0;
  for (const trip of trips) capacity += trip.timestamps.length;
  const ends = new Float32Array(capacity * 4);
  const times = new Float32Array(capacity * 2);
  const tripIndex = new Float32Array(capacity);
  const latest = Math.max(...ranges.map((r) => r[1]));
  const covered = (t0: number, t1: number) => ranges.some(([from, to]) => t1 >= from && t0 <= to);
  let n = 0;
  const push = (i: number, a: [number, number], b: [number, number], t0: number, t1: number) => {
    ends[n * 4] = a[0];
    ends[n * 4 + 1] = a[1];
    ends[n * 4 + 2] = b[0];
    ends[n * 4 + 3] = b[1];
    times[n * 2] = t0;
    times[n * 2 + 1] = t1;
    tripIndex[n] = i;
    n++;
  };
  trips.forEach((trip, i) => {
    const { path, timestamps: ts } = trip;
    const last = ts.length - 1;
    if (last < 0) return;
    for (let k = 0; k < last; k++) {
      if (ts[k + 1] > ts[k] && covered(ts[k], ts[k + 1])) push(i, path[k], path[k + 1], ts[k], ts[k + 1]);
    }
    if (ts[last] <= latest) push(i, path[last], path[last], ts[last], HOLD_END_S);
  });
  return { count: n, ends: ends.subarray(0, n * 4), times: times.subarray(0, n * 2), tripIndex: tripIndex.subarray(0, n) };
}

/**
 * The time ranges to pack for the window [`windowStart`, `windowStart + windowS`] of a clock that
 * loops over `periodS` (all seconds): the window with the `trailS` behind it, and — when the window
 * reaches the end of the loop — also the first window of the next loop, so the vehicles are still
 * found when the clock wraps before the next window has been packed.
 */
export function loopWindowRanges(windowStart: number, windowS: number, trailS: number, periodS: number): TimeRange[] {
  const current: TimeRange = [windowStart - trailS, windowStart + windowS];
  return windowStart + windowS >= periodS ? [current, [0, windowS]] : [current];
}

/** Vertices per trail segment: the corners of a screen-space quad (two triangles through an index buffer). */
export const TRAIL_VERTICES_PER_SEGMENT = 4;
/** Indices per trail segment (two triangles). */
export const TRAIL_INDICES_PER_SEGMENT = 6;
const QUAD_INDICES = [0, 1, 2, 2, 1, 3];

/**
 * The trail geometry of `segments` without instancing: each moving segment repeated for the
 * {@link TRAIL_VERTICES_PER_SEGMENT} corners of its quad (the vertex shader picks the corner from
 * the vertex index, cuts the segment to the trail and widens it), and the triangles' indices.
 * Standing segments have no trail. Software rasterisers run one draw per instance, so one plain
 * draw of 4·n vertices is far cheaper there than n instances.
 */
export function trailVertices(segments: FleetSegments): { vertexCount: number; ends: Float32Array; times: Float32Array; indices: Uint32Array } {
  const { count, ends, times } = segments;
  let moving = 0;
  for (let s = 0; s < count; s++) if (!isStanding(ends, s)) moving++;
  const vertexCount = moving * TRAIL_VERTICES_PER_SEGMENT;
  const vEnds = new Float32Array(vertexCount * 4);
  const vTimes = new Float32Array(vertexCount * 2);
  const indices = new Uint32Array(moving * TRAIL_INDICES_PER_SEGMENT);
  let v = 0;
  let q = 0;
  for (let s = 0; s < count; s++) {
    if (isStanding(ends, s)) continue;
    for (let j = 0; j < TRAIL_INDICES_PER_SEGMENT; j++) indices[q * TRAIL_INDICES_PER_SEGMENT + j] = v + QUAD_INDICES[j];
    for (let c = 0; c < TRAIL_VERTICES_PER_SEGMENT; c++, v++) {
      vEnds.set(ends.subarray(s * 4, s * 4 + 4), v * 4);
      vTimes[v * 2] = times[s * 2];
      vTimes[v * 2 + 1] = times[s * 2 + 1];
    }
    q++;
  }
  return { vertexCount, ends: vEnds, times: vTimes, indices };
}

function isStanding(ends: Float32Array, s: number): boolean {
  return ends[s * 4] === ends[s * 4 + 2] && ends[s * 4 + 1] === ends[s * 4 + 3];
}
