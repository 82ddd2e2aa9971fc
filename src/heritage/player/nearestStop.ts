import type { PlayableStop } from './tourTypes.ts';

/** Mean Earth radius used by {@link haversineDistanceM}, in metres (IUGG). */
export const EARTH_RADIUS_M = 6_371_008.8;

/** A point in degrees. */
export interface LonLat {
  lonDeg: number;
  latDeg: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance between two points on a sphere of {@link EARTH_RADIUS_M}, in metres. */
export function haversineDistanceM(a: LonLat, b: LonLat): number {
  const dLat = rad(b.latDeg - a.latDeg);
  const dLon = rad(b.lonDeg - a.lonDeg);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latDeg)) * Math.cos(rad(b.latDeg)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from `a` to `b`, in degrees clockwise from north (0–360). */
export function bearingDeg(a: LonLat, b: LonLat): number {
  const y = Math.sin(rad(b.lonDeg - a.lonDeg)) * Math.cos(rad(b.latDeg));
  const x = Math.cos(rad(a.latDeg)) * Math.sin(rad(b.latDeg)) - Math.sin(rad(a.latDeg)) * Math.cos(rad(b.latDeg)) * Math.cos(rad(b.lonDeg - a.lonDeg));
  return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

/** Where a stop stands on the ground: its `location`, else its camera position; undefined if neither. */
export function stopLocation(stop: PlayableStop): LonLat | undefined {
  if (stop.location) return stop.location;
  if (stop.camera) return { lonDeg: stop.camera.lonDeg, latDeg: stop.camera.latDeg };
  return undefined;
}

/** The stop nearest to `position`, with its index, distance (m) and bearing (deg). */
export interface NearestStop {
  index: number;
  stop: PlayableStop;
  distanceM: number;
  bearingDeg: number;
}

/** Finds the stop nearest to `position` among stops that have a location; undefined if none has. */
export function nearestStop(stops: readonly PlayableStop[], position: LonLat): NearestStop | undefined {
  let best: NearestStop | undefined;
  stops.forEach((stop, index) => {
    const at = stopLocation(stop);
    if (!at) return;
    const distanceM = haversineDistanceM(position, at);
    if (!best || distanceM < best.distanceM) best = { index, stop, distanceM, bearingDeg: bearingDeg(position, at) };
  });
  return best;
}
