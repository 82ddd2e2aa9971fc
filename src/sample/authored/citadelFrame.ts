/**
 * The Citadel's own affine frame: `u` runs along the front (south-east) wall from the south corner to
 * the east corner, `v` along the south-west wall from the south corner to the west corner; the
 * Citadel is the unit square (the authored outline in layers/citadel-walls.geojson is a
 * parallelogram). Gates, inner streets and the zones inside and around the Citadel are placed in it.
 */
import type { Polygon } from 'geojson';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import { layerFeature } from '../readLayerGeoJson.ts';

/** The Citadel frame, in metres of HUE_FRAME. */
export interface CitadelFrame {
  /** South corner (u = 0, v = 0), metres. */
  origin: XY;
  /** Vector from the south to the east corner, metres. */
  u: XY;
  /** Vector from the south to the west corner, metres. */
  v: XY;
  /** Length of the front wall, metres. */
  lengthU: number;
  /** Length of the south-west wall, metres. */
  lengthV: number;
  /** Point at frame coordinates (fractions of the walls), metres. */
  at(fu: number, fv: number): XY;
  /** Frame coordinates (fractions) of a point in metres. */
  coords(p: XY): [number, number];
}

/** Builds the frame from the authored Kinh Thành outline. */
export function citadelFrame(): CitadelFrame {
  const ring = (layerFeature('citadel-walls', 'kinh-thanh').geometry as Polygon).coordinates[0]!;
  const s = HUE_FRAME.toXY(ring[0]!);
  const e = HUE_FRAME.toXY(ring[1]!);
  const w = HUE_FRAME.toXY(ring[3]!);
  const u: XY = [e[0] - s[0], e[1] - s[1]];
  const v: XY = [w[0] - s[0], w[1] - s[1]];
  const det = u[0] * v[1] - u[1] * v[0];
  return {
    origin: s,
    u,
    v,
    lengthU: Math.hypot(u[0], u[1]),
    lengthV: Math.hypot(v[0], v[1]),
    at: (fu, fv) => [s[0] + u[0] * fu + v[0] * fv, s[1] + u[1] * fu + v[1] * fv],
    coords: (p) => {
      const dx = p[0] - s[0];
      const dy = p[1] - s[1];
      return [(dx * v[1] - dy * v[0]) / det, (u[0] * dy - u[1] * dx) / det];
    },
  };
}
