/**
 * Plume inputs at a shown time: each registered source that emits the pollutant, with the wind of
 * the nearest station reporting wind and the Pasquill–Gifford class for that wind and the sun at
 * the source; and the summed ground-level field over a 40,000-cell grid.
 */
import type { Pollutant } from '../../aqi.ts';
import { plumeGrid, type PlumeRun } from '../../plume/plumeGrid.ts';
import { stabilityAt } from '../../plume/stabilityClass.ts';
import { boundsAround, gridOver, type SurfaceGrid } from '../../surface/SurfaceGrid.ts';
import { sourcesFor, type RegisteredSource } from '../data/emissionSources.ts';
import { nearestWind } from '../stations/nearestWind.ts';
import type { StationReading } from '../stations/stationReading.ts';

/** Cells of the plume grid (the issue's benchmark size). */
export const PLUME_CELLS = 40_000;

/** Plumes at one time. */
export interface PlumeState {
  readonly runs: PlumeRun[];
  readonly grid: SurfaceGrid | undefined;
  /** Ground-level concentration added by the sources, µg/m³ (undefined without runs). */
  readonly field: Float32Array | undefined;
  /** Sources that emit the pollutant but had no wind to use. */
  readonly withoutWind: number;
}

/** The plume runs (sources with their wind and stability) for `pollutant` at `timeMs`. */
export function plumeRunsAt(readings: readonly StationReading[], sources: readonly RegisteredSource[], pollutant: Pollutant, timeMs: number, lang: 'vi' | 'en'): { runs: PlumeRun[]; withoutWind: number } {
  const runs: PlumeRun[] = [];
  let withoutWind = 0;
  for (const source of sourcesFor(sources, pollutant, lang)) {
    const wind = nearestWind(readings, source.lon, source.lat);
    if (!wind) {
      withoutWind++;
      continue;
    }
    runs.push({
      source, windSpeedMs: wind.speedMs, windFromDeg: wind.fromDeg,
      stability: stabilityAt(new Date(timeMs), source.lon, source.lat, wind.speedMs),
    });
  }
  return { runs, withoutWind };
}

/** The summed field of `runs` over a 40,000-cell grid around the sources and the stations (+5 km). */
export function plumeField(runs: PlumeRun[], withoutWind: number, readings: readonly StationReading[]): PlumeState {
  if (runs.length === 0) return { runs, grid: undefined, field: undefined, withoutWind };
  const bounds = boundsAround([...runs.map((r) => r.source), ...readings.map((r) => r.station)], 5000);
  const grid = gridOver(bounds!, PLUME_CELLS);
  return { runs, grid, field: plumeGrid(grid, runs), withoutWind };
}

/** A key that changes exactly when {@link plumeField} would give another field (sources, winds, classes). */
export function plumeKey(runs: readonly PlumeRun[], stations: number): string {
  return `${stations}|${runs.map((r) => `${r.source.id}:${r.source.emissionGps}:${r.windSpeedMs}:${r.windFromDeg}:${r.stability}`).join('|')}`;
}

/** Concentration (µg/m³) below which the plume overlay is transparent. */
export const PLUME_VISIBLE_FROM = 0.5;

/** Colour of a plume concentration: transparent below 0.5 µg/m³, then lilac → deep violet (log scale to 500 µg/m³). */
export function plumeColour(concentration: number): [number, number, number, number] | undefined {
  if (!(concentration >= PLUME_VISIBLE_FROM)) return undefined;
  const t = Math.min(1, Math.log10(concentration / PLUME_VISIBLE_FROM) / 3);
  return [Math.round(200 - 110 * t), Math.round(190 - 170 * t), Math.round(255 - 120 * t), Math.round(70 + 160 * t)];
}
