/**
 * `/api/logistics`: route (fastest/shortest path), isochrone, disruption impact and a network
 * summary, over the in-memory network built from the database (see docs/logistics.md).
 */
import type { FastifyInstance } from 'fastify';
import { closuresFor, type Closures } from '../../logistics/closures.ts';
import { disruptionImpact, type RouteToAssess } from '../../logistics/disruptionImpact.ts';
import type { LonLat } from '../../logistics/geodesy.ts';
import { isochrones } from '../../logistics/isochrones.ts';
import { networkComponents } from '../../logistics/networkComponents.ts';
import { routeBetween, type RouteFailure } from '../../logistics/routeBetween.ts';
import { edgeCost } from '../../logistics/searchGraph.ts';
import type { ProfileName } from '../../logistics/travelProfiles.ts';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { floodImpact } from './floodImpact.ts';
import type { LogisticsNetwork } from './loadLogisticsNetwork.ts';
import { LogisticsNetworkCache } from './LogisticsNetworkCache.ts';
import { parseFloodLevel, parseIsochroneMethod, parseMetric, parseMinutes, parseProfile, parseRoutePoint, parseSegmentIds, type RoutePoint } from './parseLogisticsParams.ts';

/** Farthest a route end may be from a usable network segment, in metres. */
export const MAX_SNAP_M = 2000;

/** Options of {@link logisticsRoutes}. */
export interface LogisticsRoutesOptions {
  db: Database;
}

type Query = Record<string, string | undefined>;

const round7 = (p: LonLat): LonLat => [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
const round1 = (v: number) => Math.round(v * 10) / 10;

function describeClosures(closed: string[], flood: number | null): string {
  const parts = [closed.length ? `${closed.length} closed segment(s)` : '', flood !== null ? `a flood level of ${flood} m` : ''].filter(Boolean);
  return parts.length ? ` with ${parts.join(' and ')}` : '';
}

function failure(f: RouteFailure, from: RoutePoint, to: RoutePoint, profile: ProfileName, closures: string): HttpError {
  if (f.reason === 'off-network') {
    const end = f.end === 'from' ? from : to;
    return new HttpError(422, 'Off the network', `${f.end} (${end.input}) is more than ${f.maxSnapM} m from any network segment a ${profile} can use${closures}; choose a point nearer a road or railway (see /api/collections/logistics-network/items)`);
  }
  return new HttpError(422, 'No route', `No ${profile} route connects ${from.input} and ${to.input} on the network${closures}`);
}

/** Registers the logistics routes. */
export function logisticsRoutes(app: FastifyInstance, options: LogisticsRoutesOptions): void {
  const cache = new LogisticsNetworkCache(options.db);
  // Built once at start; later requests rebuild it only when a logistics collection changed.
  app.addHook('onReady', async () => {
    await cache.get();
  });

  const readDisruption = (query: Query, network: LogisticsNetwork) => {
    const closed = parseSegmentIds(query.closed, 'closed', network);
    const flood = parseFloodLevel(query.flood, 'flood');
    return { closed, flood, closures: closuresFor(network.graph, network.edgeFloodElevation, { closedSegments: closed, floodLevelM: flood }) };
  };

  app.get('/api/logistics/route', async (request, reply) => {
    const query = request.query as Query;
    const network = await cache.get();
    const from = parseRoutePoint(query.from, 'from', network);
    const to = parseRoutePoint(query.to, 'to', network);
    const profile = parseProfile(query.profile);
    const metric = parseMetric(query.metric);
    const { closed, flood, closures } = readDisruption(query, network);
    const outcome = routeBetween(network.graph, network.index, { profile, metric, blocked: closures.blocked, from: from.point, to: to.point, maxSnapM: MAX_SNAP_M });
    if (!outcome.ok) throw failure(outcome, from, to, profile, describeClosures(closed, flood));
    const { route } = outcome;
    const end = (p: RoutePoint, snap: typeof route.from) => ({ input: p.input, facility: p.facility?.id ?? null, snapped: round7(snap.point), snap_distance_m: round1(snap.distanceM) });
    return reply.type('application/geo+json').send({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: route.coordinates.map(round7) },
      properties: {
        profile,
        metric,
        length_m: round1(route.lengthM),
        duration_s: round1(route.durationS),
        from: end(from, route.from),
        to: end(to, route.to),
        steps: route.steps.map((s) => ({ ...s, length_m: round1(s.length_m), duration_s: round1(s.duration_s) })),
        segments: route.segments,
        closed_segments: [...new Set([...closed, ...closures.floodClosedSegments])],
        flood_level_m: flood,
        synthetic: true,
      },
    });
  });

  app.get('/api/logistics/isochrone', async (request, reply) => {
    const query = request.query as Query;
    const network = await cache.get();
    const from = parseRoutePoint(query.from, 'from', network);
    const minutes = parseMinutes(query.minutes);
    const profile = parseProfile(query.profile);
    const { closed, flood, closures } = readDisruption(query, network);
    const costs = { profile, metric: 'time' as const, blocked: closures.blocked };
    const snap = network.index.nearest(from.point, MAX_SNAP_M, (e) => edgeCost(network.graph, e, costs) < Infinity);
    if (!snap) throw failure({ reason: 'off-network', end: 'from', maxSnapM: MAX_SNAP_M }, from, from, profile, describeClosures(closed, flood));
    const method = parseIsochroneMethod(query.method);
    const result = isochrones(network.graph, network.index, snap, { profile, minutes, blocked: closures.blocked, method });
    const roundPolygon = (polygon: LonLat[][]) => polygon.map((ring) => ring.map(round7));
    return reply.type('application/geo+json').send({
      type: 'FeatureCollection',
      features: result.map((iso) => ({
        type: 'Feature',
        id: `${iso.minutes}`,
        geometry: method === 'cells' ? { type: 'MultiPolygon', coordinates: iso.polygons.map(roundPolygon) } : { type: 'Polygon', coordinates: roundPolygon(iso.polygons[0]) },
        properties: { minutes: iso.minutes, reached_nodes: iso.reachedNodes, method, profile, from: from.input, snapped: round7(snap.point), synthetic: true },
      })),
    });
  });

  app.post('/api/logistics/disruption', async (request) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, 'Bad request', 'The body must be a JSON object: {"closedSegments"?: [ids], "floodLevelM"?: metres, "profile"?: "car"|"truck", "routes"?: [{"from","to"}]}');
    }
    const input = body as Record<string, unknown>;
    const known = ['closedSegments', 'floodLevelM', 'profile', 'routes'];
    const unknownKeys = Object.keys(input).filter((k) => !known.includes(k));
    if (unknownKeys.length) throw new HttpError(400, 'Bad request', `Unknown field(s) ${unknownKeys.map((k) => `"${k}"`).join(', ')}; the body may have ${known.join(', ')}`);
    const network = await cache.get();
    if (input.closedSegments !== undefined && !Array.isArray(input.closedSegments)) throw new HttpError(400, 'Bad request', 'closedSegments must be an array of segment ids');
    const closed = parseSegmentIds(input.closedSegments, 'closedSegments', network);
    const flood = parseFloodLevel(input.floodLevelM, 'floodLevelM');
    const profile = parseProfile(input.profile ?? 'truck');
    const routes = readRoutes(input.routes, network);
    const closures: Closures = closuresFor(network.graph, network.edgeFloodElevation, { closedSegments: closed, floodLevelM: flood });
    const facilities = [...network.facilities.values()];
    const impact = disruptionImpact(network.graph, network.index, { profile, blocked: closures.blocked, routes, facilities, maxSnapM: MAX_SNAP_M });
    return {
      profile,
      closedSegments: closed,
      floodClosedSegments: closures.floodClosedSegments,
      floodLevelM: flood,
      routes: impact.routes.map((r) => ({
        ...r,
        before: r.before && { length_m: round1(r.before.length_m), duration_s: round1(r.before.duration_s) },
        after: r.after && { length_m: round1(r.after.length_m), duration_s: round1(r.after.duration_s) },
        added_s: r.added_s === null ? null : round1(r.added_s),
      })),
      unreachableFacilities: impact.unreachableFacilities.map((id) => {
        const f = network.facilities.get(id)!;
        return { id, name_vi: f.name_vi, name_en: f.name_en };
      }),
      ...(flood !== null ? { flood: await floodImpact(options.db, flood) } : {}),
    };
  });

  app.get('/api/logistics/network', async () => {
    const network = await cache.get();
    const { graph } = network;
    return {
      revision: network.revision,
      builtAt: network.builtAt,
      buildMs: round1(network.buildMs),
      segments: graph.edgesOfSegment.size,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      components: Object.fromEntries((['car', 'truck', 'rail'] as const).map((p) => [p, networkComponents(graph, { profile: p, metric: 'time' }).count])),
      facilities: network.facilities.size,
      flows: network.flows.length,
      floodZones: network.zones.length,
      maxSnapM: MAX_SNAP_M,
    };
  });
}

/** The routes to assess: from the body (1–200 `{from, to}`), else the facility pairs of the flows. */
function readRoutes(raw: unknown, network: LogisticsNetwork): RouteToAssess[] {
  if (raw === undefined) {
    const pairs = new Map<string, RouteToAssess>();
    for (const flow of network.flows) {
      const from = network.facilities.get(flow.from);
      const to = network.facilities.get(flow.to);
      if (!from || !to) continue;
      const key = `${flow.from}|${flow.to}`;
      const pair = pairs.get(key) ?? { from: `facility:${flow.from}`, to: `facility:${flow.to}`, fromPoint: from.point, toPoint: to.point, flows: [] };
      pair.flows.push(flow.id);
      pairs.set(key, pair);
    }
    return [...pairs.values()];
  }
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 200) throw new HttpError(400, 'Bad request', 'routes must be an array of 1 to 200 {"from", "to"} objects');
  return raw.map((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) throw new HttpError(400, 'Bad request', `routes[${i}] must be an object {"from", "to"}`);
    const { from, to } = r as Record<string, unknown>;
    const a = parseRoutePoint(from, `routes[${i}].from`, network);
    const b = parseRoutePoint(to, `routes[${i}].to`, network);
    return { from: a.input, to: b.input, fromPoint: a.point, toPoint: b.point, flows: [] };
  });
}
