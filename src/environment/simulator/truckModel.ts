/**
 * A waste-collection truck driving its street route back and forth during working hours
 * (05:00–21:00 local, parked at the route start otherwise), and its load filling up along the way
 * and emptying at the end of each run.
 */
import { uniform } from './deterministicNoise.ts';
import { hueHourOfDay } from './localTime.ts';
import type { WasteTruck } from './simulatedNetwork.ts';

/** Average driving speed including stops at bins. Default: 3 m/s. */
export const TRUCK_SPEED_M_S = 3;

/** Where a truck is and how full it is. */
export interface TruckReading {
  /** GeoJSON Point [lon, lat]. */
  position: { type: 'Point'; coordinates: [number, number] };
  /** Load, % (0–100). */
  fill_level: number;
}

function segmentLength(a: [number, number], b: [number, number]): number {
  const mPerDegLon = 111_320 * Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((b[0] - a[0]) * mPerDegLon, (b[1] - a[1]) * 110_574);
}

/** Length of a route, metres. */
export function routeLength(route: ReadonlyArray<[number, number]>): number {
  let total = 0;
  for (let i = 1; i < route.length; i++) total += segmentLength(route[i - 1], route[i]);
  return total;
}

/** The point `distance` metres along `route` (clamped to its ends). */
export function pointAlong(route: ReadonlyArray<[number, number]>, distance: number): [number, number] {
  let left = Math.max(0, distance);
  for (let i = 1; i < route.length; i++) {
    const len = segmentLength(route[i - 1], route[i]);
    if (left <= len && len > 0) {
      const f = left / len;
      const [a, b] = [route[i - 1], route[i]];
      return [Number((a[0] + (b[0] - a[0]) * f).toFixed(6)), Number((a[1] + (b[1] - a[1]) * f).toFixed(6))];
    }
    left -= len;
  }
  return route[route.length - 1];
}

/** The truck's position and load at `tMs` (Unix ms) for `seed`. */
export function truckReading(seed: number, truck: WasteTruck, tMs: number): TruckReading {
  const hour = hueHourOfDay(tMs);
  const length = routeLength(truck.route);
  if (hour < 5 || hour >= 21) return { position: { type: 'Point', coordinates: truck.route[0] }, fill_level: 0 };
  const offset = uniform(seed, `${truck.code}:offset`, 0) * 2 * length;
  const travelled = (tMs / 1000) * TRUCK_SPEED_M_S + offset;
  const lap = travelled % (2 * length);
  const along = lap <= length ? lap : 2 * length - lap;
  return { position: { type: 'Point', coordinates: pointAlong(truck.route, along) }, fill_level: Number(((lap / (2 * length)) * 95).toFixed(1)) };
}
