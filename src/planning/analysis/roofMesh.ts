/**
 * Flat roof caps as one triangle mesh in Earth-centred (ECEF) metres, ready for a single Cesium
 * geometry: thousands of buildings become one draw call and no per-building geometry work on the
 * main thread (triangulated here with earcut, typically in the analysis worker).
 */
import earcut from 'earcut';
import { WGS84_A, WGS84_E2 } from './wgs84.ts';

/** Triangles in ECEF metres: `positions` xyz per vertex, `indices` three per triangle. */
export interface RoofMesh {
  positions: Float64Array;
  indices: Uint32Array;
}

/** A roof: outer rings as flat `[lon, lat, …]` degree arrays (closed or not) and its height above the ellipsoid, m. */
export interface RoofInput {
  rings: readonly (readonly number[])[];
  heightM: number;
}

const RAD = Math.PI / 180;

/** Converts geodetic lon/lat (degrees) and ellipsoid height (m) to ECEF, writing into `out` at `o`. */
export function geodeticToEcef(lonDeg: number, latDeg: number, h: number, out: Float64Array, o: number): void {
  const lat = latDeg * RAD, lon = lonDeg * RAD;
  const sinLat = Math.sin(lat), cosLat = Math.cos(lat);
  const n = WGS84_A / Math.sqrt(1 - WGS84_E2 * sinLat * sinLat);
  out[o] = (n + h) * cosLat * Math.cos(lon);
  out[o + 1] = (n + h) * cosLat * Math.sin(lon);
  out[o + 2] = (n * (1 - WGS84_E2) + h) * sinLat;
}

/** Triangulates every ring of `roofs` at its height plus `offsetM` (default 0). */
export function roofMesh(roofs: readonly RoofInput[], offsetM = 0): RoofMesh {
  let vertexCount = 0;
  const rings: { ring: readonly number[]; n: number; h: number }[] = [];
  for (const roof of roofs) {
    for (const ring of roof.rings) {
      let n = ring.length / 2;
      if (n > 1 && ring[0] === ring[2 * n - 2] && ring[1] === ring[2 * n - 1]) n--;
      if (n < 3) continue;
      rings.push({ ring, n, h: roof.heightM + offsetM });
      vertexCount += n;
    }
  }
  const positions = new Float64Array(vertexCount * 3);
  const indices: number[] = [];
  let base = 0;
  for (const { ring, n, h } of rings) {
    // earcut in degrees scaled to local metres-ish (cos lat on x) keeps its tolerances meaningful.
    const k = Math.cos(ring[1]! * RAD);
    const flat = new Array<number>(2 * n);
    for (let i = 0; i < n; i++) {
      flat[2 * i] = ring[2 * i]! * k;
      flat[2 * i + 1] = ring[2 * i + 1]!;
      geodeticToEcef(ring[2 * i]!, ring[2 * i + 1]!, h, positions, (base + i) * 3);
    }
    for (const index of earcut(flat)) indices.push(base + index);
    base += n;
  }
  return { positions, indices: Uint32Array.from(indices) };
}
