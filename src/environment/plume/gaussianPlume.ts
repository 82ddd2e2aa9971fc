/**
 * Steady-state Gaussian plume with ground reflection (Turner 1970): the concentration at a point
 * `xM` metres downwind and `yM` metres crosswind of a source, at height `zM`:
 *
 *   C = Q / (2π u σy σz) · exp(−y² / 2σy²) · [exp(−(z − H)² / 2σz²) + exp(−(z + H)² / 2σz²)]
 *
 * Q in g/s, u (wind at release height) in m/s, σ and distances in metres → C in g/m³; we return
 * µg/m³. Zero upwind (x ≤ 0).
 */
import { dispersionCurves, sigmaAt, windAtHeight, type DispersionTerrain } from './dispersionCoefficients.ts';
import type { StabilityClass } from './stabilityClass.ts';

/** Inputs of {@link plumeConcentration}. */
export interface PlumePoint {
  /** Emission rate, g/s. */
  emissionGps: number;
  /** Effective release height H, metres. */
  heightM: number;
  /** Wind speed at 10 m, m/s (raised to the release height by the power law, at least 1 m/s). */
  windSpeedMs: number;
  stability: StabilityClass;
  /** Downwind distance, metres. */
  xM: number;
  /** Crosswind distance, metres. */
  yM: number;
  /** Receptor height, metres; default 0 (ground level). */
  zM?: number;
  /** Dispersion curves; default `urban`. */
  terrain?: DispersionTerrain;
}

/** Concentration in µg/m³ at one point of a source's plume; 0 upwind or for no emission. */
export function plumeConcentration(p: PlumePoint): number {
  if (!(p.xM > 0) || !(p.emissionGps > 0)) return 0;
  const terrain = p.terrain ?? 'urban';
  const curves = dispersionCurves(p.stability, terrain);
  const sy = sigmaAt(curves.y, p.xM);
  const sz = sigmaAt(curves.z, p.xM);
  const u = windAtHeight(p.windSpeedMs, p.heightM, p.stability, terrain);
  const z = p.zM ?? 0;
  const H = p.heightM;
  const lateral = Math.exp(-(p.yM * p.yM) / (2 * sy * sy));
  const vertical = Math.exp(-((z - H) ** 2) / (2 * sz * sz)) + Math.exp(-((z + H) ** 2) / (2 * sz * sz));
  return ((p.emissionGps / (2 * Math.PI * u * sy * sz)) * lateral * vertical) * 1e6;
}

/**
 * Unit vector (east, north) the wind blows towards, from the meteorological direction it comes
 * from (degrees clockwise from north; 0 = from the north, blowing south).
 */
export function downwindVector(fromDirectionDeg: number): { east: number; north: number } {
  const rad = (fromDirectionDeg * Math.PI) / 180;
  return { east: -Math.sin(rad), north: -Math.cos(rad) };
}
