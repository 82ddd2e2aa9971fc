/**
 * The browser's calls to the logistics API (docs/logistics.md): collections as GeoJSON, route,
 * isochrones, disruption. Answers are memoised by URL (and body) for the page's life, so the panel
 * and the map share one request; failures come back as {@link LogisticsResult} errors with the
 * server's problem+json detail.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { fetchFeatureCollection } from '../../app/fetchFeatureCollection.ts';

/** Success or a human message. */
export type LogisticsResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Collection ids the tools read. */
export const LOGISTICS_COLLECTIONS = {
  facilities: 'logistics-facilities',
  flows: 'logistics-flows',
  network: 'logistics-network',
} as const;

/** `GET /api/logistics/route` properties. */
export interface RouteProperties {
  profile: string;
  metric: string;
  length_m: number;
  duration_s: number;
  from: { input: string; facility: string | null; snapped: [number, number]; snap_distance_m: number };
  to: { input: string; facility: string | null; snapped: [number, number]; snap_distance_m: number };
  steps: { name_vi?: string | null; name_en?: string | null; ref?: string | null; segments: string[]; length_m: number; duration_s: number }[];
  closed_segments?: string[];
  flood_level_m?: number | null;
  synthetic?: boolean;
}

/** A route as GeoJSON. */
export type RouteFeature = Feature<LineString, RouteProperties>;

/** Isochrone polygons (ascending minutes). */
export type IsochroneCollection = FeatureCollection<Polygon, { minutes: number; reached_nodes: number; method: string }>;

/** One route of a disruption analysis. */
export interface DisruptedRoute {
  from: string;
  to: string;
  flows?: string[];
  before: { length_m: number; duration_s: number } | null;
  after: { length_m: number; duration_s: number } | null;
  rerouted: boolean;
  unreachable: boolean;
  added_s: number | null;
}

/** `POST /api/logistics/disruption` answer. */
export interface DisruptionResult {
  profile: string;
  closedSegments: string[];
  floodClosedSegments?: string[];
  floodLevelM?: number | null;
  routes: DisruptedRoute[];
  unreachableFacilities: { id: string; name_vi?: string; name_en?: string }[];
  flood?: { levelM: number; zones: { id: string }[]; heritageSites: { id: string; name_vi?: string; name_en?: string }[]; sensors: { id: number | string; name?: string }[] };
}

/** Common query of route, isochrone and disruption. */
export interface NetworkQuery {
  profile?: string;
  metric?: string;
  closed?: readonly string[];
  flood?: number;
}

const memo = new Map<string, Promise<LogisticsResult<unknown>>>();

async function problemDetail(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { detail?: string; title?: string };
    return body.detail ?? body.title ?? `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}

function remember<T>(key: string, load: () => Promise<T>): Promise<LogisticsResult<T>> {
  let p = memo.get(key) as Promise<LogisticsResult<T>> | undefined;
  if (!p) {
    p = load().then((value): LogisticsResult<T> => ({ ok: true, value }), (e: unknown): LogisticsResult<T> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    memo.set(key, p);
    // Failures are not kept: the next call tries again.
    void p.then((r) => !r.ok && memo.delete(key));
  }
  return p;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(await problemDetail(res));
  return (await res.json()) as T;
}

/** Every feature of a collection (OGC API – Features, all pages), memoised. */
export function loadCollection<G extends Point | LineString | Polygon = Point | LineString | Polygon>(collectionId: string): Promise<LogisticsResult<FeatureCollection<G>>> {
  return remember(`items:${collectionId}`, async () => (await fetchFeatureCollection(`/api/collections/${encodeURIComponent(collectionId)}/items?limit=1000`)) as FeatureCollection<G>);
}

function networkParams(q: NetworkQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.profile) p.set('profile', q.profile);
  if (q.metric) p.set('metric', q.metric);
  if (q.closed && q.closed.length > 0) p.set('closed', q.closed.join(','));
  if (q.flood !== undefined) p.set('flood', String(q.flood));
  return p;
}

/** URL of a route query (`from`/`to`: `lon,lat` or `facility:<id>`). */
export function routeUrl(from: string, to: string, q: NetworkQuery = {}): string {
  const p = networkParams(q);
  p.set('from', from);
  p.set('to', to);
  return `/api/logistics/route?${p.toString()}`;
}

/** The route between two places, memoised by query. */
export function loadRoute(from: string, to: string, q: NetworkQuery = {}): Promise<LogisticsResult<RouteFeature>> {
  const url = routeUrl(from, to, q);
  return remember(url, () => json<RouteFeature>(url));
}

/** Isochrones from a place, memoised by query. */
export function loadIsochrones(from: string, minutes: readonly number[], q: NetworkQuery = {}): Promise<LogisticsResult<IsochroneCollection>> {
  const p = networkParams(q);
  p.set('from', from);
  p.set('minutes', minutes.join(','));
  const url = `/api/logistics/isochrone?${p.toString()}`;
  return remember(url, () => json<IsochroneCollection>(url));
}

/** Disruption analysis (closed segments and/or a flood level) over the flows' facility pairs, memoised by body. */
export function loadDisruption(body: { closedSegments?: readonly string[]; floodLevelM?: number; profile?: string }): Promise<LogisticsResult<DisruptionResult>> {
  const text = JSON.stringify(body);
  return remember(`disruption:${text}`, () => json<DisruptionResult>('/api/logistics/disruption', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text }));
}
