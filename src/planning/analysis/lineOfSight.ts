/**
 * Line of sight between two points over building footprints (vector, not raster): the segment is
 * cut by every footprint edge it crosses; inside a footprint the sight line is blocked where it runs
 * below the building's top. Exact to the footprints, so the blocking point lies on a real wall or roof.
 */
import type { LocalPoint } from './LocalPoint.ts';
import type { Obstacle } from './Obstacle.ts';

/** Result of {@link lineOfSight}. */
export interface LineOfSightResult {
  /** True when no building blocks the sight line. */
  visible: boolean;
  /** Length of the sight line (3D), m. */
  lengthM: number;
  /** First point where the sight line enters a building (absent when visible). */
  blockedAt?: LocalPoint;
  /** Fraction (0–1) along the line from `from` to the blocking point. */
  blockedT?: number;
  /** Id of the blocking building. */
  blockedBy?: string;
}

/** Options of {@link lineOfSight}. */
export interface LineOfSightOptions {
  /**
   * Obstructions closer than this to either end are ignored, m (default 1): a point picked on a
   * wall or roof sits on its building's surface and must not be blocked by it.
   */
  endToleranceM?: number;
}

/** Parameters (0–1) along a→b where it crosses a ring edge. */
function crossings(ax: number, ay: number, dx: number, dy: number, o: Obstacle, out: number[]): void {
  for (const rings of o.parts) {
    for (const r of rings) {
      for (let i = 0; i + 3 < r.length; i += 2) {
        const px = r[i]!, py = r[i + 1]!, ex = r[i + 2]! - px, ey = r[i + 3]! - py;
        const den = dx * ey - dy * ex;
        if (den === 0) continue;
        const t = ((px - ax) * ey - (py - ay) * ex) / den;
        const u = ((px - ax) * dy - (py - ay) * dx) / den;
        if (t >= 0 && t <= 1 && u >= 0 && u < 1) out.push(t);
      }
    }
  }
}

function inside(x: number, y: number, o: Obstacle): boolean {
  let isIn = false;
  for (const rings of o.parts) {
    for (const r of rings) {
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        const yi = r[i + 1]!, yj = r[j + 1]!;
        if (yi > y !== yj > y && x < ((r[j]! - r[i]!) * (y - yi)) / (yj - yi) + r[i]!) isIn = !isIn;
      }
    }
  }
  return isIn;
}

/** Whether `from` sees `to` over `obstacles` (heights above flat ground), and where it is blocked first. */
export function lineOfSight(obstacles: readonly Obstacle[], from: LocalPoint, to: LocalPoint, options: LineOfSightOptions = {}): LineOfSightResult {
  const dx = to.x - from.x, dy = to.y - from.y, dz = to.z - from.z;
  const horizontal = Math.hypot(dx, dy);
  const lengthM = Math.hypot(horizontal, dz);
  const tol = horizontal > 0 ? (options.endToleranceM ?? 1) / horizontal : 1;
  const minX = Math.min(from.x, to.x), maxX = Math.max(from.x, to.x), minY = Math.min(from.y, to.y), maxY = Math.max(from.y, to.y);
  let best: { t: number; id: string } | undefined;
  const ts: number[] = [];
  for (const o of obstacles) {
    if (o.maxX < minX || o.minX > maxX || o.maxY < minY || o.minY > maxY) continue;
    ts.length = 0;
    crossings(from.x, from.y, dx, dy, o, ts);
    ts.sort((a, b) => a - b);
    let isIn = inside(from.x, from.y, o);
    let start = 0;
    const bounds = [...ts, 1];
    for (const end of bounds) {
      if (isIn && end > start) {
        // Inside the footprint on [start, end]: keep the part away from the ends.
        const t0 = Math.max(start, tol), t1 = Math.min(end, 1 - tol);
        if (t0 < t1) {
          const z0 = from.z + dz * t0, z1 = from.z + dz * t1;
          let hit: number | undefined;
          if (z0 < o.heightM) hit = t0;
          else if (z1 < o.heightM) hit = (o.heightM - from.z) / dz;
          if (hit !== undefined && (!best || hit < best.t)) best = { t: hit, id: o.id };
        }
      }
      isIn = !isIn;
      start = end;
    }
  }
  if (!best) return { visible: true, lengthM };
  const t = best.t;
  return {
    visible: false, lengthM, blockedT: t, blockedBy: best.id,
    blockedAt: { x: from.x + dx * t, y: from.y + dy * t, z: from.z + dz * t },
  };
}
