/**
 * The wind a plume is computed with: for each source, the latest wind speed and direction of the
 * nearest station that reports both (readings at the shown time).
 */
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from '../../surface/SurfaceGrid.ts';
import type { StationReading } from './stationReading.ts';

/** A wind observation and where it came from. */
export interface WindObservation {
  /** 10-m wind speed, m/s. */
  readonly speedMs: number;
  /** Where the wind comes from, degrees clockwise from north. */
  readonly fromDeg: number;
  /** Station it was read at. */
  readonly stationId: number;
  /** Distance from the point to that station, metres. */
  readonly distanceM: number;
}

/** Wind at the station nearest to (lon, lat) that has both wind quantities; undefined when none has. */
export function nearestWind(readings: readonly StationReading[], lon: number, lat: number): WindObservation | undefined {
  const mLon = metresPerDegreeLon(lat);
  let best: WindObservation | undefined;
  for (const r of readings) {
    const speed = r.latest.wind_speed?.value;
    const dir = r.latest.wind_direction?.value;
    if (speed === undefined || dir === undefined) continue;
    const d = Math.hypot((r.station.lon - lon) * mLon, (r.station.lat - lat) * METRES_PER_DEGREE_LAT);
    if (!best || d < best.distanceM) best = { speedMs: speed, fromDeg: dir, stationId: r.station.id, distanceM: d };
  }
  return best;
}
