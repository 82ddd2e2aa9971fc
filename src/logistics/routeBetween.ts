/**
 * Fastest or shortest route between two points on the logistics network: snap both ends to the
 * nearest usable edge (within a maximum distance), search with A*, and assemble the line, its
 * length, duration and named steps — including the partial edges at both ends.
 */
import type { EdgeIndex, Snap } from './EdgeIndex.ts';
import type { LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';
import { edgeCost, pathEdges, searchGraph, type SearchCosts, type WeightedNode } from './searchGraph.ts';

/** One step of a route: consecutive pieces on the same named road. */
export interface RouteStep {
  name_vi: string;
  name_en: string;
  ref: string | null;
  /** Segment (feature) ids travelled in this step, in order. */
  segments: string[];
  /** Metres. */
  length_m: number;
  /** Seconds. */
  duration_s: number;
}

/** A found route. */
export interface Route {
  coordinates: LonLat[];
  /** Metres along the network (partial edges included, the hops from the input points excluded). */
  lengthM: number;
  /** Seconds at the profile's speeds. */
  durationS: number;
  steps: RouteStep[];
  /** Segment ids used, in order, without repeats. */
  segments: string[];
  from: Snap;
  to: Snap;
}

/** Why no route was found: an end is too far from any usable segment, or nothing connects them. */
export type RouteFailure = { reason: 'off-network'; end: 'from' | 'to'; maxSnapM: number } | { reason: 'no-route' };

/** The result of {@link routeBetween}. */
export type RouteOutcome = { ok: true; route: Route } | ({ ok: false } & RouteFailure);

/** Options of {@link routeBetween}. */
export interface RouteOptions extends SearchCosts {
  from: LonLat;
  to: LonLat;
  /** Farthest an end may be from a usable segment, in metres. Default: 2000. */
  maxSnapM?: number;
  /**
   * Snap the ends as if nothing were closed (a facility keeps its own access road); a closed end
   * segment then means no route. Default: false (snap to the nearest open segment).
   */
  snapIgnoringClosures?: boolean;
}

interface Piece {
  edge: number;
  fraction: number;
}

/** Finds the route; see the module comment. */
export function routeBetween(graph: LogisticsGraph, index: EdgeIndex, options: RouteOptions): RouteOutcome {
  const maxSnapM = options.maxSnapM ?? 2000;
  const open = (edge: number) => edgeCost(graph, edge, options) < Infinity;
  const snap = (p: LonLat): Snap | null | 'closed' => {
    if (!options.snapIgnoringClosures) return index.nearest(p, maxSnapM, open);
    const any = index.nearest(p, maxSnapM, (edge) => graph.edgeTimeS[options.profile][edge] < Infinity);
    if (!any || open(any.edge)) return any;
    // At a junction every edge there is as near: an open one will do.
    return index.nearest(p, any.distanceM + 0.01, open) ?? 'closed';
  };
  const from = snap(options.from);
  if (!from) return { ok: false, reason: 'off-network', end: 'from', maxSnapM };
  const to = snap(options.to);
  if (!to) return { ok: false, reason: 'off-network', end: 'to', maxSnapM };
  if (from === 'closed' || to === 'closed') return { ok: false, reason: 'no-route' };
  const oneway = (edge: number) => graph.segmentOf(edge).properties.oneway === true;
  const cFrom = edgeCost(graph, from.edge, options);
  const cTo = edgeCost(graph, to.edge, options);
  const sources: WeightedNode[] = [{ node: graph.edgeTo[from.edge], cost: (1 - from.fraction) * cFrom }];
  if (!oneway(from.edge)) sources.push({ node: graph.edgeFrom[from.edge], cost: from.fraction * cFrom });
  const targets: WeightedNode[] = [{ node: graph.edgeFrom[to.edge], cost: to.fraction * cTo }];
  if (!oneway(to.edge)) targets.push({ node: graph.edgeTo[to.edge], cost: (1 - to.fraction) * cTo });
  const result = searchGraph(graph, { ...options, sources, targets, targetPoint: to.point });

  // Both ends on one edge: travelling along it directly may beat any detour through the graph.
  let direct = Infinity;
  if (from.edge === to.edge && (to.fraction >= from.fraction || !oneway(from.edge))) direct = Math.abs(to.fraction - from.fraction) * cFrom;
  if (direct < Infinity && direct <= result.goalCost) {
    return { ok: true, route: assemble(graph, index, options, from, to, [], [{ edge: from.edge, fraction: Math.abs(to.fraction - from.fraction) }]) };
  }
  if (result.goal === -1) return { ok: false, reason: 'no-route' };
  const middle = pathEdges(result, result.goal);
  const startNode = middle.length > 0 ? middle[0].from : result.goal;
  const leavesForward = startNode === graph.edgeTo[from.edge] && (graph.edgeFrom[from.edge] !== startNode || (1 - from.fraction) * cFrom === result.cost[startNode]);
  const entersForward = result.goal === graph.edgeFrom[to.edge] && result.cost[result.goal] + to.fraction * cTo === result.goalCost;
  const startPiece: Piece = { edge: from.edge, fraction: leavesForward ? 1 - from.fraction : from.fraction };
  const endPiece: Piece = { edge: to.edge, fraction: entersForward ? to.fraction : 1 - to.fraction };
  const coordinates: LonLat[] = [...index.slice(from.edge, from.offsetM, leavesForward ? graph.edgeLengthM[from.edge] : 0)];
  for (const step of middle) {
    const line = graph.edgeCoordinates[step.edge];
    coordinates.push(...(graph.edgeFrom[step.edge] === step.from ? line : [...line].reverse()));
  }
  coordinates.push(...index.slice(to.edge, entersForward ? 0 : graph.edgeLengthM[to.edge], to.offsetM));
  const pieces: Piece[] = [startPiece, ...middle.map((m) => ({ edge: m.edge, fraction: 1 })), endPiece];
  return { ok: true, route: assemble(graph, index, options, from, to, coordinates, pieces) };
}

function assemble(graph: LogisticsGraph, index: EdgeIndex, costs: SearchCosts, from: Snap, to: Snap, coords: LonLat[], pieces: Piece[]): Route {
  const coordinates = coords.length > 0 ? coords : index.slice(from.edge, from.offsetM, to.offsetM);
  const line = coordinates.filter((p, i) => i === 0 || p[0] !== coordinates[i - 1][0] || p[1] !== coordinates[i - 1][1]);
  if (line.length === 1) line.push(line[0]);
  const steps: RouteStep[] = [];
  const segments: string[] = [];
  let lengthM = 0;
  let durationS = 0;
  const times = graph.edgeTimeS[costs.profile];
  for (const piece of pieces) {
    const segment = graph.segmentOf(piece.edge);
    const length = piece.fraction * graph.edgeLengthM[piece.edge];
    const time = piece.fraction * times[piece.edge];
    lengthM += length;
    durationS += time;
    if (length === 0 && pieces.length > 1) continue;
    if (segments[segments.length - 1] !== segment.id) segments.push(segment.id);
    const p = segment.properties;
    const nameVi = p.name_vi ?? p.ref ?? segment.id;
    const last = steps[steps.length - 1];
    if (last && last.name_vi === nameVi) {
      last.length_m += length;
      last.duration_s += time;
      if (last.segments[last.segments.length - 1] !== segment.id) last.segments.push(segment.id);
    } else {
      steps.push({ name_vi: nameVi, name_en: p.name_en ?? nameVi, ref: p.ref ?? null, segments: [segment.id], length_m: length, duration_s: time });
    }
  }
  return { coordinates: line, lengthM, durationS, steps, segments, from, to };
}
