/**
 * Isochrones: the area reachable from a point within each of several travel times. One Dijkstra
 * run up to the largest time; for each time, the reached parts of the network (whole edges, and
 * the exact cut-off point on partly reached ones — polyline vertices included) are wrapped in a
 * convex hull grown by a margin. Reached parts only grow with the time, so the polygons nest.
 */
import { convexHull } from './convexHull.ts';
import type { EdgeIndex, Snap } from './EdgeIndex.ts';
import { metresPerDegree, type LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';
import { edgeCost, searchGraph, type WeightedNode } from './searchGraph.ts';
import type { ProfileName } from './travelProfiles.ts';

/** One isochrone polygon. */
export interface Isochrone {
  minutes: number;
  /** Closed outer ring, lon/lat. */
  ring: LonLat[];
  /** Graph nodes reached within the time. */
  reachedNodes: number;
}

/** Options of {@link isochrones}. */
export interface IsochroneOptions {
  profile: ProfileName;
  /** Travel times in minutes. */
  minutes: readonly number[];
  blocked?: Uint8Array;
  /** Margin around the reached network, in metres. Default: 100. */
  marginM?: number;
}

/** Isochrones from the snapped start `from` (ascending by minutes); see the module comment. */
export function isochrones(graph: LogisticsGraph, index: EdgeIndex, from: Snap, options: IsochroneOptions): Isochrone[] {
  const costs = { profile: options.profile, metric: 'time' as const, blocked: options.blocked };
  const levels = [...options.minutes].sort((a, b) => a - b);
  const maxS = levels[levels.length - 1] * 60;
  const oneway = (edge: number) => graph.segmentOf(edge).properties.oneway === true;
  const cStart = edgeCost(graph, from.edge, costs);
  const sources: WeightedNode[] = [{ node: graph.edgeTo[from.edge], cost: (1 - from.fraction) * cStart }];
  if (!oneway(from.edge)) sources.push({ node: graph.edgeFrom[from.edge], cost: from.fraction * cStart });
  const search = searchGraph(graph, { ...costs, sources, maxCost: maxS });
  const reachedEdges: number[] = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    if (search.cost[graph.edgeFrom[e]] < maxS || search.cost[graph.edgeTo[e]] < maxS) reachedEdges.push(e);
  }
  const margin = options.marginM ?? 100;
  return levels.map((minutes) => {
    const budget = minutes * 60;
    const points: LonLat[] = [from.point];
    let reachedNodes = 0;
    for (let n = 0; n < graph.nodeCount; n++) if (search.cost[n] <= budget) reachedNodes++;
    const lengthOf = (e: number) => graph.edgeLengthM[e];
    for (const e of reachedEdges) {
      const time = edgeCost(graph, e, costs);
      if (time === Infinity) continue;
      const len = lengthOf(e);
      const cu = search.cost[graph.edgeFrom[e]];
      if (cu < budget) points.push(...index.slice(e, 0, len * Math.min(1, (budget - cu) / time)));
      const cv = search.cost[graph.edgeTo[e]];
      if (!oneway(e) && cv < budget) points.push(...index.slice(e, len, len * (1 - Math.min(1, (budget - cv) / time))));
    }
    // The start edge itself, from the snapped point outwards.
    const len = lengthOf(from.edge);
    const reach = cStart > 0 ? (budget / cStart) * len : len;
    points.push(...index.slice(from.edge, from.offsetM, Math.min(len, from.offsetM + reach)));
    if (!oneway(from.edge)) points.push(...index.slice(from.edge, from.offsetM, Math.max(0, from.offsetM - reach)));
    return { minutes, ring: grow(convexHull(points), margin, from.point[1]), reachedNodes };
  });
}

/** The convex hull of `ring` grown by `marginM` metres (an octagon around each vertex). */
function grow(ring: LonLat[], marginM: number, lat: number): LonLat[] {
  const k = metresPerDegree(lat);
  const out: LonLat[] = [];
  for (const p of ring) {
    for (let i = 0; i < 8; i++) {
      const a = (i * Math.PI) / 4;
      out.push([p[0] + (marginM * Math.cos(a)) / k.x, p[1] + (marginM * Math.sin(a)) / k.y]);
    }
  }
  return convexHull(out);
}
