/**
 * Nodes a set of polylines into a routable graph: lines are split where they share a vertex, where
 * they cross, and where one ends on another (a T-junction); each piece between two nodes is an edge.
 * Crossings are only noded between lines of the same `mode` (a road crossing a railway on a bridge
 * is not a junction); shared vertices always are.
 */
import { closestOnSegment, lineLengthM, type LonLat } from './geodesy.ts';

/** One input line (a `logistics-network` feature). */
export interface NetworkLine {
  /** Segment id (the feature id). */
  id: string;
  coordinates: LonLat[];
  /** Lines only cross-node with lines of the same mode (`road`, `rail`). */
  mode: string;
}

/** One edge of the noded network: the part of input line `line` between nodes `from` and `to`, in the line's direction. */
export interface NodedEdge {
  /** Index of the input line. */
  line: number;
  from: number;
  to: number;
  coordinates: LonLat[];
  /** Length in metres (haversine). */
  lengthM: number;
}

/** The noded network: node positions and edges. */
export interface NodedNetwork {
  nodes: LonLat[];
  edges: NodedEdge[];
}

/** Options of {@link nodeNetwork}. */
export interface NodeNetworkOptions {
  /** A line end closer than this to another line of the same mode joins it (T-junction), in metres. Default: 1. */
  junctionToleranceM?: number;
  /** Grid cell size of the crossing search, in degrees. Default: twice the mean segment extent (0.0001–0.05). */
  cellDeg?: number;
}

const key = (p: LonLat) => `${Math.round(p[0] * 1e7)},${Math.round(p[1] * 1e7)}`;

interface Insertion {
  t: number;
  point: LonLat;
}

/** Vertices to insert, by line and segment index (only the few segments that need them). */
type Insertions = Map<number, Map<number, Insertion[]>>;

function insert(insertions: Insertions, line: number, segment: number, insertion: Insertion): void {
  let byLine = insertions.get(line);
  if (!byLine) insertions.set(line, (byLine = new Map()));
  const list = byLine.get(segment);
  if (list) list.push(insertion);
  else byLine.set(segment, [insertion]);
}

/** Splits `lines` at shared vertices, crossings and T-junctions; see the module comment. */
export function nodeNetwork(lines: readonly NetworkLine[], options: NodeNetworkOptions = {}): NodedNetwork {
  const tolerance = options.junctionToleranceM ?? 1;
  const tolDeg = tolerance / 100_000;
  // Every segment of every line with its bounding box grown by the tolerance.
  const segLine: number[] = [];
  const segIndex: number[] = [];
  const box: number[] = [];
  let extent = 0;
  lines.forEach((line, li) => {
    for (let i = 0; i + 1 < line.coordinates.length; i++) {
      const [a, b] = [line.coordinates[i], line.coordinates[i + 1]];
      segLine.push(li);
      segIndex.push(i);
      box.push(Math.min(a[0], b[0]) - tolDeg, Math.min(a[1], b[1]) - tolDeg, Math.max(a[0], b[0]) + tolDeg, Math.max(a[1], b[1]) + tolDeg);
      extent += Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }
  });
  const nSeg = segLine.length;
  const cell = options.cellDeg ?? Math.min(0.05, Math.max(0.0001, nSeg ? (2 * extent) / nSeg : 0.005));
  const cellKey = (x: number, y: number) => x * 4_000_037 + y;
  const grid = new Map<number, number[]>();
  for (let s = 0; s < nSeg; s++) {
    const x0 = Math.floor(box[4 * s] / cell);
    const x1 = Math.floor(box[4 * s + 2] / cell);
    const y0 = Math.floor(box[4 * s + 1] / cell);
    const y1 = Math.floor(box[4 * s + 3] / cell);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const k = cellKey(x, y);
        const list = grid.get(k);
        if (list) list.push(s);
        else grid.set(k, [s]);
      }
    }
  }
  const insertions: Insertions = new Map();
  for (const [k, list] of grid) {
    for (let i = 0; i < list.length; i++) {
      const s1 = list[i];
      for (let j = i + 1; j < list.length; j++) {
        const s2 = list[j];
        // Boxes must overlap; each pair is handled once, in the cell holding the overlap's lower-left corner.
        const ox = Math.max(box[4 * s1], box[4 * s2]);
        const oy = Math.max(box[4 * s1 + 1], box[4 * s2 + 1]);
        if (ox > Math.min(box[4 * s1 + 2], box[4 * s2 + 2]) || oy > Math.min(box[4 * s1 + 3], box[4 * s2 + 3])) continue;
        if (cellKey(Math.floor(ox / cell), Math.floor(oy / cell)) !== k) continue;
        const l1 = segLine[s1];
        const l2 = segLine[s2];
        if (l1 === l2 && Math.abs(segIndex[s1] - segIndex[s2]) <= 1) continue;
        if (lines[l1].mode !== lines[l2].mode) continue;
        crossSegments(lines, insertions, l1, segIndex[s1], l2, segIndex[s2], tolerance);
      }
    }
  }
  // Rebuild each line with its inserted vertices, then count vertex uses to find the nodes.
  const noded = lines.map((line, li) => {
    const out: LonLat[] = [line.coordinates[0]];
    for (let i = 0; i + 1 < line.coordinates.length; i++) {
      const extra = insertions.get(li)?.get(i);
      if (extra) for (const ins of extra.sort((p, q) => p.t - q.t)) out.push(ins.point);
      out.push(line.coordinates[i + 1]);
    }
    return out.filter((p, i) => i === 0 || key(p) !== key(out[i - 1]));
  });
  const uses = new Map<string, number>();
  for (const coords of noded) {
    coords.forEach((p, i) => {
      const k = key(p);
      const isEnd = i === 0 || i === coords.length - 1;
      uses.set(k, (uses.get(k) ?? 0) + (isEnd ? 2 : 1));
    });
  }
  const nodeIds = new Map<string, number>();
  const nodes: LonLat[] = [];
  const nodeOf = (p: LonLat): number => {
    const k = key(p);
    let id = nodeIds.get(k);
    if (id === undefined) {
      id = nodes.length;
      nodes.push(p);
      nodeIds.set(k, id);
    }
    return id;
  };
  const edges: NodedEdge[] = [];
  noded.forEach((coords, li) => {
    if (coords.length < 2) return;
    let start = 0;
    for (let i = 1; i < coords.length; i++) {
      if (i === coords.length - 1 || (uses.get(key(coords[i])) ?? 0) >= 2) {
        const piece = coords.slice(start, i + 1);
        const lengthM = lineLengthM(piece);
        if (lengthM > 0) edges.push({ line: li, from: nodeOf(piece[0]), to: nodeOf(piece[piece.length - 1]), coordinates: piece, lengthM });
        start = i;
      }
    }
  });
  return { nodes, edges };
}

/** Records the crossing (or T-junction) of segment i1 of line l1 with segment i2 of line l2. */
function crossSegments(lines: readonly NetworkLine[], insertions: Insertions, l1: number, i1: number, l2: number, i2: number, toleranceM: number): void {
  const a = lines[l1].coordinates[i1];
  const b = lines[l1].coordinates[i1 + 1];
  const c = lines[l2].coordinates[i2];
  const d = lines[l2].coordinates[i2 + 1];
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denom = rx * sy - ry * sx;
  if (denom !== 0) {
    const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / denom;
    const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / denom;
    const eps = 1e-12;
    if (t > eps && t < 1 - eps && u > eps && u < 1 - eps) {
      const point: LonLat = [a[0] + t * rx, a[1] + t * ry];
      insert(insertions, l1, i1, { t, point });
      insert(insertions, l2, i2, { t: u, point });
      return;
    }
  }
  // T-junctions: a line's first/last vertex lying on the interior of the other segment.
  const lastOf = (l: number) => lines[l].coordinates.length - 1;
  const ends: Array<[LonLat, number, number]> = [];
  if (i1 === 0) ends.push([a, l2, i2]);
  if (i1 + 1 === lastOf(l1)) ends.push([b, l2, i2]);
  if (i2 === 0) ends.push([c, l1, i1]);
  if (i2 + 1 === lastOf(l2)) ends.push([d, l1, i1]);
  for (const [p, l, i] of ends) {
    const onto = closestOnSegment(p, lines[l].coordinates[i], lines[l].coordinates[i + 1]);
    if (onto.distanceM <= toleranceM && onto.t > 1e-9 && onto.t < 1 - 1e-9) insert(insertions, l, i, { t: onto.t, point: p });
  }
}
