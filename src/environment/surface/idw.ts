/**
 * Inverse-distance weighting (Shepard) over a {@link SurfaceGrid} with typed arrays: each cell gets
 * Σ wᵢ·vᵢ / Σ wᵢ with wᵢ = 1 / dᵢ^power, distances in local metres (equirectangular at the grid's
 * mid-latitude). A cell within `exactWithinM` of a sensor takes that sensor's value, so the surface
 * is exact at the stations and always within [min, max] of the sensor values.
 */
import { cellLat, cellLon, METRES_PER_DEGREE_LAT, metresPerDegreeLon, type SurfaceGrid } from './SurfaceGrid.ts';

/** Sensor values to interpolate: parallel arrays of longitude, latitude (degrees) and value. */
export interface IdwSamples {
  readonly lon: ArrayLike<number>;
  readonly lat: ArrayLike<number>;
  /** Values in any unit (the surface has the same unit). Non-finite values are skipped. */
  readonly value: ArrayLike<number>;
}

/** Options of {@link idwGrid}. */
export interface IdwOptions {
  /** Distance exponent; default 2. */
  power?: number;
  /** A cell centre closer than this to a sensor (metres) takes its value; default 1 m. */
  exactWithinM?: number;
  /** Output array to fill (length cols × rows); a new one when absent. */
  out?: Float32Array;
}

/**
 * Interpolates `samples` over `grid` (row-major from the north-west). Cells are NaN when no sample
 * has a finite value. @throws RangeError for a non-positive power or a wrongly sized `out`.
 */
export function idwGrid(grid: SurfaceGrid, samples: IdwSamples, options: IdwOptions = {}): Float32Array {
  const power = options.power ?? 2;
  if (!(power > 0)) throw new RangeError(`idwGrid: power must be > 0, got ${power}`);
  const n = grid.cols * grid.rows;
  const out = options.out ?? new Float32Array(n);
  if (out.length !== n) throw new RangeError(`idwGrid: out has ${out.length} cells, grid has ${n}`);
  const exact = options.exactWithinM ?? 1;
  const exact2 = exact * exact;

  // Sensors in local metres relative to the grid's south-west corner; non-finite values dropped.
  const midLat = (grid.south + grid.north) / 2;
  const mLon = metresPerDegreeLon(midLat);
  const count = Math.min(samples.lon.length, samples.lat.length, samples.value.length);
  const sx = new Float64Array(count);
  const sy = new Float64Array(count);
  const sv = new Float64Array(count);
  let m = 0;
  for (let i = 0; i < count; i++) {
    const v = samples.value[i]!;
    const lon = samples.lon[i]!;
    const lat = samples.lat[i]!;
    if (!Number.isFinite(v) || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    sx[m] = (lon - grid.west) * mLon;
    sy[m] = (lat - grid.south) * METRES_PER_DEGREE_LAT;
    sv[m] = v;
    m++;
  }
  if (m === 0) return out.fill(Number.NaN);

  // Per cell, a tight loop over the sensors with register accumulators; each sensor's dy² is
  // computed once per row and the cell centres' x once per grid.
  const halfPower = power / 2;
  const squared = power === 2;
  const cols = grid.cols;
  const cx = new Float64Array(cols);
  for (let col = 0; col < cols; col++) cx[col] = (cellLon(grid, col) - grid.west) * mLon;
  const dy2 = new Float64Array(m);
  for (let row = 0; row < grid.rows; row++) {
    const y = (cellLat(grid, row) - grid.south) * METRES_PER_DEGREE_LAT;
    for (let k = 0; k < m; k++) {
      const dy = y - sy[k]!;
      dy2[k] = dy * dy;
    }
    const base = row * cols;
    for (let col = 0; col < cols; col++) {
      const x = cx[col]!;
      let num = 0;
      let den = 0;
      let hit = -1;
      for (let k = 0; k < m; k++) {
        const dx = x - sx[k]!;
        const d2 = dx * dx + dy2[k]!;
        if (d2 <= exact2) {
          hit = k;
          break;
        }
        const w = squared ? 1 / d2 : 1 / d2 ** halfPower;
        num += w * sv[k]!;
        den += w;
      }
      out[base + col] = hit >= 0 ? sv[hit]! : num / den;
    }
  }
  return out;
}

/** Smallest and largest finite value of a field ({min: NaN, max: NaN} when there is none). */
export function fieldRange(field: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < field.length; i++) {
    const v = field[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : { min: Number.NaN, max: Number.NaN };
}
