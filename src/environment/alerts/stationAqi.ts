/**
 * The hourly VN_AQI of a station from its Datastreams' hourly means (Decision 1459: PM2.5/PM10 as
 * NowCast of up to 12 hourly means, O3/NO2/SO2/CO as the current hour's mean).
 */
import { aqiHourly, nowcast, type AqiResult, type HourlyInput } from '../aqi.ts';
import { NOWCAST_HOURS } from '../aqi.ts';
import type { HourlyMeans } from './HourlyMeans.ts';

/** Pollutant quantities (Datastream `properties.quantity`) that enter the AQI. */
export const AQI_QUANTITIES = ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] as const;

/** Whether `quantity` enters the AQI. */
export function isAqiQuantity(quantity: string | null | undefined): quantity is (typeof AQI_QUANTITIES)[number] {
  return (AQI_QUANTITIES as readonly string[]).includes(quantity ?? '');
}

/** AQI^h at `tMs` of a station whose pollutant Datastreams are `datastreams` (quantity → id). */
export function stationAqi(means: HourlyMeans, datastreams: Partial<Record<(typeof AQI_QUANTITIES)[number], number>>, tMs: number): AqiResult {
  const input: Record<string, number | null> = {};
  for (const q of AQI_QUANTITIES) {
    const ds = datastreams[q];
    if (ds === undefined) continue;
    const series = means.newestFirst(ds, tMs, NOWCAST_HOURS);
    input[q] = q === 'pm25' || q === 'pm10' ? nowcast(series) : series[0];
  }
  return aqiHourly(input as HourlyInput);
}
