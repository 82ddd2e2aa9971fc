/**
 * The routable logistics network in memory: noded edges in compressed adjacency arrays with a
 * travel time per edge for every profile (Infinity where a profile may not go). Built once per
 * network revision from the `logistics-network` features; immutable afterwards, so queries can
 * share it.
 */
import { lineLengthM, type LonLat } from './geodesy.ts';
import { nodeNetwork } from './nodeNetwork.ts';
import { PROFILE_NAMES, TRAVEL_PROFILES, type ProfileName, type TravelProfile } from './travelProfiles.ts';

/** Attributes of a network segment (a `logistics-network` feature), see docs/logistics.md. */
export interface SegmentProperties {
  name_vi?: string;
  name_en?: string;
  ref?: string;
  /** `trunk`, `primary`, `secondary`, `tertiary`, `access`, `bridge` or `railway`. */
  class: string;
  speed_car_kmh?: number;
  speed_truck_kmh?: number;
  speed_rail_kmh?: number;
  /** Closed to profiles that obey truck bans. Default: false. */
  truck_banned?: boolean;
  /** Load limit in tonnes; heavier profiles may not use it. Default: none. */
  max_weight_t?: number;
  /** Travel only along the drawn direction. Default: false. */
  oneway?: boolean;
}

/** One input segment: a network feature's id, line and attributes. */
export interface NetworkSegment {
  id: string;
  coordinates: LonLat[];
  properties: SegmentProperties;
}

/** The network mode of a segment class: `rail` for railways, `road` otherwise. */
export function modeOfClass(cls: string): string {
  return cls === 'railway' ? 'rail' : 'road';
}

/** Speed of `segment` for `profile` in km/h, or 0 when the profile may not use it at all. */
export function segmentSpeedKmh(segment: SegmentProperties, profileName: ProfileName, profile: TravelProfile = TRAVEL_PROFILES[profileName]): number {
  if (modeOfClass(segment.class) !== profile.mode) return 0;
  if (profile.truckBan && segment.truck_banned === true) return 0;
  if (typeof segment.max_weight_t === 'number' && profile.weightT > segment.max_weight_t) return 0;
  const own = segment[`speed_${profileName}_kmh` as keyof SegmentProperties];
  const speed = typeof own === 'number' ? own : profile.speedsKmh[segment.class];
  return typeof speed === 'number' && speed > 0 ? speed : 0;
}

/** The immutable routing graph; see the module comment. */
export class LogisticsGraph {
  /** Node longitudes and latitudes (degrees). */
  readonly nodeLon: Float64Array;
  readonly nodeLat: Float64Array;
  /** Per edge: start node, end node (in the segment's drawn direction), length (m), segment index. */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeLengthM: Float64Array;
  readonly edgeSegment: Int32Array;
  /** Per edge: its polyline from `edgeFrom` to `edgeTo`. */
  readonly edgeCoordinates: LonLat[][];
  /** Adjacency (CSR): arcs of node n are `arcOffset[n] … arcOffset[n+1]-1`. */
  readonly arcOffset: Int32Array;
  /** Per arc: the edge it travels, the node it reaches, and 1 when it runs along the edge's direction. */
  readonly arcEdge: Int32Array;
  readonly arcHead: Int32Array;
  readonly arcForward: Uint8Array;
  /** Per profile and edge: travel time in seconds, Infinity when the profile may not use the edge. */
  readonly edgeTimeS: Record<ProfileName, Float64Array>;
  /** Per profile: the highest speed on the network, in m/s (for the A* heuristic). */
  readonly maxSpeedMps: Record<ProfileName, number>;
  /** The input segments, in input order. */
  readonly segments: readonly NetworkSegment[];
  /** Edge indices of each segment id. */
  readonly edgesOfSegment: ReadonlyMap<string, readonly number[]>;

  private constructor(segments: readonly NetworkSegment[]) {
    this.segments = segments;
    const noded = nodeNetwork(segments.map((s) => ({ id: s.id, coordinates: s.coordinates, mode: modeOfClass(s.properties.class) })));
    const n = noded.nodes.length;
    const m = noded.edges.length;
    this.nodeLon = Float64Array.from(noded.nodes, (p) => p[0]);
    this.nodeLat = Float64Array.from(noded.nodes, (p) => p[1]);
    this.edgeFrom = Int32Array.from(noded.edges, (e) => e.from);
    this.edgeTo = Int32Array.from(noded.edges, (e) => e.to);
    this.edgeLengthM = Float64Array.from(noded.edges, (e) => e.lengthM);
    this.edgeSegment = Int32Array.from(noded.edges, (e) => e.line);
    this.edgeCoordinates = noded.edges.map((e) => e.coordinates);
    const bySegment = new Map<string, number[]>();
    noded.edges.forEach((e, i) => {
      const id = segments[e.line].id;
      const list = bySegment.get(id);
      if (list) list.push(i);
      else bySegment.set(id, [i]);
    });
    this.edgesOfSegment = bySegment;
    // Arcs: both directions unless the segment is one-way.
    const degree = new Int32Array(n + 1);
    noded.edges.forEach((e) => {
      degree[e.from + 1]++;
      if (segments[e.line].properties.oneway !== true) degree[e.to + 1]++;
    });
    for (let i = 0; i < n; i++) degree[i + 1] += degree[i];
    this.arcOffset = degree.slice();
    const fill = degree.slice(0, n);
    const arcs = this.arcOffset[n];
    this.arcEdge = new Int32Array(arcs);
    this.arcHead = new Int32Array(arcs);
    this.arcForward = new Uint8Array(arcs);
    noded.edges.forEach((e, i) => {
      let a = fill[e.from]++;
      this.arcEdge[a] = i;
      this.arcHead[a] = e.to;
      this.arcForward[a] = 1;
      if (segments[e.line].properties.oneway !== true) {
        a = fill[e.to]++;
        this.arcEdge[a] = i;
        this.arcHead[a] = e.from;
        this.arcForward[a] = 0;
      }
    });
    const times = {} as Record<ProfileName, Float64Array>;
    const maxSpeed = {} as Record<ProfileName, number>;
    for (const name of PROFILE_NAMES) {
      const t = new Float64Array(m);
      let vmax = 0;
      for (let i = 0; i < m; i++) {
        const kmh = segmentSpeedKmh(segments[this.edgeSegment[i]].properties, name);
        t[i] = kmh > 0 ? this.edgeLengthM[i] / (kmh / 3.6) : Infinity;
        vmax = Math.max(vmax, kmh / 3.6);
      }
      times[name] = t;
      maxSpeed[name] = vmax;
    }
    this.edgeTimeS = times;
    this.maxSpeedMps = maxSpeed;
  }

  /** Builds the graph from network segments (noding them first). */
  static build(segments: readonly NetworkSegment[]): LogisticsGraph {
    return new LogisticsGraph(segments.filter((s) => s.coordinates.length >= 2 && lineLengthM(s.coordinates) > 0));
  }

  /** Number of nodes. */
  get nodeCount(): number {
    return this.nodeLon.length;
  }

  /** Number of edges. */
  get edgeCount(): number {
    return this.edgeFrom.length;
  }

  /** Position of node `n` as `[lon, lat]`. */
  node(n: number): LonLat {
    return [this.nodeLon[n], this.nodeLat[n]];
  }

  /** The segment (feature) an edge belongs to. */
  segmentOf(edge: number): NetworkSegment {
    return this.segments[this.edgeSegment[edge]];
  }
}
