/** Parses and checks the query/body parameters of the logistics API; bad input is a 400/404 HttpError that says what to change. */
import type { LonLat } from '../../logistics/geodesy.ts';
import type { IsochroneMethod } from '../../logistics/isochrones.ts';
import type { Metric } from '../../logistics/searchGraph.ts';
import { isProfileName, PROFILE_NAMES, type ProfileName } from '../../logistics/travelProfiles.ts';
import { HttpError } from '../api/HttpError.ts';
import type { LogisticsNetwork, RouterFacility } from './loadLogisticsNetwork.ts';

/** A resolved route end: the input text, its position and the facility it names (if any). */
export interface RoutePoint {
  input: string;
  point: LonLat;
  facility: RouterFacility | null;
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const LON_LAT = new RegExp(`^\\s*(${NUMBER})\\s*,\\s*(${NUMBER})\\s*$`);

/** Resolves `lon,lat` or `facility:<id>`; `name` is the parameter name used in messages. */
export function parseRoutePoint(raw: unknown, name: string, network: LogisticsNetwork): RoutePoint {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new HttpError(400, 'Bad request', `${name} is required: lon,lat in WGS 84 degrees (e.g. 107.585,16.463) or facility:<id> (ids in /api/collections/logistics-facilities/items)`);
  }
  const text = raw.trim();
  if (text.startsWith('facility:')) {
    const id = text.slice('facility:'.length);
    const facility = network.facilities.get(id);
    if (!facility) throw new HttpError(404, 'Unknown facility', `${name}: there is no facility "${id}"; the ids are listed by /api/collections/logistics-facilities/items`);
    return { input: text, point: facility.point, facility };
  }
  const m = LON_LAT.exec(text);
  const lon = m ? Number(m[1]) : NaN;
  const lat = m ? Number(m[2]) : NaN;
  if (!m || !Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    throw new HttpError(400, 'Bad request', `${name}="${text.slice(0, 60)}" is not a position: use lon,lat in WGS 84 degrees (longitude first, e.g. 107.585,16.463) or facility:<id>`);
  }
  return { input: text, point: [lon, lat], facility: null };
}

/** `profile` (default `car`). */
export function parseProfile(raw: unknown): ProfileName {
  if (raw === undefined || raw === '') return 'car';
  if (typeof raw === 'string' && isProfileName(raw)) return raw;
  throw new HttpError(400, 'Bad request', `profile must be one of ${PROFILE_NAMES.join(', ')}`);
}

/** `metric` (default `time`). */
export function parseMetric(raw: unknown): Metric {
  if (raw === undefined || raw === '' || raw === 'time') return 'time';
  if (raw === 'distance') return 'distance';
  throw new HttpError(400, 'Bad request', 'metric must be time (fastest) or distance (shortest)');
}

/** Segment ids from a comma-separated string or an array; unknown ids are a 400. */
export function parseSegmentIds(raw: unknown, name: string, network: LogisticsNetwork): string[] {
  if (raw === undefined || raw === '') return [];
  const ids = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(raw) && raw.every((s) => typeof s === 'string') ? (raw as string[]) : null;
  if (!ids) throw new HttpError(400, 'Bad request', `${name} must be a list of segment ids (feature ids of logistics-network)`);
  const unknown = ids.filter((id) => !network.graph.edgesOfSegment.has(id));
  if (unknown.length) {
    throw new HttpError(400, 'Bad request', `${name}: unknown segment id(s) ${unknown.slice(0, 5).map((s) => `"${s}"`).join(', ')}; the ids are the feature ids of /api/collections/logistics-network/items`);
  }
  return ids;
}

/** A flood level in metres (−10 to 100), or null when absent. */
export function parseFloodLevel(raw: unknown, name: string): number | null {
  if (raw === undefined || raw === '' || raw === null) return null;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(value) || value < -10 || value > 100) throw new HttpError(400, 'Bad request', `${name} must be a water level in metres above mean sea level, between -10 and 100`);
  return value;
}

/** Isochrone times in minutes (default 15,30,60): 1–10 distinct values, each in (0, 240]. */
export function parseMinutes(raw: unknown): number[] {
  if (raw === undefined || raw === '') return [15, 30, 60];
  const parts = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()) : [];
  const values = parts.map(Number);
  if (parts.length === 0 || parts.length > 10 || parts.some((p) => p === '') || values.some((v) => !Number.isFinite(v) || v <= 0 || v > 240)) {
    throw new HttpError(400, 'Bad request', 'minutes must be 1 to 10 comma-separated travel times in minutes, each above 0 and at most 240 (e.g. 15,30,60)');
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Isochrone `method` (default `convex-hull`; `cells` gives a band along the reached roads). */
export function parseIsochroneMethod(raw: unknown): IsochroneMethod {
  if (raw === undefined || raw === '' || raw === 'convex-hull') return 'convex-hull';
  if (raw === 'cells') return 'cells';
  throw new HttpError(400, 'Bad request', 'method must be convex-hull (default) or cells');
}
