/**
 * Vehicle trips for the live-fleet layer: a road graph from the `logistics-network` lines,
 * deterministic synthetic trucks driving it (random walks at each segment's truck speed — marked
 * synthetic), and the position of a trip at a time (linear interpolation between timed vertices).
 * Pure: runs in Node and the browser.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';

/** A vehicle's path with a time (seconds, on the caller's clock) at each vertex, ascending. */
export interface Trip {
  id: string;
  path: [number, number][];
  timestamps: number[];
  /** True for generated vehicles (every synthetic truck). */
  synthetic: boolean;
  kind: 'truck' | 'waste-truck';
}

/** A road graph: node positions and, per node, the edges leaving it. */
export interface RoadGraph {
  nodes: [number, number][];
  edges: { to: number; seconds: number }[][];
}

/** Truck speed when a segment has none, km/h. Default 40. */
export const DEFAULT_TRUCK_SPEED_KMH = 40;
const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance between two lon/lat points, metres. */
export function distanceM([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The graph trucks may drive: every road line of the network (railways and truck-banned segments
 * left out), vertices shared by position (1e-6°), both directions unless `oneway`.
 */
export function roadGraph(features: readonly Feature<LineString | MultiLineString>[]): RoadGraph {
  const nodes: [number, number][] = [];
  const edges: { to: number; seconds: number }[][] = [];
  const index = new Map<string, number>();
  const nodeOf = (c: number[]): number => {
    const key = `${c[0].toFixed(6)},${c[1].toFixed(6)}`;
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.length;
      index.set(key, i);
      nodes.push([c[0], c[1]]);
      edges.push([]);
    }
    return i;
  };
  for (const f of features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (p.class === 'railway' || p.truck_banned === true || p.truck_banned === 'true') continue;
    const kmh = Number(p.speed_truck_kmh) > 0 ? Number(p.speed_truck_kmh) : DEFAULT_TRUCK_SPEED_KMH;
    const oneway = p.oneway === true || p.oneway === 'true';
    const lines = f.geometry?.type === 'LineString' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiLineString' ? f.geometry.coordinates : [];
    for (const line of lines) {
      for (let k = 1; k < line.length; k++) {
        const a = nodeOf(line[k - 1]);
        const b = nodeOf(line[k]);
        if (a === b) continue;
        const seconds = distanceM(nodes[a], nodes[b]) / (kmh / 3.6);
        edges[a].push({ to: b, seconds });
        if (!oneway) edges[b].push({ to: a, seconds });
      }
    }
  }
  return { nodes, edges };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same fleet. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link syntheticTrips}. */
export interface SyntheticFleetOptions {
  /** Number of trucks. */
  count: number;
  /** Length of each trip, seconds (the replay period). Default 3,600. */
  durationS?: number;
  /** PRNG seed. Default 1957. */
  seed?: number;
}

/**
 * Synthetic trucks: each starts at a random node at time 0 and drives a random walk (never
 * straight back unless at a dead end) until `durationS`. Empty when the graph has no edge.
 */
export function syntheticTrips(graph: RoadGraph, { count, durationS = 3600, seed = 1957 }: SyntheticFleetOptions): Trip[] {
  const starts = graph.edges.map((e, i) => (e.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (starts.length === 0) return [];
  const random = seededRandom(seed);
  const trips: Trip[] = [];
  for (let v = 0; v < count; v++) {
    let node = starts[Math.floor(random() * starts.length)];
    let previous = -1;
    let t = 0;
    const path: [number, number][] = [graph.nodes[node]];
    const timestamps = [0];
    while (t < durationS) {
      const out = graph.edges[node];
      if (out.length === 0) break;
      const onward = out.length > 1 ? out.filter((e) => e.to !== previous) : out;
      const edge = onward[Math.floor(random() * onward.length)];
      t += edge.seconds;
      previous = node;
      node = edge.to;
      path.push(graph.nodes[node]);
      timestamps.push(t);
    }
    trips.push({ id: `synthetic-truck-${v + 1}`, path, timestamps, synthetic: true, kind: 'truck' });
  }
  return trips;
}

/**
 * Where a trip is at time `t` (same clock as its timestamps): interpolated along the segment that
 * spans `t`; the first vertex before the start, the last after the end; undefined for an empty trip.
 */
export function positionAt(trip: Pick<Trip, 'path' | 'timestamps'>, t: number): [number, number] | undefined {
  const { path, timestamps } = trip;
  if (path.length === 0) return undefined;
  if (t <= timestamps[0]) return path[0];
  const last = path.length - 1;
  if (t >= timestamps[last]) return path[last];
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (timestamps[mid] <= t) lo = mid;
    else hi = mid;
  }
  const span = timestamps[hi] - timestamps[lo];
  const f = span > 0 ? (t - timestamps[lo]) / span : 0;
  return [path[lo][0] + (path[hi][0] - path[lo][0]) * f, path[lo][1] + (path[hi][1] - path[lo][1]) * f];
}

/** The fleet clock: seconds into the loop of length `periodS` at wall time `nowMs`, `replayMin` minutes back. */
export function fleetClock(nowMs: number, periodS: number, replayMin = 0): number {
  const t = (nowMs / 1000 - replayMin * 60) % periodS;
  return t < 0 ? t + periodS : t;
}
