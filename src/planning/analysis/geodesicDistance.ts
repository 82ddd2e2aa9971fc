/**
 * Geodesic distance on the WGS 84 ellipsoid by Vincenty's inverse formula (1975): sub-millimetre
 * for the distances a planner measures; falls back to the great-circle distance on the authalic
 * sphere for the nearly antipodal pairs where the iteration does not converge.
 */
import { WGS84_A, WGS84_B, WGS84_F } from './wgs84.ts';

const RAD = Math.PI / 180;
/** Authalic radius of WGS 84, m (the sphere with the ellipsoid's surface area). */
export const AUTHALIC_RADIUS_M = 6_371_007.181;

/** A position as `[lonDeg, latDeg]` (WGS 84 degrees). */
export type LonLat = readonly [number, number];

function haversineM(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * AUTHALIC_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Geodesic distance between two positions on WGS 84, m. */
export function geodesicDistanceM(from: LonLat, to: LonLat): number {
  const L = (to[0] - from[0]) * RAD;
  const u1 = Math.atan((1 - WGS84_F) * Math.tan(from[1] * RAD));
  const u2 = Math.atan((1 - WGS84_F) * Math.tan(to[1] * RAD));
  const sinU1 = Math.sin(u1), cosU1 = Math.cos(u1), sinU2 = Math.sin(u2), cosU2 = Math.cos(u2);
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda), cosL = Math.cos(lambda);
    const sinSigma = Math.sqrt((cosU2 * sinL) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosL) ** 2);
    if (sinSigma === 0) return 0;
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (WGS84_F / 16) * cos2Alpha * (4 + WGS84_F * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda = L + (1 - C) * WGS84_F * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const uSq = (cos2Alpha * (WGS84_A ** 2 - WGS84_B ** 2)) / WGS84_B ** 2;
      const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
      const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
      const deltaSigma = B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM ** 2)
        - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
      return WGS84_B * A * (sigma - deltaSigma);
    }
  }
  return haversineM(from, to);
}

/** Length of a polyline through `points` (geodesic segments), m; 0 for fewer than two points. */
export function polylineLengthM(points: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += geodesicDistanceM(points[i - 1]!, points[i]!);
  return total;
}
