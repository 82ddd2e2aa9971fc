/**
 * Small planar geometry helpers for the sample-data tests (no dependency): distances in metres on a
 * local equirectangular projection (good to well under 1 % over the ~100 km of Huế), point-in-polygon,
 * segment intersection. Positions are GeoJSON `[lon, lat]` in degrees.
 */
import { readFileSync } from 'node:fs';

/** A GeoJSON position `[lon, lat]` in degrees. */
export type Position = [number, number];
/** A linear ring (first position repeated last). */
export type Ring = Position[];

/** Mean Earth radius in metres (IUGG). */
const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance between two positions, in metres. */
export function haversineM(a: Position, b: Position): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** Projects a position to metres east/north of `origin` (equirectangular, scale taken at the origin). */
export function toLocalM(p: Position, origin: Position): [number, number] {
  const k = Math.cos(origin[1] * RAD);
  return [(p[0] - origin[0]) * RAD * EARTH_RADIUS_M * k, (p[1] - origin[1]) * RAD * EARTH_RADIUS_M];
}

/** Shortest distance from point `p` to segment `a`–`b`, in metres. */
export function pointSegmentDistanceM(p: Position, a: Position, b: Position): number {
  const [bx, by] = toLocalM(b, a);
  const [px, py] = toLocalM(p, a);
  const len2 = bx * bx + by * by;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len2));
  return Math.hypot(px - t * bx, py - t * by);
}

/** Shortest distance from `p` to a polyline (or ring), in metres. */
export function pointLineDistanceM(p: Position, line: Position[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) best = Math.min(best, pointSegmentDistanceM(p, line[i - 1], line[i]));
  return best;
}

/** Whether `p` lies inside the ring (even–odd ray casting; points on the edge may go either way). */
export function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether `p` lies inside a polygon given as rings (outer first, then holes). */
export function pointInPolygon(p: Position, rings: Ring[]): boolean {
  if (!pointInRing(p, rings[0])) return false;
  return !rings.slice(1).some((hole) => pointInRing(p, hole));
}

function orient(a: Position, b: Position, c: Position): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/** Whether segments `a`–`b` and `c`–`d` touch or cross (collinear overlaps count). */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(c, d, a)) return true;
  if (d2 === 0 && onSegment(c, d, b)) return true;
  if (d3 === 0 && onSegment(a, b, c)) return true;
  if (d4 === 0 && onSegment(a, b, d)) return true;
  return false;
}

/** Whether any edge of ring `a` touches or crosses any edge of ring `b`. */
export function ringsCross(a: Ring, b: Ring): boolean {
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) if (segmentsIntersect(a[i - 1], a[i], b[j - 1], b[j])) return true;
  }
  return false;
}

/**
 * Whether two polygons (rings, outer first) share any area or boundary: an edge crossing, or a vertex
 * of one inside the other (which also covers one polygon lying wholly inside the other).
 */
export function polygonsIntersect(a: Ring[], b: Ring[]): boolean {
  for (const ra of a) for (const rb of b) if (ringsCross(ra, rb)) return true;
  return a[0].some((p) => pointInPolygon(p, b)) || b[0].some((p) => pointInPolygon(p, a));
}

/** Whether a ring crosses itself (non-adjacent edges touching). */
export function ringSelfIntersects(ring: Ring): boolean {
  const n = ring.length - 1; // edges
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}

/** Area of a ring in square metres (shoelace on the local projection, always positive). */
export function ringAreaM2(ring: Ring): number {
  const xy = ring.map((p) => toLocalM(p, ring[0]));
  let s = 0;
  for (let i = 1; i < xy.length; i++) s += xy[i - 1][0] * xy[i][1] - xy[i][0] * xy[i - 1][1];
  return Math.abs(s) / 2;
}

/** Area-weighted centroid of a ring, as `[lon, lat]`. */
export function ringCentroid(ring: Ring): Position {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** Latitudes where the meridian `lon` crosses the polygon's rings. */
export function meridianCrossings(lon: number, rings: Ring[]): number[] {
  const out: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1];
      const [x1, y1] = ring[i];
      if (x0 <= lon !== x1 <= lon) out.push(y0 + ((lon - x0) / (x1 - x0)) * (y1 - y0));
    }
  }
  return out;
}

/** Minimal GeoJSON shapes used by the tests. */
export interface Feature {
  type: 'Feature';
  id?: string | number;
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown };
}
/** A parsed FeatureCollection. */
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** Reads and parses a GeoJSON file. */
export function readGeoJson(file: string): FeatureCollection {
  return JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
}

/** The line strings of a LineString/MultiLineString geometry. */
export function linesOf(geometry: Feature['geometry']): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates as Position[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
  return [];
}

/** The polygons (each as rings) of a Polygon/MultiPolygon geometry. */
export function polygonsOf(geometry: Feature['geometry']): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

/** Every position of a geometry, flattened. */
export function positionsOf(geometry: Feature['geometry']): Position[] {
  const out: Position[] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as Position);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  return out;
}
