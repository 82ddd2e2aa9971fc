/**
 * The flood model: we have no DEM, so flood-prone zones are polygons with a (synthetic) ground
 * elevation; a water level above a zone's ground closes every network edge that touches the zone.
 */
import type { LonLat } from './geodesy.ts';
import type { LogisticsGraph } from './LogisticsGraph.ts';

/** A flood-prone zone (a `logistics-flood-zones` feature). */
export interface FloodZone {
  id: string;
  /** Polygons, each a list of rings (outer first, then holes), lon/lat. */
  polygons: LonLat[][][];
  /** Ground elevation in metres above mean sea level. */
  groundElevationM: number;
}

/** Whether `p` lies inside the polygon (outer ring minus holes), by ray casting. */
export function insidePolygon(p: LonLat, rings: readonly LonLat[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

function segmentsCross(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
  const o = (p: LonLat, q: LonLat, r: LonLat) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

/** Whether the polyline `line` touches the polygon `rings` (a vertex inside, or an edge crossing a ring). */
export function lineTouchesPolygon(line: readonly LonLat[], rings: readonly LonLat[][]): boolean {
  if (line.some((p) => insidePolygon(p, rings))) return true;
  for (let i = 0; i + 1 < line.length; i++) {
    for (const ring of rings) {
      for (let j = 0; j + 1 < ring.length; j++) if (segmentsCross(line[i], line[i + 1], ring[j], ring[j + 1])) return true;
    }
  }
  return false;
}

/** Per edge of `graph`: the lowest ground elevation (m) of the zones it touches; Infinity when none. */
export function edgeFloodElevations(graph: LogisticsGraph, zones: readonly FloodZone[]): Float64Array {
  const out = new Float64Array(graph.edgeCount).fill(Infinity);
  for (const zone of zones) {
    const all = zone.polygons.flat(2);
    const minLon = Math.min(...all.map((p) => p[0]));
    const maxLon = Math.max(...all.map((p) => p[0]));
    const minLat = Math.min(...all.map((p) => p[1]));
    const maxLat = Math.max(...all.map((p) => p[1]));
    graph.edgeCoordinates.forEach((line, e) => {
      if (out[e] <= zone.groundElevationM) return;
      if (line.every((p) => p[0] < minLon) || line.every((p) => p[0] > maxLon) || line.every((p) => p[1] < minLat) || line.every((p) => p[1] > maxLat)) return;
      if (zone.polygons.some((rings) => lineTouchesPolygon(line, rings))) out[e] = zone.groundElevationM;
    });
  }
  return out;
}

/** Zones under water at `levelM` (ground elevation below the level). */
export function floodedZones(zones: readonly FloodZone[], levelM: number): FloodZone[] {
  return zones.filter((z) => z.groundElevationM < levelM);
}
