/**
 * The nowcast's error on past data: rolling-origin evaluation — every past hour with a value is an
 * origin, the forecast uses only data up to it, and is compared with what was then measured.
 * Reports the mean absolute error per horizon, next to plain persistence's as a baseline.
 */
import { forecastFrom, HORIZONS } from './diurnalPersistence.ts';
import { toHourMap, type HourlyValue } from './hourlySeries.ts';

/** Error of one horizon. */
export interface HorizonError {
  horizon: number;
  /** Mean absolute error of the method, in the series' unit (null when no pair could be scored). */
  mae: number | null;
  /** Mean absolute error of persistence (F = latest value) on the same pairs. */
  persistenceMae: number | null;
  /** Forecast/actual pairs scored. */
  n: number;
}

/** MAE per horizon over every origin in `series`. `damping` as in {@link forecastFrom}. */
export function backtest(series: readonly HourlyValue[], options: { damping?: number; horizons?: readonly number[]; utcOffsetHours?: number } = {}): HorizonError[] {
  const map = toHourMap(series);
  const horizons = options.horizons ?? HORIZONS;
  const err = horizons.map(() => ({ sum: 0, base: 0, n: 0 }));
  for (const { hour } of series) {
    const forecasts = forecastFrom(series, hour, options);
    if (!forecasts) continue;
    const y0 = map.get(hour)!;
    forecasts.forEach((f, i) => {
      const actual = map.get(f.hour);
      if (actual === undefined) return;
      err[i].sum += Math.abs(f.value - actual);
      err[i].base += Math.abs(y0 - actual);
      err[i].n++;
    });
  }
  return horizons.map((h, i) => ({
    horizon: h,
    mae: err[i].n ? err[i].sum / err[i].n : null,
    persistenceMae: err[i].n ? err[i].base / err[i].n : null,
    n: err[i].n,
  }));
}
