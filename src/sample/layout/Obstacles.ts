/**
 * Everything building lots must keep clear of, built from the authored layers: the river, canals,
 * streets (half their width plus a verge), the railway, protection zone I (Citadel walls and moat,
 * Imperial City, monument areas) and small buffers around point landmarks. Also answers the height
 * cap of protection zone II at a point.
 */
import type { Point, Polygon } from 'geojson';
import { canalSpecs } from '../authored/buildCanalsLayer.ts';
import { buildProtectionZones } from '../authored/buildProtectionZones.ts';
import { streetSpecs } from '../authored/buildStreetsLayer.ts';
import { riverRings } from '../authored/authoredGeometry.ts';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import { bboxOf, circle, pointInPolygon, type RingXY } from '../geo/planar.ts';
import { SegmentGrid } from '../geo/SegmentGrid.ts';
import { readLayerGeoJson } from '../readLayerGeoJson.ts';

/** Clearance from a river bank, metres (bank road / embankment). Default 15. */
export const RIVER_CLEARANCE_M = 15;
/** Verge added to half a street's width, metres. */
export const STREET_VERGE_M = 1.5;
/** Radius kept free around point landmarks (monuments, hubs, gates), metres. */
export const LANDMARK_RADIUS_M = 60;

interface Area {
  rings: RingXY[];
  bbox: [number, number, number, number];
  maxHeight: number;
}

/** Obstacles and height caps for lot placement. */
export class Obstacles {
  /** Segments with clearances (banks, streets, canals, zone I outlines, landmark buffers). */
  readonly grid = new SegmentGrid(50);
  private readonly forbidden: Area[] = [];
  private readonly capped: Area[] = [];

  private constructor() {}

  /** Builds the obstacles from the authored layers. */
  static create(): Obstacles {
    const o = new Obstacles();
    const river = riverRings();
    for (const ring of river) o.grid.addLine(ring, RIVER_CLEARANCE_M);
    o.forbidden.push({ rings: river, bbox: bboxOf(river[0]!), maxHeight: 0 });
    for (const s of streetSpecs()) o.grid.addLine(s.points, s.width_m / 2 + STREET_VERGE_M);
    for (const k of canalSpecs()) o.grid.addLine(k.points, k.width_m / 2 + 3);
    for (const f of buildProtectionZones().features) {
      const rings = (f.geometry as Polygon).coordinates.map((r) => r.map((p) => HUE_FRAME.toXY(p)));
      const area = { rings, bbox: bboxOf(rings[0]!), maxHeight: Number(f.properties?.max_height_m ?? 0) };
      if (f.properties?.zone === 'I') {
        for (const ring of rings) o.grid.addLine(ring, 3);
        o.forbidden.push(area);
      } else {
        o.capped.push(area);
      }
    }
    const points = ['heritage-monuments', 'transport-hubs', 'citadel-gates'].flatMap((id) => readLayerGeoJson(id).features);
    for (const f of points) {
      const centre = HUE_FRAME.toXY((f.geometry as Point).coordinates);
      const ring = circle(centre, LANDMARK_RADIUS_M, 16);
      o.grid.addLine(ring, 1);
      o.forbidden.push({ rings: [ring], bbox: bboxOf(ring), maxHeight: 0 });
    }
    return o;
  }

  /** Whether `p` lies in a forbidden area (river, zone I, landmark buffer). */
  inForbiddenArea(p: XY): boolean {
    for (const a of this.forbidden) {
      if (p[0] < a.bbox[0] || p[0] > a.bbox[2] || p[1] < a.bbox[1] || p[1] > a.bbox[3]) continue;
      if (pointInPolygon(p, a.rings)) return true;
    }
    return false;
  }

  /** Whether a lot ring is clear: no obstacle within clearance and not inside a forbidden area. */
  ringClear(ring: RingXY): boolean {
    return !this.grid.ringConflicts(ring) && !this.inForbiddenArea(ring[0]!);
  }

  /** The lowest protection-zone-II height limit touching the ring's vertices, or Infinity. */
  heightCap(ring: RingXY): number {
    let cap = Infinity;
    for (const a of this.capped) {
      if (a.maxHeight >= cap) continue;
      for (let i = 0; i < ring.length - 1; i++) {
        const p = ring[i]!;
        if (p[0] < a.bbox[0] || p[0] > a.bbox[2] || p[1] < a.bbox[1] || p[1] > a.bbox[3]) continue;
        if (pointInPolygon(p, a.rings)) {
          cap = a.maxHeight;
          break;
        }
      }
    }
    return cap;
  }
}

