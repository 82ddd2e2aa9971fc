/**
 * The values a surface interpolates: per station the overall hourly AQI, or a pollutant's AQI input
 * (NowCast µg/m³ for PM, 1-hour mean for gases). Stations without a value are left out.
 */
import type { SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { StationReading } from '../stations/stationReading.ts';

/** Parallel arrays of station longitude/latitude (degrees) and value. */
export interface SurfaceSamples {
  lon: Float64Array;
  lat: Float64Array;
  value: Float64Array;
}

/** Samples of `quantity` from station readings. */
export function surfaceSamples(readings: readonly StationReading[], quantity: SurfaceQuantity): SurfaceSamples {
  const lon: number[] = [];
  const lat: number[] = [];
  const value: number[] = [];
  for (const r of readings) {
    const v = quantity === 'aqi' ? r.aqi.overall?.aqi : r.aqiInput[quantity];
    if (v === undefined || v === null || !Number.isFinite(v)) continue;
    lon.push(r.station.lon);
    lat.push(r.station.lat);
    value.push(v);
  }
  return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), value: Float64Array.from(value) };
}
