/**
 * Test fixture: box-shaped buildings in a local metre frame (no projection needed) — a square
 * footprint from (x0, y0) to (x1, y1) with a flat top at `heightM`.
 */
import type { Obstacle } from '../../../../src/planning/analysis/Obstacle.ts';

/** A rectangular building; `hole` cuts a courtyard (x0, y0, x1, y1) out of it. */
export function box(id: string, x0: number, y0: number, x1: number, y1: number, heightM: number, hole?: [number, number, number, number]): Obstacle {
  const outer = Float64Array.from([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0]);
  const rings = [outer];
  if (hole) {
    const [a, b, c, d] = hole;
    rings.push(Float64Array.from([a, b, a, d, c, d, c, b, a, b]));
  }
  return { id, heightM, parts: [rings], minX: x0, minY: y0, maxX: x1, maxY: y1, area: (x1 - x0) * (y1 - y0), cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}
