/**
 * Area of a polygon on the WGS 84 ellipsoid: latitudes are mapped to authalic latitudes (an
 * equal-area mapping of the ellipsoid onto a sphere of the same surface), then the spherical excess
 * of the polygon is summed edge by edge. Exact for lat/lon quadrangles; for city-sized polygons
 * the only approximation (edges as great circles of the authalic sphere rather than geodesics) is
 * below a square centimetre per hectare.
 */
import type { LonLat } from './geodesicDistance.ts';
import { WGS84_A, WGS84_E2 } from './wgs84.ts';

const RAD = Math.PI / 180;
const E = Math.sqrt(WGS84_E2);

/** The authalic function q(φ) of Snyder (Map Projections – A Working Manual, eq. 3-12). */
function q(sinPhi: number): number {
  const es = E * sinPhi;
  return (1 - WGS84_E2) * (sinPhi / (1 - es * es) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
}

const Q_POLE = q(1);
/** Radius of the authalic sphere of WGS 84, m (≈ 6,371,007.18). */
export const AUTHALIC_SPHERE_RADIUS_M = WGS84_A * Math.sqrt(Q_POLE / 2);

/** Authalic latitude of a geodetic latitude, radians. */
export function authalicLatitudeRad(latDeg: number): number {
  return Math.asin(Math.max(-1, Math.min(1, q(Math.sin(latDeg * RAD)) / Q_POLE)));
}

/**
 * Area enclosed by a ring of `[lon, lat]` degrees (closed or not; either winding), m². Rings with
 * fewer than three distinct points have area 0.
 */
export function ringAreaM2(ring: readonly LonLat[]): number {
  const n = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.length - 1 : ring.length;
  if (n < 3) return 0;
  let excess = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!, b = ring[(i + 1) % n]!;
    let dLon = (b[0] - a[0]) * RAD;
    if (dLon > Math.PI) dLon -= 2 * Math.PI;
    else if (dLon < -Math.PI) dLon += 2 * Math.PI;
    const t1 = Math.tan(authalicLatitudeRad(a[1]) / 2), t2 = Math.tan(authalicLatitudeRad(b[1]) / 2);
    excess += 2 * Math.atan2(Math.tan(dLon / 2) * (t1 + t2), 1 + t1 * t2);
  }
  return Math.abs(excess) * AUTHALIC_SPHERE_RADIUS_M ** 2;
}

/** Area of a polygon (outer ring then holes) on WGS 84, m²: the outer ring's area minus its holes'. */
export function polygonAreaM2(rings: readonly (readonly LonLat[])[]): number {
  if (rings.length === 0) return 0;
  return Math.max(0, rings.slice(1).reduce((area, hole) => area - ringAreaM2(hole), ringAreaM2(rings[0]!)));
}
