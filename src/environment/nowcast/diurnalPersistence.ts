/**
 * Nowcast method: damped anomaly persistence on a diurnal profile.
 *   F(t0 + h) = P(t0 + h) + φ^h · (y(t0) − P(t0))
 * P is the mean of the series at that local hour of day over the days before the origin, y(t0)
 * the latest hourly mean, φ the damping ({@link DEFAULT_DAMPING}). So the forecast starts from the
 * current value and relaxes towards the usual level for the hour (traffic peaks, night-time
 * accumulation). Where the profile lacks an hour, it falls back to plain persistence F = y(t0).
 */
import { hourOfDay, toHourMap, type HourlyValue } from './hourlySeries.ts';

/** Damping factor per hour of the anomaly. Default: 0.7. */
export const DEFAULT_DAMPING = 0.7;
/** Horizons forecast, hours. Default: 1, 2, 3. */
export const HORIZONS = [1, 2, 3] as const;

/** Mean value per local hour of day (index 0–23; null = no data) from values with hour < `before`. */
export function diurnalProfile(series: readonly HourlyValue[], before: number, utcOffsetHours = 7): Array<number | null> {
  const sum = new Array<number>(24).fill(0);
  const count = new Array<number>(24).fill(0);
  for (const v of series) {
    if (v.hour >= before) continue;
    const hod = hourOfDay(v.hour, utcOffsetHours);
    sum[hod] += v.value;
    count[hod]++;
  }
  return sum.map((s, i) => (count[i] > 0 ? s / count[i] : null));
}

/** One forecast value. */
export interface Forecast {
  /** Hours ahead of the origin. */
  horizon: number;
  /** Epoch hour forecast. */
  hour: number;
  value: number;
  /** `diurnal-persistence`, or `persistence` where the profile lacked an hour. */
  basis: 'diurnal-persistence' | 'persistence';
}

/**
 * Forecasts from the value at epoch hour `origin` (must be in the series). Uses only values
 * before `origin` for the profile, plus the origin value itself. Null when the origin has no value.
 */
export function forecastFrom(series: readonly HourlyValue[], origin: number, options: { damping?: number; horizons?: readonly number[]; utcOffsetHours?: number } = {}): Forecast[] | null {
  const map = toHourMap(series);
  const y0 = map.get(origin);
  if (y0 === undefined) return null;
  const damping = options.damping ?? DEFAULT_DAMPING;
  const offset = options.utcOffsetHours ?? 7;
  // The profile may use the origin's own day-earlier values but never the future.
  const profile = diurnalProfile(series, origin, offset);
  const p0 = profile[hourOfDay(origin, offset)];
  return (options.horizons ?? HORIZONS).map((h) => {
    const ph = profile[hourOfDay(origin + h, offset)];
    if (p0 === null || ph === null) return { horizon: h, hour: origin + h, value: y0, basis: 'persistence' as const };
    return { horizon: h, hour: origin + h, value: Math.max(0, ph + damping ** h * (y0 - p0)), basis: 'diurnal-persistence' as const };
  });
}
