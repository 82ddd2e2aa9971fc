/**
 * Isochrones: the area reachable from a point within each of several travel times. One Dijkstra
 * run up to the largest time; for each time, the reached parts of the network (whole edges, and
 * the exact cut-off point on partly reached ones — polyline vertices included) become either a
 * convex hull grown by a margin (`convex-hull`), or the outline of the grid cells they cross grown
 * by one cell (`cells`: a band along the reached roads). Reached parts only grow with the time and
 * cell sets are accumulated level by level, so the polygons nest either way.
 */
import { cellOutline, type Cell } from './cellOutline.ts';
import { convexHull } from './convexHull.ts';
import type { EdgeIndex, Snap } from './EdgeIndex.ts';
import { metresPerDegree, type LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';
import { edgeCost, searchGraph, type WeightedNode } from './searchGraph.ts';
import type { ProfileName } from './travelProfiles.ts';

/** How an isochrone's area is drawn around the reached network. */
export type IsochroneMethod = 'convex-hull' | 'cells';

/** One isochrone. */
export interface Isochrone {
  minutes: number;
  /** Polygons (each: outer ring, then holes; closed, lon/lat): one for `convex-hull`, one or more for `cells`. */
  polygons: LonLat[][][];
  /** Graph nodes reached within the time. */
  reachedNodes: number;
}

/** Options of {@link isochrones}. */
export interface IsochroneOptions {
  profile: ProfileName;
  /** Travel times in minutes. */
  minutes: readonly number[];
  blocked?: Uint8Array;
  /** Margin around the reached network (convex hull), in metres. Default: 100. */
  marginM?: number;
  /** Default: `convex-hull`. */
  method?: IsochroneMethod;
  /** Cell size of the `cells` method, in metres. Default: 250. */
  cellM?: number;
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
  const cellM = options.cellM ?? 250;
  const k = metresPerDegree(from.point[1]);
  const toGrid = (p: LonLat): LonLat => [((p[0] - from.point[0]) * k.x) / cellM, ((p[1] - from.point[1]) * k.y) / cellM];
  const toLonLat = (g: [number, number]): LonLat => [from.point[0] + (g[0] * cellM) / k.x, from.point[1] + (g[1] * cellM) / k.y];
  // Cell keys: numeric (x, y offset by 2^20), accumulated over the levels.
  const OFFSET = 2 ** 20;
  const keyOf = (x: number, y: number) => (x + OFFSET) * 2 ** 21 + (y + OFFSET);
  const cells = new Set<number>();
  return levels.map((minutes) => {
    const budget = minutes * 60;
    const pieces: LonLat[][] = [[from.point]];
    let reachedNodes = 0;
    for (let n = 0; n < graph.nodeCount; n++) if (search.cost[n] <= budget) reachedNodes++;
    for (const e of reachedEdges) {
      const time = edgeCost(graph, e, costs);
      if (time === Infinity) continue;
      const len = graph.edgeLengthM[e];
      const cu = search.cost[graph.edgeFrom[e]];
      if (cu < budget) pieces.push(index.slice(e, 0, len * Math.min(1, (budget - cu) / time)));
      const cv = search.cost[graph.edgeTo[e]];
      if (!oneway(e) && cv < budget) pieces.push(index.slice(e, len, len * (1 - Math.min(1, (budget - cv) / time))));
    }
    // The start edge itself, from the snapped point outwards.
    const len = graph.edgeLengthM[from.edge];
    const reach = cStart > 0 ? (budget / cStart) * len : len;
    pieces.push(index.slice(from.edge, from.offsetM, Math.min(len, from.offsetM + reach)));
    if (!oneway(from.edge)) pieces.push(index.slice(from.edge, from.offsetM, Math.max(0, from.offsetM - reach)));
    if (options.method !== 'cells') return { minutes, polygons: [[grow(convexHull(pieces.flat()), margin, from.point[1])]], reachedNodes };
    // Cells crossed by the reached pieces (kept from the shorter times), grown by one cell.
    for (const piece of pieces) {
      const g = piece.map(toGrid);
      if (g.length === 1) cells.add(keyOf(Math.floor(g[0][0]), Math.floor(g[0][1])));
      for (let i = 0; i + 1 < g.length; i++) cellsOnSegment(g[i], g[i + 1], (x, y) => cells.add(keyOf(x, y)));
    }
    const grown = new Map<number, Cell>();
    for (const c of cells) {
      const x = Math.floor(c / 2 ** 21) - OFFSET;
      const y = (c % 2 ** 21) - OFFSET;
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) grown.set(keyOf(x + dx, y + dy), { x: x + dx, y: y + dy });
    }
    return { minutes, polygons: cellOutline(grown.values()).map((poly) => poly.map((ring) => ring.map(toLonLat))), reachedNodes };
  });
}

/** Calls `visit(x, y)` for the grid cells the segment a–b (grid units) passes through, by a grid walk. */
function cellsOnSegment(a: LonLat, b: LonLat, visit: (x: number, y: number) => void): void {
  let x = Math.floor(a[0]);
  let y = Math.floor(a[1]);
  const ex = Math.floor(b[0]);
  const ey = Math.floor(b[1]);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const sx = Math.sign(dx);
  const sy = Math.sign(dy);
  let tx = dx !== 0 ? ((sx > 0 ? x + 1 : x) - a[0]) / dx : Infinity;
  let ty = dy !== 0 ? ((sy > 0 ? y + 1 : y) - a[1]) / dy : Infinity;
  const stepX = dx !== 0 ? Math.abs(1 / dx) : Infinity;
  const stepY = dy !== 0 ? Math.abs(1 / dy) : Infinity;
  visit(x, y);
  for (let guard = Math.abs(ex - x) + Math.abs(ey - y); guard > 0 && (x !== ex || y !== ey); guard--) {
    if (tx < ty) {
      x += sx;
      tx += stepX;
    } else {
      y += sy;
      ty += stepY;
    }
    visit(x, y);
  }
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
