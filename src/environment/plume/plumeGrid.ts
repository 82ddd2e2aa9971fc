/**
 * Ground-level concentration field (µg/m³) of many Gaussian plumes over a {@link SurfaceGrid}, summed
 * cell by cell. Each source has its own wind and stability class. Cells upwind, beyond `maxDistanceM`
 * downwind, or more than 4 σy off the centreline (< e⁻⁸ of the centreline value) are skipped with a
 * test that needs no square root, so only cells inside a plume pay for the exponentials.
 */
import { cellLat, cellLon, METRES_PER_DEGREE_LAT, metresPerDegreeLon, type SurfaceGrid } from '../surface/SurfaceGrid.ts';
import { dispersionCurves, sigmaAt, windAtHeight, type DispersionTerrain } from './dispersionCoefficients.ts';
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

  for (const run of runs) {
    const { source } = run;
    if (!(source.emissionGps > 0)) continue;
    const sx = (source.lon - grid.west) * mLon;
    const sy = (source.lat - grid.south) * METRES_PER_DEGREE_LAT;
    const { east: ex, north: ey } = downwindVector(run.windFromDeg);
    const curves = dispersionCurves(run.stability, terrain);
    const ay = curves.y.a;
    const by = curves.y.b;
    const u = windAtHeight(run.windSpeedMs, source.heightM, run.stability, terrain);
    const q = (source.emissionGps * 1e6) / (2 * Math.PI * u); // µg/s per (m/s): C = q / (σy σz) · …
    const h2 = source.heightM * source.heightM;
    const reject = 16 * ay * ay; // y² (1 + b x) > 16 a² x²  ⇔  |y| > 4 σy
    for (let r = 0; r < grid.rows; r++) {
      const ry = cy[r]! - sy;
      const base = r * grid.cols;
      for (let c = 0; c < grid.cols; c++) {
        const rx = cx[c]! - sx;
        let x = rx * ex + ry * ey;
        if (x <= 0 || x > maxX) continue;
        const y = rx * ey - ry * ex;
        if (x < minX) x = minX;
        const y2 = y * y;
        const onePlusBx = 1 + by * x;
        if (y2 * onePlusBx > reject * x * x) continue;
        const sigY2 = (ay * ay * x * x) / onePlusBx;
        const sigZ = sigmaAt(curves.z, x);
        const sigZ2 = sigZ * sigZ;
        out[base + c] += (q / (Math.sqrt(sigY2) * sigZ)) * Math.exp(-y2 / (2 * sigY2)) * 2 * Math.exp(-h2 / (2 * sigZ2));
      }
    }
  }
  return out;
}
