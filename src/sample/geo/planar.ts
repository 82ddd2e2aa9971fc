/**
 * Planar geometry in metres for the sample generators: point in polygon, segment distances and
 * crossings, areas, rectangles and circles. Rings are closed (first point repeated last).
 */
import type { XY } from './LocalFrame.ts';

/** A closed ring of planar points. */
export type RingXY = XY[];

/** Whether `p` lies inside `ring` (even–odd rule; boundary points may go either way). */
export function pointInRing(p: XY, ring: RingXY): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether `p` lies inside a polygon (outer ring first, then holes). */
export function pointInPolygon(p: XY, rings: RingXY[]): boolean {
  if (!pointInRing(p, rings[0]!)) return false;
  for (let i = 1; i < rings.length; i++) if (pointInRing(p, rings[i]!)) return false;
  return true;
}

/** Squared distance from `p` to segment `a`–`b`. */
export function pointSegmentDistance2(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

function orient(a: XY, b: XY, c: XY): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function on(p: XY, q: XY, r: XY): boolean {
  return Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
}

/** Whether segments `a`–`b` and `c`–`d` cross or touch (collinear overlaps count). */
export function segmentsIntersect(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && on(c, d, a)) || (d2 === 0 && on(c, d, b)) || (d3 === 0 && on(a, b, c)) || (d4 === 0 && on(a, b, d));
}

/** Distance between segments `a`–`b` and `c`–`d` in metres (0 when they cross). */
export function segmentDistance(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsIntersect(a, b, c, d)) return 0;
  return Math.sqrt(
    Math.min(pointSegmentDistance2(a, c, d), pointSegmentDistance2(b, c, d), pointSegmentDistance2(c, a, b), pointSegmentDistance2(d, a, b)),
  );
}

/** Distance from segment `a`–`b` to a closed ring's boundary, in metres. */
export function segmentRingDistance(a: XY, b: XY, ring: RingXY): number {
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(a, b, ring[i - 1]!, ring[i]!));
  return best;
}

/** Signed area of a ring (positive counter-clockwise), m². */
export function ringSignedArea(ring: RingXY): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return s / 2;
}

/** A closed rectangle ring (counter-clockwise) from a corner, unit axes `u`, `v` and side lengths. */
export function rectangle(origin: XY, u: XY, v: XY, width: number, depth: number): RingXY {
  const p = (a: number, b: number): XY => [origin[0] + u[0] * a + v[0] * b, origin[1] + u[1] * a + v[1] * b];
  const ring = [p(0, 0), p(width, 0), p(width, depth), p(0, depth)];
  if (ringSignedArea([...ring, ring[0]!]) < 0) ring.reverse();
  return [...ring, ring[0]!];
}

/** A closed regular polygon approximating a circle (counter-clockwise). */
export function circle(centre: XY, radius: number, segments = 32): RingXY {
  const ring: RingXY = [];
  for (let i = 0; i < segments; i++) {
    const a = (2 * Math.PI * i) / segments;
    ring.push([centre[0] + radius * Math.cos(a), centre[1] + radius * Math.sin(a)]);
  }
  return [...ring, ring[0]!];
}

/** Axis-aligned bounding box `[minX, minY, maxX, maxY]` of points. */
export function bboxOf(points: readonly XY[]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Whether a convex ring lies wholly inside a polygon (vertices inside, no edge crossing). */
export function ringInsidePolygon(ring: RingXY, rings: RingXY[]): boolean {
  for (let i = 0; i < ring.length - 1; i++) if (!pointInPolygon(ring[i]!, rings)) return false;
  for (const r of rings) {
    for (let i = 1; i < ring.length; i++) if (segmentRingDistance(ring[i - 1]!, ring[i]!, r) === 0) return false;
  }
  return true;
}
