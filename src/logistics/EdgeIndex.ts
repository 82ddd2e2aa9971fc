/**
 * Snaps points to the nearest usable edge of a {@link LogisticsGraph}: a uniform grid over edge
 * pieces, searched within a maximum distance (the caller decides what "usable" means: profile,
 * closures).
 */
import { closestOnSegment, distanceM, type LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';

/** Where a point lands on the network. */
export interface Snap {
  edge: number;
  /** Position along the edge from its start node, in metres. */
  offsetM: number;
  /** Fraction of the edge's length from its start node (0–1). */
  fraction: number;
  /** The snapped position. */
  point: LonLat;
  /** Straight distance from the input point to `point`, in metres. */
  distanceM: number;
  /** Index of the polyline piece of the edge the point lies on. */
  piece: number;
}

const CELL_DEG = 0.01;

/** A spatial index of the graph's edges for snapping. */
export class EdgeIndex {
  private readonly cells = new Map<string, number[]>();
  /** Per edge: cumulative length (m) at each vertex. */
  private readonly cumulative: Float64Array[];

  /** Indexes every edge piece of `graph`. */
  constructor(private readonly graph: LogisticsGraph) {
    this.cumulative = graph.edgeCoordinates.map((coords) => {
      const acc = new Float64Array(coords.length);
      for (let i = 1; i < coords.length; i++) acc[i] = acc[i - 1] + distanceM(coords[i - 1], coords[i]);
      return acc;
    });
    graph.edgeCoordinates.forEach((coords, edge) => {
      const x0 = Math.floor(Math.min(...coords.map((c) => c[0])) / CELL_DEG);
      const x1 = Math.floor(Math.max(...coords.map((c) => c[0])) / CELL_DEG);
      const y0 = Math.floor(Math.min(...coords.map((c) => c[1])) / CELL_DEG);
      const y1 = Math.floor(Math.max(...coords.map((c) => c[1])) / CELL_DEG);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const k = `${x}:${y}`;
          const list = this.cells.get(k);
          if (list) list.push(edge);
          else this.cells.set(k, [edge]);
        }
      }
    });
  }

  /**
   * The nearest point on an edge accepted by `usable`, no farther than `maxDistanceM` (metres);
   * null when there is none.
   */
  nearest(p: LonLat, maxDistanceM: number, usable: (edge: number) => boolean): Snap | null {
    const rLat = maxDistanceM / 111_000;
    const rLon = rLat / Math.max(0.2, Math.cos((p[1] * Math.PI) / 180));
    const x0 = Math.floor((p[0] - rLon) / CELL_DEG);
    const x1 = Math.floor((p[0] + rLon) / CELL_DEG);
    const y0 = Math.floor((p[1] - rLat) / CELL_DEG);
    const y1 = Math.floor((p[1] + rLat) / CELL_DEG);
    const seen = new Set<number>();
    let best: Snap | null = null;
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        for (const edge of this.cells.get(`${x}:${y}`) ?? []) {
          if (seen.has(edge)) continue;
          seen.add(edge);
          if (!usable(edge)) continue;
          const coords = this.graph.edgeCoordinates[edge];
          for (let i = 0; i + 1 < coords.length; i++) {
            const c = closestOnSegment(p, coords[i], coords[i + 1]);
            if (c.distanceM > maxDistanceM || (best && c.distanceM >= best.distanceM)) continue;
            const acc = this.cumulative[edge];
            const offsetM = acc[i] + c.t * (acc[i + 1] - acc[i]);
            const total = acc[acc.length - 1];
            best = { edge, offsetM, fraction: total > 0 ? offsetM / total : 0, point: c.point, distanceM: c.distanceM, piece: i };
          }
        }
      }
    }
    return best;
  }

  /** The part of `edge` between offsets `fromM` and `toM` (metres from its start; fromM > toM runs backwards). */
  slice(edge: number, fromM: number, toM: number): LonLat[] {
    const coords = this.graph.edgeCoordinates[edge];
    const acc = this.cumulative[edge];
    const at = (m: number): LonLat => {
      let i = 0;
      while (i + 2 < acc.length && acc[i + 1] < m) i++;
      const span = acc[i + 1] - acc[i];
      const f = span > 0 ? Math.max(0, Math.min(1, (m - acc[i]) / span)) : 0;
      return [coords[i][0] + f * (coords[i + 1][0] - coords[i][0]), coords[i][1] + f * (coords[i + 1][1] - coords[i][1])];
    };
    const lo = Math.min(fromM, toM);
    const hi = Math.max(fromM, toM);
    const inside = coords.filter((_, i) => acc[i] > lo && acc[i] < hi);
    const piece = [at(lo), ...inside, at(hi)];
    return fromM <= toM ? piece : piece.reverse();
  }
}
