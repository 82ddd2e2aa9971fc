/**
 * Viewshed over a {@link HeightRaster}: rays from the observer to every cell on the border of the
 * square around the radius (so every cell in the circle is crossed by at least one ray), each ray
 * walked cell by cell keeping the steepest slope seen so far. A cell is visible when the slope to
 * its top (roof or ground) is at least that steepest slope — which also counts a building as seen
 * when only part of its wall shows. Cost: O(radius²/cell²), ~2 M cell steps at 1 km with 2 m cells.
 */
import type { HeightRaster } from './HeightRaster.ts';
import type { LocalPoint } from './LocalPoint.ts';

/** Cell states in {@link ViewshedResult.cells}. */
export const CELL_OUTSIDE = 0;
/** A cell inside the radius that the observer cannot see. */
export const CELL_HIDDEN = 1;
/** A cell inside the radius that the observer sees (its ground or its roof). */
export const CELL_VISIBLE = 2;

/** Result of {@link viewshed}: a square window of cells centred on the observer's cell. */
export interface ViewshedResult {
  /** Window size in cells (square: `size × size`), row-major from the lower-left (south-west) cell. */
  size: number;
  /** Lower-left corner of the window, m in the raster's frame. */
  minX: number;
  minY: number;
  /** Cell edge, m (the raster's). */
  cellSizeM: number;
  /** {@link CELL_OUTSIDE} | {@link CELL_HIDDEN} | {@link CELL_VISIBLE} per window cell. */
  cells: Uint8Array;
  /** Cells inside the radius, and those visible. */
  totalCells: number;
  visibleCells: number;
  /** visibleCells / totalCells (0–1). */
  visibleFraction: number;
  /** Indices (into the raster's obstacles) of buildings with at least one cell in the radius. */
  buildingsInRange: number[];
  /** Those of them the observer sees (roof or part of a wall). */
  buildingsVisible: number[];
}

/**
 * Computes what an eye at `observer` (`z`: eye height above the ground, m) sees within `radiusM`
 * (m) over `raster`. Cells outside the raster count as open ground.
 */
export function viewshed(raster: HeightRaster, observer: LocalPoint, radiusM: number): ViewshedResult {
  if (!(radiusM > 0)) throw new Error(`radiusM must be > 0, got ${radiusM}`);
  const cs = raster.cellSizeM;
  const half = Math.ceil(radiusM / cs);
  const size = 2 * half + 1;
  const oc = raster.col(observer.x), or = raster.row(observer.y);
  const minX = raster.minX + (oc - half) * cs, minY = raster.minY + (or - half) * cs;
  const cells = new Uint8Array(size * size);
  const { heights, owners, cols, rows } = raster;
  const r2 = radiusM * radiusM;

  const ray = (ex: number, ey: number) => {
    const steps = Math.max(Math.abs(ex), Math.abs(ey));
    let maxSlope = -Infinity;
    for (let k = 1; k <= steps; k++) {
      const wx = half + Math.round((ex * k) / steps), wy = half + Math.round((ey * k) / steps);
      const dxm = minX + (wx + 0.5) * cs - observer.x, dym = minY + (wy + 0.5) * cs - observer.y;
      const d2 = dxm * dxm + dym * dym;
      if (d2 > r2) break;
      const c = oc - half + wx, r = or - half + wy;
      const top = c >= 0 && r >= 0 && c < cols && r < rows ? heights[r * cols + c]! : 0;
      const slope = (top - observer.z) / Math.sqrt(d2);
      const w = wy * size + wx;
      if (slope >= maxSlope) {
        cells[w] = CELL_VISIBLE;
        maxSlope = slope;
      } else if (cells[w] === CELL_OUTSIDE) cells[w] = CELL_HIDDEN;
    }
  };
  for (let e = -half; e <= half; e++) {
    ray(e, -half);
    ray(e, half);
    if (e !== -half && e !== half) {
      ray(-half, e);
      ray(half, e);
    }
  }
  cells[half * size + half] = CELL_VISIBLE;

  let totalCells = 0, visibleCells = 0;
  const inRange = new Set<number>(), seen = new Set<number>();
  for (let wy = 0; wy < size; wy++) {
    for (let wx = 0; wx < size; wx++) {
      const dxm = minX + (wx + 0.5) * cs - observer.x, dym = minY + (wy + 0.5) * cs - observer.y;
      const w = wy * size + wx;
      if (dxm * dxm + dym * dym > r2) {
        cells[w] = CELL_OUTSIDE;
        continue;
      }
      // Rounding may leave a rare cell unvisited: it takes its inward neighbour's state.
      if (cells[w] === CELL_OUTSIDE) cells[w] = cells[(wy + Math.sign(half - wy)) * size + wx + Math.sign(half - wx)] || CELL_HIDDEN;
      totalCells++;
      const c = oc - half + wx, r = or - half + wy;
      const owner = c >= 0 && r >= 0 && c < cols && r < rows ? owners[r * cols + c]! : -1;
      if (owner >= 0) inRange.add(owner);
      if (cells[w] === CELL_VISIBLE) {
        visibleCells++;
        if (owner >= 0) seen.add(owner);
      }
    }
  }
  return {
    size, minX, minY, cellSizeM: cs, cells, totalCells, visibleCells,
    visibleFraction: totalCells ? visibleCells / totalCells : 0,
    buildingsInRange: [...inRange].sort((a, b) => a - b),
    buildingsVisible: [...seen].sort((a, b) => a - b),
  };
}
