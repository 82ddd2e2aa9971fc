/**
 * What a station shows at a time t: the latest value of every quantity, the AQI inputs (PM as
 * NowCast of the 12 hourly means ending at t, the gases as the 1-hour mean ending at t) and the
 * hourly VN_AQI from them (`aqiHourly`). Live mode is simply t = now.
 */
import { aqiHourly, nowcast, NOWCAST_HOURS, type AqiResult, type HourlyInput, type Pollutant } from '../../aqi.ts';
import { HOUR_MS } from '../../replay/ObservationSeries.ts';
import { AQI_POLLUTANTS, QUANTITIES, type Quantity, type Station } from './Station.ts';
import type { StationHistory } from './StationHistory.ts';

/** A latest value is shown only if it is at most this old (ms): 2 h. */
export const LATEST_MAX_AGE_MS = 2 * HOUR_MS;

/** A station's state at one time. */
export interface StationReading {
  readonly station: Station;
  /** The time it describes, epoch ms. */
  readonly time: number;
  /** Latest value (≤ 2 h old) per quantity, in the Datastream's unit. */
  readonly latest: Partial<Record<Quantity, { time: number; value: number }>>;
  /** The AQI inputs, µg/m³ (NowCast for PM, 1-hour mean for gases); null where not computable. */
  readonly aqiInput: Partial<Record<Pollutant, number | null>>;
  /** Hourly VN_AQI. */
  readonly aqi: AqiResult;
}

/** The reading of `station` at `timeMs` from `history`. */
export function stationReading(station: Station, history: StationHistory, timeMs: number): StationReading {
  const latest: Partial<Record<Quantity, { time: number; value: number }>> = {};
  for (const q of QUANTITIES) {
    const ds = station.datastreams[q];
    if (!ds) continue;
    const v = history.of(ds.id).latestAt(timeMs, LATEST_MAX_AGE_MS);
    if (v) latest[q] = v;
  }
  const aqiInput: Partial<Record<Pollutant, number | null>> = {};
  for (const p of AQI_POLLUTANTS) {
    const ds = station.datastreams[p];
    if (!ds) continue;
    const series = history.of(ds.id);
    if (p === 'pm25' || p === 'pm10') aqiInput[p] = nowcast(series.hourlyMeans(timeMs, NOWCAST_HOURS));
    else aqiInput[p] = series.hourlyMeans(timeMs, 1)[0] ?? null;
  }
  return { station, time: timeMs, latest, aqiInput, aqi: aqiHourly(aqiInput as HourlyInput) };
}

/**
 * Hourly overall AQI of a station for each of the `hours` hours ending at `timeMs`, oldest first
 * (null where no AQI can be given): the data of the station card's sparkline.
 */
export function hourlyAqiSeries(station: Station, history: StationHistory, timeMs: number, hours = 24): (number | null)[] {
  const out: (number | null)[] = [];
  for (let k = hours - 1; k >= 0; k--) out.push(stationReading(station, history, timeMs - k * HOUR_MS).aqi.overall?.aqi ?? null);
  return out;
}
