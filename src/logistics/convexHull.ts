/** Convex hull of planar points (Andrew's monotone chain), used for isochrone polygons. */
import type { LonLat } from './geodesy.ts';

/**
 * The convex hull of `points` as a closed counter-clockwise ring (first position repeated last);
 * collinear points are dropped. Fewer than 3 non-collinear points give a degenerate ring.
 */
export function convexHull(points: readonly LonLat[]): LonLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: LonLat, a: LonLat, b: LonLat) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: LonLat[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: LonLat[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  const ring = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  if (ring.length === 0) return [];
  return [...ring, ring[0]];
}

/** Whether `p` lies inside or on the closed counter-clockwise convex `ring`. */
export function insideConvexRing(p: LonLat, ring: readonly LonLat[], epsilon = 1e-12): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) < -epsilon) return false;
  }
  return ring.length >= 4;
}
