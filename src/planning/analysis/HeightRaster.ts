/**
 * A 2.5D raster of building heights over a rectangle of a local metre frame: each cell holds the
 * height of the tallest footprint covering the cell's centre (0 = open ground) and the index of that
 * building. Viewshed and sun-hours march over it: a ray test costs one array read per cell.
 */
import type { Obstacle } from './Obstacle.ts';

/** The rectangle a raster covers, m in the local frame. */
export interface RasterBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Heights (m) and owning building per cell, row-major from (minX, minY). */
export class HeightRaster {
  /** Height of the top in each cell, m (0 = ground). */
  readonly heights: Float32Array;
  /** Index into the obstacle list of the building in each cell, -1 for ground. */
  readonly owners: Int32Array;
  /** Tallest cell, m. */
  maxHeightM = 0;

  private constructor(
    /** Lower-left corner of cell (0, 0), m. */
    readonly minX: number,
    readonly minY: number,
    /** Cell edge, m. */
    readonly cellSizeM: number,
    readonly cols: number,
    readonly rows: number,
  ) {
    this.heights = new Float32Array(cols * rows);
    this.owners = new Int32Array(cols * rows).fill(-1);
  }

  /**
   * Rasterises `obstacles` over `bounds` with square cells of `cellSizeM` (default 2 m): a scanline
   * fill of every footprint (even–odd over all rings, so holes and multipolygons work).
   */
  static fromObstacles(obstacles: readonly Obstacle[], bounds: RasterBounds, cellSizeM = 2): HeightRaster {
    if (!(cellSizeM > 0)) throw new Error(`cellSizeM must be > 0, got ${cellSizeM}`);
    const cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / cellSizeM));
    const rows = Math.max(1, Math.ceil((bounds.maxY - bounds.minY) / cellSizeM));
    const raster = new HeightRaster(bounds.minX, bounds.minY, cellSizeM, cols, rows);
    const crossings: number[] = [];
    obstacles.forEach((o, index) => {
      if (o.maxX < bounds.minX || o.minX > bounds.maxX || o.maxY < bounds.minY || o.minY > bounds.maxY) return;
      const r0 = Math.max(0, Math.floor((o.minY - bounds.minY) / cellSizeM - 0.5));
      const r1 = Math.min(rows - 1, Math.ceil((o.maxY - bounds.minY) / cellSizeM - 0.5));
      for (let row = r0; row <= r1; row++) {
        const y = bounds.minY + (row + 0.5) * cellSizeM;
        crossings.length = 0;
        for (const rings of o.parts) {
          for (const r of rings) {
            for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
              const yi = r[i + 1]!, yj = r[j + 1]!;
              if (yi > y !== yj > y) crossings.push(r[i]! + ((y - yi) * (r[j]! - r[i]!)) / (yj - yi));
            }
          }
        }
        if (crossings.length < 2) continue;
        crossings.sort((a, b) => a - b);
        for (let k = 0; k + 1 < crossings.length; k += 2) {
          const c0 = Math.max(0, Math.ceil((crossings[k]! - bounds.minX) / cellSizeM - 0.5));
          const c1 = Math.min(cols - 1, Math.floor((crossings[k + 1]! - bounds.minX) / cellSizeM - 0.5));
          for (let col = c0; col <= c1; col++) {
            const cell = row * cols + col;
            if (o.heightM > raster.heights[cell]!) {
              raster.heights[cell] = o.heightM;
              raster.owners[cell] = index;
            }
          }
        }
      }
      if (o.heightM > raster.maxHeightM) raster.maxHeightM = o.heightM;
    });
    return raster;
  }

  /** Column of an x (m), possibly outside [0, cols). */
  col(x: number): number {
    return Math.floor((x - this.minX) / this.cellSizeM);
  }

  /** Row of a y (m), possibly outside [0, rows). */
  row(y: number): number {
    return Math.floor((y - this.minY) / this.cellSizeM);
  }

  /** Height at (x, y), m; 0 outside the raster. */
  heightAt(x: number, y: number): number {
    const c = this.col(x), r = this.row(y);
    return c < 0 || r < 0 || c >= this.cols || r >= this.rows ? 0 : this.heights[r * this.cols + c]!;
  }
}
