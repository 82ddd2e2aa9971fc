/**
 * Extrudes one footprint into walls and a flat roof (earcut), in the building's own ENU tangent
 * plane, then maps every vertex exactly (double precision, via ECEF) into the tileset's root frame
 * in glTF axes. Walls get flat outward normals, the roof points up; no floor (never visible).
 */
import earcut from 'earcut';
import type { Footprint } from './Footprint.ts';
import type { TileMesh } from './TileMesh.ts';
import { enuFrameAt, metresPerRadian, type EnuFrame } from './wgs84.ts';

const DEG = Math.PI / 180;
/** Points closer than this are merged, metres. */
const MIN_EDGE_M = 0.01;

/** Result of extruding one footprint. */
export type ExtrudeResult = { ok: true; triangles: number } | { ok: false; reason: string };

/** Cleans one ring in local metres: drops the closing point and repeated points; undefined if < 3 points. */
function cleanRing(ring: number[][], lon0: number, lat0: number, mx: number, my: number): number[] | undefined {
  const out: number[] = [];
  for (const p of ring) {
    if (p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
    const x = (p[0] * DEG - lon0) * mx;
    const y = (p[1] * DEG - lat0) * my;
    const n = out.length;
    if (n >= 2 && Math.abs(out[n - 2] - x) < MIN_EDGE_M && Math.abs(out[n - 1] - y) < MIN_EDGE_M) continue;
    out.push(x, y);
  }
  while (out.length >= 4 && Math.abs(out[0] - out[out.length - 2]) < MIN_EDGE_M && Math.abs(out[1] - out[out.length - 1]) < MIN_EDGE_M) out.length -= 2;
  return out.length >= 6 ? out : undefined;
}

/** Twice the signed area of a flat ring (positive: counter-clockwise seen from above). */
function signedArea2(ring: number[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i += 2) {
    const j = (i + 2) % n;
    s += ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
  }
  return s;
}

function reverseRing(ring: number[]): number[] {
  const out = new Array<number>(ring.length);
  for (let i = 0, n = ring.length / 2; i < n; i++) {
    out[2 * i] = ring[2 * (n - 1 - i)];
    out[2 * i + 1] = ring[2 * (n - 1 - i) + 1];
  }
  return out;
}

/**
 * Appends the extruded footprint to `mesh` with feature id `featureId`; heights in metres above
 * the ellipsoid (`baseM` to `baseM + heightM`). Nothing is appended when the result is not ok.
 */
export function extrudeFootprint(
  footprint: Footprint, heightM: number, root: EnuFrame, featureId: number, mesh: TileMesh, baseM = 0,
): ExtrudeResult {
  if (!(heightM > 0) || !Number.isFinite(heightM)) return { ok: false, reason: `height ${heightM} m is not a positive number` };
  const first = footprint.polygons[0]?.[0]?.[0];
  if (!first || !Number.isFinite(first[0]) || !Number.isFinite(first[1])) return { ok: false, reason: 'empty or non-numeric geometry' };
  const lon0 = first[0] * DEG, lat0 = first[1] * DEG;
  if (Math.abs(lat0) > Math.PI / 2) return { ok: false, reason: `latitude ${first[1]} out of range (coordinates must be lon, lat in EPSG:4326)` };
  const m = metresPerRadian(lat0);
  const polys: number[][][] = [];
  let vertexEstimate = 0, indexEstimate = 0;
  for (const rings of footprint.polygons) {
    const outer = rings[0] && cleanRing(rings[0], lon0, lat0, m.east, m.north);
    if (!outer) return { ok: false, reason: 'outer ring has fewer than 3 distinct points (or non-numeric coordinates)' };
    const a = signedArea2(outer);
    if (Math.abs(a) < 1e-4) return { ok: false, reason: 'footprint has zero area' };
    const cleaned = [a > 0 ? outer : reverseRing(outer)];
    for (const hole of rings.slice(1)) {
      const h = cleanRing(hole, lon0, lat0, m.east, m.north);
      if (h) cleaned.push(signedArea2(h) < 0 ? h : reverseRing(h));
    }
    polys.push(cleaned);
    const points = cleaned.reduce((s, r) => s + r.length / 2, 0);
    vertexEstimate += points * 5;
    indexEstimate += points * 6 + (points + 2 * cleaned.length) * 3;
  }

  // Building frame → root frame (ECEF in between), then ENU (e, n, u) → glTF (e, u, −n).
  const b = enuFrameAt(lon0, lat0, baseM);
  const d = [b.origin[0] - root.origin[0], b.origin[1] - root.origin[1], b.origin[2] - root.origin[2]];
  const dot = (u: number[], v: number[]) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  // Rows: root east, root up, −root north; columns: building east, north, up, translation.
  const rows = [root.east, root.up, root.north.map((x) => -x)];
  const M = rows.map((r) => [dot(r, b.east), dot(r, b.north), dot(r, b.up), dot(r, d)]);
  const [m0, m1, m2] = M;

  mesh.reserve(vertexEstimate, indexEstimate);
  const startV = mesh.vertexCount, startI = mesh.indexCount;
  const vert = (x: number, y: number, z: number, nx: number, ny: number, nz: number) =>
    mesh.addVertex(
      m0[0] * x + m0[1] * y + m0[2] * z + m0[3], m1[0] * x + m1[1] * y + m1[2] * z + m1[3], m2[0] * x + m2[1] * y + m2[2] * z + m2[3],
      m0[0] * nx + m0[1] * ny + m0[2] * nz, m1[0] * nx + m1[1] * ny + m1[2] * nz, m2[0] * nx + m2[1] * ny + m2[2] * nz, featureId,
    );

  let triangles = 0;
  for (const rings of polys) {
    // Walls: one quad per edge with its own outward normal (outer rings CCW, holes CW).
    for (const ring of rings) {
      const n = ring.length / 2;
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n;
        const x0 = ring[2 * i], y0 = ring[2 * i + 1], x1 = ring[2 * j], y1 = ring[2 * j + 1];
        const len = Math.hypot(x1 - x0, y1 - y0);
        const nx = (y1 - y0) / len, ny = -(x1 - x0) / len;
        const v0 = vert(x0, y0, 0, nx, ny, 0), v1 = vert(x1, y1, 0, nx, ny, 0);
        const v2 = vert(x1, y1, heightM, nx, ny, 0), v3 = vert(x0, y0, heightM, nx, ny, 0);
        mesh.addTriangle(v0, v1, v2);
        mesh.addTriangle(v0, v2, v3);
        triangles += 2;
      }
    }
    // Roof: earcut over outer + holes, every triangle turned counter-clockwise (normal up).
    const flat: number[] = [];
    const holes: number[] = [];
    for (const ring of rings) {
      if (flat.length > 0) holes.push(flat.length / 2);
      for (const v of ring) flat.push(v);
    }
    const tri = earcut(flat, holes, 2);
    const base = mesh.vertexCount;
    for (let i = 0; i < flat.length; i += 2) vert(flat[i], flat[i + 1], heightM, 0, 0, 1);
    for (let t = 0; t < tri.length; t += 3) {
      const a = tri[t], c = tri[t + 1], e = tri[t + 2];
      const area = (flat[2 * c] - flat[2 * a]) * (flat[2 * e + 1] - flat[2 * a + 1]) - (flat[2 * e] - flat[2 * a]) * (flat[2 * c + 1] - flat[2 * a + 1]);
      if (area === 0) continue;
      if (area > 0) mesh.addTriangle(base + a, base + c, base + e);
      else mesh.addTriangle(base + a, base + e, base + c);
      triangles++;
    }
  }
  if (triangles === 0) {
    mesh.vertexCount = startV;
    mesh.indexCount = startI;
    return { ok: false, reason: 'footprint could not be triangulated' };
  }
  return { ok: true, triangles };
}
