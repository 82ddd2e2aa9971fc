/**
 * Ground-level concentration field (µg/m³) of many Gaussian plumes over a {@link SurfaceGrid}, summed
 * cell by cell. Each source has its own wind and stability class. Cells upwind, beyond `maxDistanceM`
 * downwind, or more than 4 σy off the centreline (< e⁻⁸ of the centreline value) are skipped with a
 * test that needs no square root, so only cells inside a plume pay for the exponentials.
 */
import { cellLat, cellLon, METRES_PER_DEGREE_LAT, metresPerDegreeLon, type SurfaceGrid } from '../surface/SurfaceGrid.ts';
import { dispersionCurves, sigmaAt, windAtHeight, type DispersionTerrain, type SigmaCurve } from './dispersionCoefficients.ts';
import type { EmissionSource } from './EmissionSource.ts';
import { downwindVector } from './gaussianPlume.ts';
import type { StabilityClass } from './stabilityClass.ts';

/** One source with the weather its plume is computed for. */
export interface PlumeRun {
  readonly source: EmissionSource;
  /** Wind speed at 10 m, m/s. */
  readonly windSpeedMs: number;
  /** Direction the wind comes from, degrees clockwise from north. */
  readonly windFromDeg: number;
  readonly stability: StabilityClass;
}

/** Options of {@link plumeGrid}. */
export interface PlumeGridOptions {
  /** Dispersion curves; default `urban`. */
  terrain?: DispersionTerrain;
  /** Cells farther downwind are left out, metres; default 20,000. */
  maxDistanceM?: number;
  /** Downwind distances below this are evaluated at it (the source's own cell), metres; default 50. */
  minDistanceM?: number;
  /** Output to add into (length cols × rows); a new zeroed array when absent. */
  out?: Float32Array;
}

/** Sums the ground-level concentration (µg/m³) of every run over `grid`. */
export function plumeGrid(grid: SurfaceGrid, runs: readonly PlumeRun[], options: PlumeGridOptions = {}): Float32Array {
  const n = grid.cols * grid.rows;
  const out = options.out ?? new Float32Array(n);
  if (out.length !== n) throw new RangeError(`plumeGrid: out has ${out.length} cells, grid has ${n}`);
  const terrain = options.terrain ?? 'urban';
  const maxX = options.maxDistanceM ?? 20_000;
  const minX = options.minDistanceM ?? 50;

  const mLon = metresPerDegreeLon((grid.south + grid.north) / 2);
  const cx = new Float64Array(grid.cols);
  for (let c = 0; c < grid.cols; c++) cx[c] = (cellLon(grid, c) - grid.west) * mLon;
  const cy = new Float64Array(grid.rows);
  for (let r = 0; r < grid.rows; r++) cy[r] = (cellLat(grid, r) - grid.south) * METRES_PER_DEGREE_LAT;

  const dxCell = grid.cols > 1 ? cx[1]! - cx[0]! : 1;
  for (const run of runs) {
    const { source } = run;
    if (!(source.emissionGps > 0)) continue;
    const sx = (source.lon - grid.west) * mLon;
    const sy = (source.lat - grid.south) * METRES_PER_DEGREE_LAT;
    const { east: ex, north: ey } = downwindVector(run.windFromDeg);
    const curves = dispersionCurves(run.stability, terrain);
    const ay = curves.y.a;
    const by = curves.y.b;
    const sigmaZ = sigmaFunction(curves.z);
    const u = windAtHeight(run.windSpeedMs, source.heightM, run.stability, terrain);
    const q = (source.emissionGps * 1e6) / (2 * Math.PI * u); // µg/s per (m/s): C = q / (σy σz) · …
    const h2 = source.heightM * source.heightM;
    const reject = 16 * ay * ay; // y² (1 + b x) > 16 a² x²  ⇔  |y| > 4 σy
    // Cells near the source are evaluated at minX, where 4 σy can reach past the wedge |y| < 4 a x.
    const nearMargin = Math.ceil((4 * ay * minX) / dxCell) + 1;
    const x0 = cx[0]! - sx;
    for (let r = 0; r < grid.rows; r++) {
      const ry = cy[r]! - sy;
      const span = wedgeColumns(x0, dxCell, grid.cols, ry, ex, ey, 4 * ay, maxX, nearMargin);
      if (!span) continue;
      const base = r * grid.cols;
      for (let c = span[0]; c <= span[1]; c++) {
        const rx = cx[c]! - sx;
        let x = rx * ex + ry * ey;
        if (x <= 0 || x > maxX) continue;
        const y = rx * ey - ry * ex;
        if (x < minX) x = minX;
        const y2 = y * y;
        const onePlusBx = 1 + by * x;
        if (y2 * onePlusBx > reject * x * x) continue;
        const sigY2 = (ay * ay * x * x) / onePlusBx;
        const sigZ = sigmaZ(x);
        out[base + c] += (q / (Math.sqrt(sigY2) * sigZ)) * Math.exp(-y2 / (2 * sigY2) - h2 / (2 * sigZ * sigZ)) * 2;
      }
    }
  }
  return out;
}

/** σ(x) of a curve without a general power for the exponents Briggs uses (−1, −½, 0, ½). */
function sigmaFunction(curve: SigmaCurve): (x: number) => number {
  const { a, b, c } = curve;
  if (c === 0) return (x) => a * x;
  if (c === -0.5) return (x) => (a * x) / Math.sqrt(1 + b * x);
  if (c === 0.5) return (x) => a * x * Math.sqrt(1 + b * x);
  if (c === -1) return (x) => (a * x) / (1 + b * x);
  return (x) => sigmaAt(curve, x);
}

/**
 * Columns of one row that can lie in a plume: the cells with 0 < x ≤ maxX downwind and |y| < k·x
 * crosswind (k = 4a ≥ 4σy/x), widened by `margin` cells; undefined when none. Each condition is
 * linear in the cell's offset rx = x0 + c·dxCell from the source, so the set is one interval.
 */
function wedgeColumns(x0: number, dxCell: number, cols: number, ry: number, ex: number, ey: number, k: number, maxX: number, margin: number): [number, number] | undefined {
  let lo = -Infinity;
  let hi = Infinity;
  // A·rx < B for: −X < 0, X ≤ maxX, Y − kX < 0, −Y − kX < 0 (X = rx·ex + ry·ey, Y = rx·ey − ry·ex).
  const bounds: [number, number][] = [
    [-ex, ry * ey],
    [ex, maxX - ry * ey],
    [ey - k * ex, ry * ex + k * ry * ey],
    [-ey - k * ex, -ry * ex + k * ry * ey],
  ];
  for (const [A, B] of bounds) {
    if (A > 1e-12) hi = Math.min(hi, B / A);
    else if (A < -1e-12) lo = Math.max(lo, B / A);
    else if (B <= 0 && margin === 0) return undefined;
  }
  if (lo > hi && margin === 0) return undefined;
  const first = lo === -Infinity ? 0 : Math.ceil((lo - x0) / dxCell) - margin;
  const last = hi === Infinity ? cols - 1 : Math.floor((hi - x0) / dxCell) + margin;
  if (lo > hi) {
    // Empty wedge on this row: only the near-source margin around the source column can matter.
    const centre = Math.round(-x0 / dxCell);
    const a = Math.max(0, centre - margin);
    const b = Math.min(cols - 1, centre + margin);
    return a <= b ? [a, b] : undefined;
  }
  const a = Math.max(0, first);
  const b = Math.min(cols - 1, last);
  return a <= b ? [a, b] : undefined;
}
