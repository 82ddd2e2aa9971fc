/**
 * Shortest-path search on a {@link LogisticsGraph}: A* (or plain Dijkstra without a target point)
 * with a binary heap, several weighted start nodes, several weighted goal nodes and an optional cost
 * cut-off. The search only touches the graph, so it always ends.
 */
import { metresPerDegree, type LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';
import { MinHeap } from './MinHeap.ts';
import type { ProfileName } from './travelProfiles.ts';

/** What a search minimises: travel time (s) or length (m). */
export type Metric = 'time' | 'distance';

/** Which edges a search may use and what they cost. */
export interface SearchCosts {
  profile: ProfileName;
  metric: Metric;
  /** 1 for edges closed by a disruption (closures, flood). Default: none. */
  blocked?: Uint8Array;
}

/** A node with the cost already spent (start) or still to spend (goal) at it. */
export interface WeightedNode {
  node: number;
  cost: number;
}

/** Options of {@link searchGraph}. */
export interface SearchOptions extends SearchCosts {
  sources: readonly WeightedNode[];
  /** Goal nodes; the search stops once the cheapest goal is certain. Default: none (explore everything). */
  targets?: readonly WeightedNode[];
  /** The goal position, for the A* heuristic (straight distance at the profile's top speed). Default: none (Dijkstra). */
  targetPoint?: LonLat;
  /** Nodes costlier than this are not expanded (isochrones). Default: Infinity. */
  maxCost?: number;
}

/** Result of {@link searchGraph}: per-node costs and the tree to walk a path back. */
export interface SearchResult {
  /** Cost to each node (Infinity when not reached). */
  cost: Float64Array;
  /** Edge used to reach each node (-1 for starts and unreached nodes). */
  viaEdge: Int32Array;
  /** Node each node was reached from (-1 for starts and unreached nodes). */
  viaNode: Int32Array;
  /** The best goal node (-1 when none was reached) and its total cost (goal cost included). */
  goal: number;
  goalCost: number;
  /** Nodes taken off the heap (a measure of work done). */
  settled: number;
}

/** Cost of `edge` under `costs` (Infinity when closed or not usable by the profile). */
export function edgeCost(graph: LogisticsGraph, edge: number, costs: SearchCosts): number {
  if (costs.blocked && costs.blocked[edge] === 1) return Infinity;
  const time = graph.edgeTimeS[costs.profile][edge];
  if (time === Infinity) return Infinity;
  return costs.metric === 'time' ? time : graph.edgeLengthM[edge];
}

/** Runs A* (or Dijkstra without a target point); see {@link SearchOptions}. */
export function searchGraph(graph: LogisticsGraph, options: SearchOptions): SearchResult {
  const n = graph.nodeCount;
  const cost = new Float64Array(n).fill(Infinity);
  const viaEdge = new Int32Array(n).fill(-1);
  const viaNode = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const maxCost = options.maxCost ?? Infinity;
  const goalCost = new Map<number, number>();
  for (const t of options.targets ?? []) goalCost.set(t.node, Math.min(t.cost, goalCost.get(t.node) ?? Infinity));
  // Heuristic: straight distance (local equirectangular, shrunk 0.5 % to stay below haversine) over top speed.
  const target = options.targetPoint;
  const perMetre = options.metric === 'time' ? 1 / Math.max(graph.maxSpeedMps[options.profile], 1e-9) : 1;
  const k = target ? metresPerDegree(target[1]) : { x: 0, y: 0 };
  const heuristic = target
    ? (v: number) => 0.995 * perMetre * Math.hypot((graph.nodeLon[v] - target[0]) * k.x, (graph.nodeLat[v] - target[1]) * k.y)
    : () => 0;
  const heap = new MinHeap(256);
  for (const s of options.sources) {
    if (s.cost < cost[s.node] && s.cost <= maxCost) {
      cost[s.node] = s.cost;
      heap.push(s.cost + heuristic(s.node), s.node);
    }
  }
  let best = Infinity;
  let goal = -1;
  let settled = 0;
  const { arcOffset, arcEdge, arcHead } = graph;
  while (heap.size > 0) {
    if (heap.peekKey() >= best) break;
    const u = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    settled++;
    const g = cost[u];
    const extra = goalCost.get(u);
    if (extra !== undefined && g + extra < best) {
      best = g + extra;
      goal = u;
    }
    for (let a = arcOffset[u]; a < arcOffset[u + 1]; a++) {
      const e = arcEdge[a];
      const c = edgeCost(graph, e, options);
      if (c === Infinity) continue;
      const v = arcHead[a];
      const next = g + c;
      if (next < cost[v] && next <= maxCost) {
        cost[v] = next;
        viaEdge[v] = e;
        viaNode[v] = u;
        heap.push(next + heuristic(v), v);
      }
    }
  }
  return { cost, viaEdge, viaNode, goal, goalCost: best, settled };
}

/** The edges from a start to `node` in travel order, read back from a search tree. */
export function pathEdges(result: SearchResult, node: number): Array<{ edge: number; from: number; to: number }> {
  const out: Array<{ edge: number; from: number; to: number }> = [];
  let v = node;
  while (result.viaEdge[v] !== -1) {
    out.push({ edge: result.viaEdge[v], from: result.viaNode[v], to: v });
    v = result.viaNode[v];
  }
  return out.reverse();
}
