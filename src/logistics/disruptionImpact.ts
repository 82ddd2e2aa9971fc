/**
 * What a disruption (closed segments, a flood level) does to logistics: which routes reroute or
 * break and how much time they lose, and which facilities are cut off from the main network.
 */
import type { EdgeIndex } from './EdgeIndex.ts';
import type { LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';
import { networkComponents } from './networkComponents.ts';
import { routeBetween, type Route } from './routeBetween.ts';
import type { ProfileName } from './travelProfiles.ts';

/** A route to assess: its ends as the caller named them and as positions. */
export interface RouteToAssess {
  from: string;
  to: string;
  fromPoint: LonLat;
  toPoint: LonLat;
  /** Flow ids carried by this route (empty for ad-hoc routes). */
  flows: string[];
}

/** Length and duration of a route. */
export interface RouteFigures {
  length_m: number;
  duration_s: number;
}

/** The effect on one route. */
export interface RouteImpact {
  from: string;
  to: string;
  flows: string[];
  /** null when there was no route even before the disruption. */
  before: RouteFigures | null;
  /** null when the disruption leaves no route. */
  after: RouteFigures | null;
  /** The route now uses other segments. */
  rerouted: boolean;
  /** A route existed before and none does after. */
  unreachable: boolean;
  /** Extra seconds (after − before); null when either is missing. */
  added_s: number | null;
}

/** A facility position for the reachability check. */
export interface FacilityPoint {
  id: string;
  point: LonLat;
}

/** Options of {@link disruptionImpact}. */
export interface DisruptionImpactOptions {
  profile: ProfileName;
  /** Edges closed by the disruption. */
  blocked: Uint8Array | undefined;
  routes: readonly RouteToAssess[];
  facilities: readonly FacilityPoint[];
  /** Farthest snap, metres. Default: 2000. */
  maxSnapM?: number;
}

/** The impact: per route, and the facilities cut off from the main network component. */
export interface DisruptionImpact {
  routes: RouteImpact[];
  unreachableFacilities: string[];
}

const figures = (r: Route): RouteFigures => ({ length_m: r.lengthM, duration_s: r.durationS });

/** Computes the impact; see the module comment. */
export function disruptionImpact(graph: LogisticsGraph, index: EdgeIndex, options: DisruptionImpactOptions): DisruptionImpact {
  const { profile, blocked } = options;
  const maxSnapM = options.maxSnapM ?? 2000;
  const routes = options.routes.map((r): RouteImpact => {
    const base = { profile, metric: 'time' as const, from: r.fromPoint, to: r.toPoint, maxSnapM, snapIgnoringClosures: true };
    const before = routeBetween(graph, index, base);
    const after = routeBetween(graph, index, { ...base, blocked });
    const b = before.ok ? before.route : null;
    const a = after.ok ? after.route : null;
    return {
      from: r.from,
      to: r.to,
      flows: r.flows,
      before: b && figures(b),
      after: a && figures(a),
      rerouted: !!b && !!a && b.segments.join('|') !== a.segments.join('|'),
      unreachable: !!b && !a,
      added_s: b && a ? a.durationS - b.durationS : null,
    };
  });
  const open = networkComponents(graph, { profile, metric: 'time' });
  const disrupted = blocked ? networkComponents(graph, { profile, metric: 'time', blocked }) : open;
  // A facility keeps its connection point (snapped with nothing closed): if that segment is
  // closed, or no longer in the main component, the facility is cut off.
  const componentOf = (p: LonLat, mask: Uint8Array | undefined, labels: Int32Array): number => {
    const snap = index.nearest(p, maxSnapM, (e) => graph.edgeTimeS[profile][e] < Infinity);
    if (!snap) return -1;
    if (!mask || mask[snap.edge] !== 1) return labels[graph.edgeFrom[snap.edge]];
    // At a junction every edge there is as near: an open one keeps the facility connected.
    const open = index.nearest(p, snap.distanceM + 0.01, (e) => graph.edgeTimeS[profile][e] < Infinity && mask[e] !== 1);
    return open ? labels[graph.edgeFrom[open.edge]] : -1;
  };
  const unreachableFacilities = options.facilities
    .filter((f) => componentOf(f.point, undefined, open.label) === open.largest && componentOf(f.point, blocked, disrupted.label) !== disrupted.largest)
    .map((f) => f.id);
  return { routes, unreachableFacilities };
}
