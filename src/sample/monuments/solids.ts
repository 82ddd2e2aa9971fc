/**
 * Solids the monument models are made of (model frame: x right, y up, z forward; metres): frusta
 * between two rings (boxes, battered bases, tapering storeys, tiered and hip roofs), prisms of
 * regular polygons, and flat panels (doors, flags) set just off a face.
 */
import type { ModelMesh, Rgb, Vec3 } from './ModelMesh.ts';

/** A ring of (x, z) points in plan, metres, convex, in order around its centre. */
export type Ring = [number, number][];

/** Rectangle `w` (x) × `d` (z) metres centred on (cx, cz); corners in a fixed order. */
export function rect(cx: number, cz: number, w: number, d: number): Ring {
  return [[cx - w / 2, cz - d / 2], [cx + w / 2, cz - d / 2], [cx + w / 2, cz + d / 2], [cx - w / 2, cz + d / 2]];
}

/** Regular `n`-gon of circumradius `r` metres centred on (cx, cz), first vertex at angle `rotRad`. */
export function polygon(cx: number, cz: number, r: number, n: number, rotRad = 0): Ring {
  return Array.from({ length: n }, (_, i) => {
    const a = rotRad + (2 * Math.PI * i) / n;
    return [cx + r * Math.cos(a), cz + r * Math.sin(a)] as [number, number];
  });
}

/** Options of {@link frustum}. */
export interface FrustumOptions {
  /** Close the top with a flat face. Default: false. */
  capTop?: boolean;
  /** Close the bottom with a downward face (eave soffits). Default: false. */
  capBottom?: boolean;
}

/**
 * Side faces between `bottom` at height `y0` and `top` at `y1` (metres); rings of equal length,
 * point i of one above point i of the other (points of `top` may coincide: ridges, apexes).
 */
export function frustum(mesh: ModelMesh, bottom: Ring, top: Ring, y0: number, y1: number, color: Rgb, options: FrustumOptions = {}): void {
  const n = bottom.length;
  const cx = bottom.reduce((s, p) => s + p[0], 0) / n;
  const cz = bottom.reduce((s, p) => s + p[1], 0) / n;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const pts: Vec3[] = [[bottom[i][0], y0, bottom[i][1]], [bottom[j][0], y0, bottom[j][1]], [top[j][0], y1, top[j][1]], [top[i][0], y1, top[i][1]]];
    const mx = (bottom[i][0] + bottom[j][0]) / 2 - cx, mz = (bottom[i][1] + bottom[j][1]) / 2 - cz;
    mesh.face(pts, color, [mx, 0, mz]);
  }
  if (options.capTop) mesh.face(top.map(([x, z]) => [x, y1, z] as Vec3), color, [0, 1, 0]);
  if (options.capBottom) mesh.face(bottom.map(([x, z]) => [x, y0, z] as Vec3), color, [0, -1, 0]);
}

/** A straight prism of `ring` from `y0` to `y0 + h` metres, closed on top. */
export function prism(mesh: ModelMesh, ring: Ring, y0: number, h: number, color: Rgb): void {
  frustum(mesh, ring, ring, y0, y0 + h, color, { capTop: true });
}

/** A box `w` × `d` × `h` metres standing at height `y0`, centred on (cx, cz). */
export function box(mesh: ModelMesh, cx: number, cz: number, w: number, d: number, y0: number, h: number, color: Rgb): void {
  prism(mesh, rect(cx, cz, w, d), y0, h, color);
}

/** A battered (tapering) block: `w` × `d` at `y0`, each side drawn in by `inset` metres at the top. */
export function batteredBlock(mesh: ModelMesh, cx: number, cz: number, w: number, d: number, y0: number, h: number, inset: number, color: Rgb): void {
  frustum(mesh, rect(cx, cz, w, d), rect(cx, cz, w - 2 * inset, d - 2 * inset), y0, y0 + h, color, { capTop: true });
}

/**
 * A hip roof over `w` × `d` metres (eaves at `y0`, ridge `h` above): four slopes meeting in a ridge
 * along the longer side (a pyramid when square), with an eave soffit underneath.
 */
export function hipRoof(mesh: ModelMesh, cx: number, cz: number, w: number, d: number, y0: number, h: number, color: Rgb): void {
  const rx = w >= d ? (w - d) / 2 : 0;
  const rz = d > w ? (d - w) / 2 : 0;
  const top: Ring = [[cx - rx, cz - rz], [cx + rx, cz - rz], [cx + rx, cz + rz], [cx - rx, cz + rz]];
  frustum(mesh, rect(cx, cz, w, d), top, y0, y0 + h, color, { capBottom: true });
}

/**
 * A lower (skirt) roof of a double-tiered roof: slopes from eaves `wOut` × `dOut` at `y0` up to
 * the upper storey's wall `wIn` × `dIn` at `y1` metres.
 */
export function skirtRoof(mesh: ModelMesh, cx: number, cz: number, wOut: number, dOut: number, wIn: number, dIn: number, y0: number, y1: number, color: Rgb): void {
  frustum(mesh, rect(cx, cz, wOut, dOut), rect(cx, cz, wIn, dIn), y0, y1, color, { capBottom: true });
}

/**
 * A flat panel (door, arch, niche, flag) on the plane `axis` = `at` metres, facing `facing` (+1 or −1
 * along that axis), spanning [u0, u1] on the other horizontal axis and [y0, y1] in height.
 */
export function panel(mesh: ModelMesh, axis: 'x' | 'z', at: number, facing: 1 | -1, u0: number, u1: number, y0: number, y1: number, color: Rgb): void {
  const off = at + facing * 0.05;
  const pts: Vec3[] = axis === 'z'
    ? [[u0, y0, off], [u1, y0, off], [u1, y1, off], [u0, y1, off]]
    : [[off, y0, u0], [off, y0, u1], [off, y1, u1], [off, y1, u0]];
  mesh.face(pts, color, axis === 'z' ? [0, 0, facing] : [facing, 0, 0]);
}
