/**
 * A uniform grid over planar segments, each with a clearance in metres: answers "does this segment
 * come closer than the clearance to any stored segment?" by visiting only nearby cells, so placing
 * tens of thousands of lots against streets, banks and walls is linear, not quadratic.
 */
import type { XY } from './LocalFrame.ts';
import { segmentDistance } from './planar.ts';

interface Entry {
  a: XY;
  b: XY;
  clearance: number;
  stamp: number;
  /** Bounding box grown by the clearance. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Spatial index of segments with clearances. */
export class SegmentGrid {
  private readonly cells = new Map<number, Entry[]>();
  private stamp = 0;
  private maxClearance = 0;

  /** `cellSize` in metres (default 50). */
  constructor(private readonly cellSize = 50) {}

  private key(ix: number, iy: number): number {
    return (ix + 32768) * 65536 + (iy + 32768);
  }

  /** Adds segment `a`–`b` that nothing may approach closer than `clearance` metres. */
  add(a: XY, b: XY, clearance: number): void {
    const entry: Entry = {
      a, b, clearance, stamp: 0,
      x0: Math.min(a[0], b[0]) - clearance, y0: Math.min(a[1], b[1]) - clearance,
      x1: Math.max(a[0], b[0]) + clearance, y1: Math.max(a[1], b[1]) + clearance,
    };
    this.maxClearance = Math.max(this.maxClearance, clearance);
    const s = this.cellSize;
    const x0 = Math.floor((Math.min(a[0], b[0]) - clearance) / s);
    const x1 = Math.floor((Math.max(a[0], b[0]) + clearance) / s);
    const y0 = Math.floor((Math.min(a[1], b[1]) - clearance) / s);
    const y1 = Math.floor((Math.max(a[1], b[1]) + clearance) / s);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const k = this.key(ix, iy);
        const list = this.cells.get(k);
        if (list) list.push(entry);
        else this.cells.set(k, [entry]);
      }
    }
  }

  /** Adds every edge of a polyline or ring. */
  addLine(points: readonly XY[], clearance: number): void {
    for (let i = 1; i < points.length; i++) this.add(points[i - 1]!, points[i]!, clearance);
  }

  /** Whether any edge of the closed ring `ring` comes within a stored segment's clearance. */
  ringConflicts(ring: readonly XY[]): boolean {
    const stamp = ++this.stamp;
    const s = this.cellSize;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    for (let ix = Math.floor(minX / s); ix <= Math.floor(maxX / s); ix++) {
      for (let iy = Math.floor(minY / s); iy <= Math.floor(maxY / s); iy++) {
        const list = this.cells.get(this.key(ix, iy));
        if (!list) continue;
        for (const e of list) {
          if (e.stamp === stamp) continue;
          e.stamp = stamp;
          if (e.x1 < minX || e.x0 > maxX || e.y1 < minY || e.y0 > maxY) continue;
          for (let i = 1; i < ring.length; i++) {
            if (segmentDistance(ring[i - 1]!, ring[i]!, e.a, e.b) < e.clearance) return true;
          }
        }
      }
    }
    return false;
  }
}
