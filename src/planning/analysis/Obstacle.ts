/**
 * A building as the analysis tools see it: its footprint projected to a local metre frame and one
 * height (flat top). Buildings stand on the ellipsoid (height 0), as the 3D Tiles layer draws them.
 */
import type { Feature } from 'geojson';
import { buildingHeightM } from '../buildingHeight.ts';
import { buildingFromFeature } from '../fromFeatures.ts';
import type { LocalProjection } from '../geometry/LocalProjection.ts';
import { toPlanarPolygon, type PlanarPolygon } from '../geometry/PlanarPolygon.ts';

/** A projected building footprint with its height above the ground, m. */
export interface Obstacle extends PlanarPolygon {
  id: string;
  /** Height of the (flat) top above the ground, m (`height_m`, else levels × 3.3 m). */
  heightM: number;
}

/** Projects building features (`hue-buildings` properties) into `projection`; buildings without height are left out. */
export function obstaclesFromFeatures(features: readonly Feature[], projection: LocalProjection): Obstacle[] {
  const out: Obstacle[] = [];
  for (const f of features) {
    const b = buildingFromFeature(f);
    if (!b) continue;
    const heightM = buildingHeightM(b);
    if (!(heightM > 0)) continue;
    out.push({ ...toPlanarPolygon(b.footprint, projection), id: b.id, heightM });
  }
  return out;
}
