/**
 * An origin → destination arc for 3D flow maps: positions along the straight (lon/lat-linear) line
 * between two points, lifted on a parabola that peaks mid-way. Pure.
 */
import { geodesicDistanceM } from '../planning/analysis/geodesicDistance.ts';

/** Points per arc. Default 33 (32 segments: smooth at city scale). */
export const ARC_SAMPLES = 33;

/**
 * `[lon, lat, heightM]` positions of the arc from `from` to `to` (degrees), peaking at
 * `heightRatio` × the geodesic distance between them; ends on the ground.
 */
export function arcPath(from: readonly [number, number], to: readonly [number, number], heightRatio: number, samples = ARC_SAMPLES): [number, number, number][] {
  const peakM = Math.max(0, heightRatio) * geodesicDistanceM(from, to);
  const n = Math.max(2, Math.floor(samples));
  const out: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    out.push([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, 4 * peakM * t * (1 - t)]);
  }
  return out;
}
