/**
 * Polygons and multipolygons projected into a {@link LocalProjection}: rings as flat
 * `[x0, y0, x1, y1, …]` arrays in metres (closed: last point = first), with bbox, area and centroid.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LocalProjection } from './LocalProjection.ts';

/** A projected (multi)polygon: `parts[i][0]` is an outer ring, the rest its holes. */
export interface PlanarPolygon {
  parts: Float64Array[][];
  /** Bounding box in metres. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Area in m² (outer rings minus holes). */
  area: number;
  /** Area-weighted centroid of the outer rings, m. */
  cx: number;
  cy: number;
}

function projectRing(ring: Position[], proj: LocalProjection): Float64Array {
  const out = new Float64Array(ring.length * 2);
  for (let i = 0; i < ring.length; i++) {
    out[2 * i] = proj.x(ring[i]![0]!);
    out[2 * i + 1] = proj.y(ring[i]![1]!);
  }
  return out;
}

/** Signed area of a closed flat ring in m² (counter-clockwise positive). */
export function ringSignedArea(r: Float64Array): number {
  let sum = 0;
  for (let i = 0; i + 3 < r.length; i += 2) sum += r[i]! * r[i + 3]! - r[i + 2]! * r[i + 1]!;
  return sum / 2;
}

/** Projects a GeoJSON Polygon or MultiPolygon (lon/lat degrees). */
export function toPlanarPolygon(geometry: Polygon | MultiPolygon, proj: LocalProjection): PlanarPolygon {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts = polys.map((rings) => rings.map((ring) => projectRing(ring, proj)));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let area = 0, sx = 0, sy = 0, outerArea = 0;
  for (const rings of parts) {
    rings.forEach((r, k) => {
      const a = Math.abs(ringSignedArea(r));
      area += k === 0 ? a : -a;
      if (k !== 0) return;
      let cx = 0, cy = 0;
      for (let i = 0; i < r.length; i += 2) {
        const x = r[i]!, y = r[i + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
        if (i + 2 < r.length) { cx += x; cy += y; }
      }
      const n = Math.max(1, r.length / 2 - 1);
      sx += (cx / n) * a;
      sy += (cy / n) * a;
      outerArea += a;
    });
  }
  const w = outerArea || 1;
  return { parts, minX, minY, maxX, maxY, area, cx: sx / w, cy: sy / w };
}
