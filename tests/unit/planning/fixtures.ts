/** Small planar fixtures for the planning unit tests: squares in lon/lat around Huế, sized in metres. */
import type { Polygon } from 'geojson';
import { LocalProjection } from '../../../src/planning/geometry/LocalProjection.ts';

/** Origin of the fixtures `[lon, lat]`. */
export const ORIGIN: [number, number] = [107.58, 16.46];
const proj = new LocalProjection(ORIGIN);

/** A rectangle from (x0, y0) to (x1, y1) in metres east/north of ORIGIN, counter-clockwise from (x0, y0). */
export function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  const p = (x: number, y: number) => proj.toLonLat(x, y);
  return { type: 'Polygon', coordinates: [[p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1), p(x0, y0)]] };
}

/** `[lon, lat]` of a point in metres east/north of ORIGIN. */
export function at(x: number, y: number): [number, number] {
  return proj.toLonLat(x, y);
}
