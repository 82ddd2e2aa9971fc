/** What the tree needs to know about a building without its geometry: where it is and how big. */
import type { Footprint } from './Footprint.ts';

/** Placement summary of one building (degrees, metres). */
export interface BuildingSummary {
  id: string;
  /** Centre of the footprint's bounding box, degrees. */
  lonDeg: number;
  latDeg: number;
  /** Bounding box [west, south, east, north], degrees. */
  bbox: [number, number, number, number];
  /** Extrusion height, metres. */
  heightM: number;
  /**
   * Visual size, metres: max(height, bounding-box diagonal). Leaving the building out of the view
   * displaces the rendered surface by up to this much, so it is the geometric error of omitting it.
   */
  sizeM: number;
}

const M_PER_DEG = 111_320;

/** Summarises a footprint with its extrusion height (metres); undefined when it has no coordinates. */
export function summarizeFootprint(footprint: Footprint, heightM: number): BuildingSummary | undefined {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const poly of footprint.polygons) {
    for (const p of poly[0] ?? []) {
      if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
      if (p[0] < w) w = p[0];
      if (p[0] > e) e = p[0];
      if (p[1] < s) s = p[1];
      if (p[1] > n) n = p[1];
    }
  }
  if (!(w <= e && s <= n)) return undefined;
  const lat = (s + n) / 2;
  const diag = Math.hypot((e - w) * M_PER_DEG * Math.cos((lat * Math.PI) / 180), (n - s) * M_PER_DEG);
  // Rounded as the manifest stores them, so a rebuild from the manifest places buildings identically.
  const r7 = (x: number) => Math.round(x * 1e7) / 1e7;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return { id: footprint.id, lonDeg: r7((w + e) / 2), latDeg: r7(lat), bbox: [w, s, e, n], heightM: r2(heightM), sizeM: r2(Math.max(heightM, diag)) };
}

/** Orders buildings for placement: biggest first, ties by id (deterministic). */
export function compareBySize(a: BuildingSummary, b: BuildingSummary): number {
  return b.sizeM - a.sizeM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
