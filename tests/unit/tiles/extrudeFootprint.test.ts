/**
 * Extrusion of single footprints: a square, a concave L and a courtyard (hole). Checks triangle
 * counts, closed surface except the (omitted) floor, and outward-facing normals and windings.
 */
import { describe, expect, it } from 'vitest';
import { extrudeFootprint } from '../../../src/tiles/extrudeFootprint.ts';
import { TileMesh } from '../../../src/tiles/TileMesh.ts';
import { enuFrameAt } from '../../../src/tiles/wgs84.ts';
import { buildingHeightM } from '../../../src/tiles/buildingHeight.ts';

const D = Math.PI / 180;
const LON = 107.58, LAT = 16.47;
const M = 1 / 111_000; // ≈ degrees per metre
const ring = (pts: number[][]) => [...pts.map(([x, y]) => [LON + x * M, LAT + y * M]), [LON + pts[0][0] * M, LAT + pts[0][1] * M]];

function extrude(rings: number[][][], height = 10) {
  const mesh = new TileMesh();
  const root = enuFrameAt(LON * D, LAT * D);
  const result = extrudeFootprint({ id: 'x', polygons: [rings], properties: {} }, height, root, 0, mesh);
  return { mesh, result };
}

/** Edges (as position pairs, rounded to cm) and how many triangles share each. */
function edgeUse(mesh: TileMesh): Map<string, number> {
  const key = (v: number) => [0, 1, 2].map((k) => Math.round(mesh.positions[3 * v + k] * 100)).join(',');
  const uses = new Map<string, number>();
  for (let t = 0; t < mesh.indexCount; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = key(mesh.indices[t + e]), b = key(mesh.indices[t + ((e + 1) % 3)]);
      const k = a < b ? `${a}|${b}` : `${b}|${a}`;
      uses.set(k, (uses.get(k) ?? 0) + 1);
    }
  }
  return uses;
}

/** Every triangle's geometric normal agrees with its vertex normals, and wall normals point away from `centre`. */
function checkNormals(mesh: TileMesh, centre: [number, number]) {
  const P = mesh.positions, N = mesh.normals;
  for (let t = 0; t < mesh.indexCount; t += 3) {
    const [a, b, c] = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]];
    const u = [0, 1, 2].map((k) => P[3 * b + k] - P[3 * a + k]);
    const v = [0, 1, 2].map((k) => P[3 * c + k] - P[3 * a + k]);
    const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
    const dot = n[0] * N[3 * a] + n[1] * N[3 * a + 1] + n[2] * N[3 * a + 2];
    expect(dot).toBeGreaterThan(0);
    if (Math.abs(N[3 * a + 1]) < 0.5) {
      // wall (glTF y is up): outward = away from the footprint centre in x/z (for convex shapes)
      const mx = (P[3 * a] + P[3 * b] + P[3 * c]) / 3 - centre[0];
      const mz = (P[3 * a + 2] + P[3 * b + 2] + P[3 * c + 2]) / 3 - centre[1];
      expect(mx * N[3 * a] + mz * N[3 * a + 2]).toBeGreaterThan(0);
    } else {
      expect(N[3 * a + 1]).toBeGreaterThan(0.99);
    }
  }
}

describe('extrudeFootprint', () => {
  it('extrudes a square into 4 walls and a 2-triangle roof with outward normals', () => {
    const { mesh, result } = extrude([ring([[0, 0], [10, 0], [10, 10], [0, 10]])]);
    expect(result).toEqual({ ok: true, triangles: 10 });
    expect(mesh.vertexCount).toBe(20);
    checkNormals(mesh, [5 * (111_320 * Math.cos(LAT * D)) * M, -5 * 110_574 * M]);
    // Closed except the floor: 4 bottom edges used once, every other edge twice.
    const uses = [...edgeUse(mesh).values()];
    expect(uses.filter((n) => n === 1)).toHaveLength(4);
    expect(uses.every((n) => n === 1 || n === 2)).toBe(true);
    // Roof at the height: glTF y of roof vertices ≈ 10 m
    const ys = Array.from({ length: mesh.vertexCount }, (_, v) => mesh.positions[3 * v + 1]);
    expect(Math.max(...ys)).toBeCloseTo(10, 2);
    expect(Math.min(...ys)).toBeCloseTo(0, 2);
  });

  it('handles a clockwise concave L (6 walls, 4 roof triangles) and reorients it', () => {
    const l = [[0, 0], [0, 20], [10, 20], [10, 10], [20, 10], [20, 0]]; // clockwise
    const { mesh, result } = extrude([ring(l)]);
    expect(result).toEqual({ ok: true, triangles: 16 });
    const uses = [...edgeUse(mesh).values()];
    expect(uses.filter((n) => n === 1)).toHaveLength(6);
    expect(uses.every((n) => n === 1 || n === 2)).toBe(true);
    // every triangle faces where its normals say (roof up, walls consistent with winding)
    const P = mesh.positions, N = mesh.normals;
    for (let t = 0; t < mesh.indexCount; t += 3) {
      const [a, b, c] = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]];
      const u = [0, 1, 2].map((k) => P[3 * b + k] - P[3 * a + k]);
      const v = [0, 1, 2].map((k) => P[3 * c + k] - P[3 * a + k]);
      const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
      expect(n[0] * N[3 * a] + n[1] * N[3 * a + 1] + n[2] * N[3 * a + 2]).toBeGreaterThan(0);
    }
  });

  it('extrudes a courtyard: walls around the hole face into it', () => {
    const { mesh, result } = extrude([ring([[0, 0], [30, 0], [30, 30], [0, 30]]), ring([[10, 10], [20, 10], [20, 20], [10, 20]])]);
    expect(result.ok).toBe(true);
    // 8 walls × 2 + roof of a square with a square hole (8 triangles)
    expect(mesh.triangleCount).toBe(24);
    const uses = [...edgeUse(mesh).values()];
    expect(uses.filter((n) => n === 1)).toHaveLength(8);
    expect(uses.every((n) => n === 1 || n === 2)).toBe(true);
  });

  it('refuses degenerate footprints with a reason and appends nothing', () => {
    const { mesh, result } = extrude([ring([[0, 0], [10, 0], [20, 0]])]);
    expect(result.ok).toBe(false);
    expect(mesh.vertexCount).toBe(0);
    const bad = extrude([[[LON, LAT], [LON, LAT], [LON, LAT]]]);
    expect(bad.result).toMatchObject({ ok: false, reason: expect.stringContaining('3 distinct points') });
  });

  it('takes height from height_m, else levels × 3.3 m, else 6 m', () => {
    expect(buildingHeightM({ height_m: 12.5 })).toBe(12.5);
    expect(buildingHeightM({ levels: 3 })).toBeCloseTo(9.9);
    expect(buildingHeightM({ 'building:levels': '2' })).toBeCloseTo(6.6);
    expect(buildingHeightM({ height_m: null, levels: 0 })).toBe(6);
  });
});
