/** Messages between the main thread and the surface worker ({@link ./surfaceWorker.ts}). */
import type { Variogram } from './kriging.ts';
import type { SurfaceGrid } from './SurfaceGrid.ts';

/** Interpolation method: inverse-distance weighting or ordinary kriging (with its uncertainty). */
export type SurfaceMethod = 'idw' | 'kriging';

/** Asks the worker to interpolate one surface. */
export interface SurfaceRequest {
  /** Echoed back, so a late answer to an older request can be told apart. */
  readonly id: number;
  readonly grid: SurfaceGrid;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly value: Float64Array;
  /** IDW power; default 2. */
  readonly power?: number;
  /** Default `idw`. */
  readonly method?: SurfaceMethod;
}

/** The worker's answer: the field (transferred) and how long the interpolation took. */
export interface SurfaceResponse {
  readonly id: number;
  readonly grid: SurfaceGrid;
  readonly field: Float32Array;
  readonly min: number;
  readonly max: number;
  /** Interpolation time inside the worker, milliseconds. */
  readonly computeMs: number;
  readonly method: SurfaceMethod;
  /** Kriging only: standard deviation per cell (value units). */
  readonly stddev?: Float32Array;
  /** Kriging only: the fitted variogram. */
  readonly variogram?: Variogram;
}
