/**
 * WGS84 ellipsoid helpers in double precision: geodetic → ECEF, local east-north-up (ENU) frames
 * and their 4×4 column-major matrices (the layout of 3D Tiles `transform`).
 */

/** WGS84 semi-major axis, metres. */
export const WGS84_A = 6378137;
/** WGS84 first eccentricity squared (dimensionless). */
export const WGS84_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

/** A local ENU frame: origin (ECEF metres) and unit axes east, north, up (ECEF). */
export interface EnuFrame {
  origin: [number, number, number];
  east: [number, number, number];
  north: [number, number, number];
  up: [number, number, number];
}

/** Geodetic (longitude, latitude in radians, ellipsoidal height in metres) → ECEF metres. */
export function geodeticToEcef(lonRad: number, latRad: number, heightM: number): [number, number, number] {
  const sinLat = Math.sin(latRad);
  const cosLat = Math.cos(latRad);
  const n = WGS84_A / Math.sqrt(1 - WGS84_E2 * sinLat * sinLat);
  return [(n + heightM) * cosLat * Math.cos(lonRad), (n + heightM) * cosLat * Math.sin(lonRad), (n * (1 - WGS84_E2) + heightM) * sinLat];
}

/** The ENU frame at a geodetic point (radians, metres). */
export function enuFrameAt(lonRad: number, latRad: number, heightM = 0): EnuFrame {
  const sl = Math.sin(lonRad), cl = Math.cos(lonRad), sp = Math.sin(latRad), cp = Math.cos(latRad);
  return {
    origin: geodeticToEcef(lonRad, latRad, heightM),
    east: [-sl, cl, 0],
    north: [-sp * cl, -sp * sl, cp],
    up: [cp * cl, cp * sl, sp],
  };
}

/** Metres per radian of longitude and of latitude at a latitude (radians), on the ellipsoid surface. */
export function metresPerRadian(latRad: number): { east: number; north: number } {
  const s = Math.sin(latRad);
  const w = 1 - WGS84_E2 * s * s;
  const n = WGS84_A / Math.sqrt(w);
  return { east: n * Math.cos(latRad), north: (WGS84_A * (1 - WGS84_E2)) / (w * Math.sqrt(w)) };
}

/** The ENU → ECEF matrix of a frame, 16 numbers column-major (3D Tiles `transform`). */
export function enuToEcefMatrix(frame: EnuFrame): number[] {
  const { east: e, north: n, up: u, origin: o } = frame;
  return [e[0], e[1], e[2], 0, n[0], n[1], n[2], 0, u[0], u[1], u[2], 0, o[0], o[1], o[2], 1];
}
