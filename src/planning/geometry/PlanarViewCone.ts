/**
 * View-cone geometry in a local metric frame: a horizontal sector from the eye (bearing ±
 * half-angle, out to a distance) and a line of sight rising at the protected elevation angle. The
 * nearest point of a footprint inside the sector is where the line of sight is lowest, so a building
 * breaks the view when its top is above `eye + d·tan(elevation)` at that point.
 */
import type { ViewCone } from '../Viewpoint.ts';
import type { PlanarPolygon } from './PlanarPolygon.ts';

const RAD = Math.PI / 180;

/** A cone prepared for many tests. */
export class PlanarViewCone {
  /** Axis unit vector (x east, y north). */
  readonly ax: number;
  readonly ay: number;
  private readonly cosHalf: number;
  /** tan(elevation angle). */
  readonly tanElevation: number;
  /** Boundary ray unit vectors (left, right of the axis). */
  private readonly rays: Array<[number, number]>;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;

  /** Eye at `(x, y)` m in the frame, `eyeHeightM` above ground. */
  constructor(readonly x: number, readonly y: number, readonly eyeHeightM: number, readonly cone: ViewCone) {
    const b = cone.bearingDeg * RAD;
    this.ax = Math.sin(b);
    this.ay = Math.cos(b);
    this.cosHalf = Math.cos(cone.halfAngleDeg * RAD);
    this.tanElevation = Math.tan(cone.elevationDeg * RAD);
    const l = (cone.bearingDeg - cone.halfAngleDeg) * RAD, r = (cone.bearingDeg + cone.halfAngleDeg) * RAD;
    this.rays = [[Math.sin(l), Math.cos(l)], [Math.sin(r), Math.cos(r)]];
    const xs = [x], ys = [y];
    for (let a = -cone.halfAngleDeg; a <= cone.halfAngleDeg + 1e-9; a += Math.max(1, cone.halfAngleDeg / 8)) {
      const t = (cone.bearingDeg + a) * RAD;
      xs.push(x + Math.sin(t) * cone.maxDistanceM);
      ys.push(y + Math.cos(t) * cone.maxDistanceM);
    }
    const pad = cone.maxDistanceM * 0.02;
    this.minX = Math.min(...xs) - pad;
    this.maxX = Math.max(...xs) + pad;
    this.minY = Math.min(...ys) - pad;
    this.maxY = Math.max(...ys) + pad;
  }

  /** Height of the protected line of sight at horizontal distance `d` m, m above ground. */
  allowedHeightAt(d: number): number {
    return this.eyeHeightM + d * this.tanElevation;
  }

  /** Whether the point `(px, py)` m lies in the horizontal sector. */
  contains(px: number, py: number): boolean {
    const vx = px - this.x, vy = py - this.y;
    const d = Math.hypot(vx, vy);
    if (d > this.cone.maxDistanceM) return false;
    if (d === 0) return true;
    return vx * this.ax + vy * this.ay >= d * this.cosHalf - 1e-9 * (d + 1);
  }

  /**
   * Nearest point of the footprint's outer rings inside the sector, or null when it misses the
   * cone. Candidates: vertices, each edge's closest point to the eye, and edge crossings of the
   * two boundary rays (the minimum over a convex sector ∩ polygon boundary is one of them).
   */
  nearestPoint(fp: PlanarPolygon): { x: number; y: number; d: number } | null {
    if (fp.maxX < this.minX || fp.minX > this.maxX || fp.maxY < this.minY || fp.minY > this.maxY) return null;
    let best: { x: number; y: number; d: number } | null = null;
    const consider = (px: number, py: number) => {
      if (!this.contains(px, py)) return;
      const d = Math.hypot(px - this.x, py - this.y);
      if (!best || d < best.d) best = { x: px, y: py, d };
    };
    for (const rings of fp.parts) {
      const r = rings[0]!;
      for (let i = 0; i + 3 < r.length; i += 2) {
        const x0 = r[i]!, y0 = r[i + 1]!, x1 = r[i + 2]!, y1 = r[i + 3]!;
        consider(x0, y0);
        const dx = x1 - x0, dy = y1 - y0;
        const len2 = dx * dx + dy * dy;
        if (len2 > 0) {
          const t = ((this.x - x0) * dx + (this.y - y0) * dy) / len2;
          if (t > 0 && t < 1) consider(x0 + t * dx, y0 + t * dy);
        }
        for (const [rx, ry] of this.rays) {
          // eye + s·ray = p0 + t·(p1 − p0)
          const den = rx * dy - ry * dx;
          if (Math.abs(den) < 1e-12) continue;
          const ex = x0 - this.x, ey = y0 - this.y;
          const s = (ex * dy - ey * dx) / den;
          const t = (ex * ry - ey * rx) / den;
          if (s >= 0 && t >= 0 && t <= 1) consider(this.x + s * rx, this.y + s * ry);
        }
      }
    }
    return best;
  }
}
