/**
 * A small flat-shaded, vertex-coloured triangle mesh for procedural monument models, in the model's
 * own frame (metres): x along the facade (to the right when looking out of the front), y up,
 * z forward (the direction the monument faces). Faces are convex polygons; each gets its own
 * vertices and a flat normal, wound counter-clockwise as seen from outside.
 */

/** A point or vector in the model frame, metres. */
export type Vec3 = [number, number, number];
/** An sRGB colour, 0–255 per channel. */
export type Rgb = [number, number, number];

const EPS_AREA_M2 = 1e-6;

function sub(a: Vec3, b: Vec3): Vec3 { return [a[0] - b[0], a[1] - b[1], a[2] - b[2]]; }
function cross(a: Vec3, b: Vec3): Vec3 { return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]; }
function dot(a: Vec3, b: Vec3): number { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

/** Growable mesh: positions (m), unit normals, RGB colours (0–255) and triangle indices. */
export class ModelMesh {
  /** x, y, z per vertex, metres (model frame). */
  readonly positions: number[] = [];
  /** Unit normal per vertex. */
  readonly normals: number[] = [];
  /** r, g, b per vertex, 0–255. */
  readonly colors: number[] = [];
  /** Three indices per triangle. */
  readonly indices: number[] = [];

  /** Vertices in use. */
  get vertexCount(): number { return this.positions.length / 3; }

  /**
   * Adds a convex planar polygon. `outward` is a rough direction the face should look to (it fixes
   * the winding); zero-area triangles and repeated points are dropped.
   */
  face(points: Vec3[], color: Rgb, outward: Vec3): void {
    const pts = points.filter((p, i) => {
      const q = points[(i + points.length - 1) % points.length];
      return Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 1e-9;
    });
    if (pts.length < 3) return;
    // Newell's normal.
    let n: Vec3 = [0, 0, 0];
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i], b = pts[(i + 1) % pts.length];
      n = [n[0] + (a[1] - b[1]) * (a[2] + b[2]), n[1] + (a[2] - b[2]) * (a[0] + b[0]), n[2] + (a[0] - b[0]) * (a[1] + b[1])];
    }
    const len = Math.hypot(n[0], n[1], n[2]);
    if (len < EPS_AREA_M2) return;
    n = [n[0] / len, n[1] / len, n[2] / len];
    if (dot(n, outward) < 0) { pts.reverse(); n = [-n[0], -n[1], -n[2]]; }
    const base = this.vertexCount;
    for (const p of pts) {
      this.positions.push(p[0], p[1], p[2]);
      this.normals.push(n[0], n[1], n[2]);
      this.colors.push(color[0], color[1], color[2]);
    }
    for (let i = 1; i + 1 < pts.length; i++) {
      const area = Math.hypot(...cross(sub(pts[i], pts[0]), sub(pts[i + 1], pts[0])));
      if (area > EPS_AREA_M2) this.indices.push(base, base + i, base + i + 1);
    }
  }

  /** Axis-aligned bounds of the vertices (model frame, metres). */
  bounds(): { min: Vec3; max: Vec3 } {
    const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < this.positions.length; i += 3) {
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k], this.positions[i + k]);
        max[k] = Math.max(max[k], this.positions[i + k]);
      }
    }
    return { min, max };
  }
}
