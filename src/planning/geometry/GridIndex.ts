/**
 * A uniform grid over bounding boxes (metres) for fast point and box look-ups: each cell lists the
 * items whose bbox touches it. Building it is O(items × cells per item); a query reads one cell.
 */

/** Something with a bounding box in metres. */
export interface Boxed {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Grid of item indices keyed by cell. */
export class GridIndex<T extends Boxed> {
  private readonly cells = new Map<number, number[]>();
  private static readonly SPAN = 1 << 20;

  /** `cellSize` in m (e.g. 250 m for zones, 50 m for parcels). */
  constructor(readonly items: readonly T[], readonly cellSize: number) {
    items.forEach((item, index) => {
      const x0 = this.cell(item.minX), x1 = this.cell(item.maxX), y0 = this.cell(item.minY), y1 = this.cell(item.maxY);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const key = this.key(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(index);
          else this.cells.set(key, [index]);
        }
      }
    });
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellSize);
  }

  private key(cx: number, cy: number): number {
    return (cx + GridIndex.SPAN / 2) * GridIndex.SPAN + (cy + GridIndex.SPAN / 2);
  }

  /** Indices of items whose bbox cell contains `(x, y)` (a superset of the items containing it). */
  at(x: number, y: number): readonly number[] {
    return this.cells.get(this.key(this.cell(x), this.cell(y))) ?? EMPTY;
  }

  /** Indices of items whose bbox may touch `box` (deduplicated, ascending). */
  near(box: Boxed): number[] {
    const x0 = this.cell(box.minX), x1 = this.cell(box.maxX), y0 = this.cell(box.minY), y1 = this.cell(box.maxY);
    if (x0 === x1 && y0 === y1) return this.at(box.minX, box.minY).slice();
    const seen = new Set<number>();
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) for (const i of this.cells.get(this.key(cx, cy)) ?? EMPTY) seen.add(i);
    return [...seen].sort((a, b) => a - b);
  }
}

const EMPTY: readonly number[] = [];
