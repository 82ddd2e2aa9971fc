/**
 * The environment workspace's URL parameters (beside the shell's): `time` (replay time, ISO; absent =
 * live), `surface` (aqi | pm25 | … | off; default aqi), `opacity` (surface opacity in %, default 60),
 * `plume` (`off` hides the plumes; default on), `station` (Thing id of the open station card), `method` (`idw` default, or `kriging`: with an
 * uncertainty veil).
 */
import type { Pollutant } from '../aqi.ts';
import type { SurfaceMethod } from '../surface/surfaceMessages.ts';
import { isSurfaceQuantity, type SurfaceQuantity } from '../surface/SurfaceQuantity.ts';

/** Parsed environment parameters. */
export interface EnvironmentParams {
  /** Quantity of the surface; undefined = surface off. */
  surface: SurfaceQuantity | undefined;
  /** Surface opacity, 0–1. */
  opacity: number;
  plume: boolean;
  /** Thing id of the open station card. */
  station: number | undefined;
  /** Interpolation method of the surface. */
  method: SurfaceMethod;
}

/** Default surface opacity, percent. */
export const DEFAULT_OPACITY_PERCENT = 60;

/** Reads the environment parameters from the tool context's `params`. */
export function environmentParams(params: Record<string, string>): EnvironmentParams {
  const surface = params.surface === 'off' ? undefined : isSurfaceQuantity(params.surface) ? params.surface : 'aqi';
  const pct = Number(params.opacity);
  const opacity = (Number.isFinite(pct) && params.opacity !== undefined && params.opacity !== '' ? Math.min(100, Math.max(0, pct)) : DEFAULT_OPACITY_PERCENT) / 100;
  const station = Number(params.station);
  return {
    surface, opacity, plume: params.plume !== 'off', station: Number.isInteger(station) && station > 0 ? station : undefined,
    method: params.method === 'kriging' ? 'kriging' : 'idw',
  };
}

/** The pollutant of the plumes: the surface's pollutant, PM2.5 when the surface shows the AQI or is off. */
export function plumePollutant(params: EnvironmentParams): Pollutant {
  return params.surface && params.surface !== 'aqi' ? params.surface : 'pm25';
}
