/** Point-in-polygon (even–odd over all rings, so holes and multipolygons work) on planar rings. */
import type { PlanarPolygon } from './PlanarPolygon.ts';

/** Whether `(x, y)` (m) lies inside a flat closed ring (boundary points may go either way). */
export function pointInRing(x: number, y: number, r: Float64Array): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
    const yi = r[i + 1]!, yj = r[j + 1]!;
    if (yi > y !== yj > y) {
      const xi = r[i]!, xj = r[j]!;
      if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether `(x, y)` (m) lies inside `polygon` (inside an outer ring and outside its holes). */
export function pointInPolygon(x: number, y: number, polygon: PlanarPolygon): boolean {
  if (x < polygon.minX || x > polygon.maxX || y < polygon.minY || y > polygon.maxY) return false;
  for (const rings of polygon.parts) {
    if (!pointInRing(x, y, rings[0]!)) continue;
    let inHole = false;
    for (let k = 1; k < rings.length; k++) if (pointInRing(x, y, rings[k]!)) { inHole = true; break; }
    if (!inHole) return true;
  }
  return false;
}
