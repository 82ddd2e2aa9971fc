/** Small geodesy helpers for routing on lon/lat (WGS 84) coordinates; all distances in metres. */

/** A position as `[lon, lat]` in decimal degrees (WGS 84). */
export type LonLat = [number, number];

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle (haversine) distance between two lon/lat positions, in metres. */
export function distanceM(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Length of a polyline of lon/lat positions, in metres (sum of haversine legs). */
export function lineLengthM(coords: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < coords.length; i++) total += distanceM(coords[i - 1], coords[i]);
  return total;
}

/** Metres per degree of longitude and latitude at latitude `latDeg` (local equirectangular scale). */
export function metresPerDegree(latDeg: number): { x: number; y: number } {
  const y = EARTH_RADIUS_M * RAD;
  return { x: y * Math.cos(latDeg * RAD), y };
}

/**
 * Closest point to `p` on the segment `a`–`b` in a local equirectangular frame at `p`:
 * `t` is the fraction along the segment (0 at `a`, 1 at `b`), `distanceM` the distance in metres.
 */
export function closestOnSegment(p: LonLat, a: LonLat, b: LonLat): { t: number; point: LonLat; distanceM: number } {
  const k = metresPerDegree(p[1]);
  const ax = (a[0] - p[0]) * k.x;
  const ay = (a[1] - p[1]) * k.y;
  const dx = (b[0] - a[0]) * k.x;
  const dy = (b[1] - a[1]) * k.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  const point: LonLat = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  return { t, point, distanceM: Math.hypot(ax + t * dx, ay + t * dy) };
}

/** The position at `fraction` (0–1) of the length along the segment `a`–`b` (linear in lon/lat). */
export function lerpLonLat(a: LonLat, b: LonLat, fraction: number): LonLat {
  return [a[0] + fraction * (b[0] - a[0]), a[1] + fraction * (b[1] - a[1])];
}
