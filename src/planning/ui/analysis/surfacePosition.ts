/** Picked points ↔ Cesium positions, with heights measured from the ground (ellipsoid or terrain). */
import { Cartesian2, Cartesian3, Cartographic, defined, Math as CesiumMath, type Viewer } from 'cesium';
import type { GeoPoint } from '../../analysis/analysisParams.ts';

/** Height of the ground at lon/lat, m above the ellipsoid (0 without terrain or before it loads). */
export function groundHeightM(viewer: Viewer, lon: number, lat: number): number {
  const h = viewer.scene.globe.getHeight(Cartographic.fromDegrees(lon, lat));
  return typeof h === 'number' && Number.isFinite(h) ? h : 0;
}

/** World position of a point `h` m above the ground. */
export function toCartesian(viewer: Viewer, p: GeoPoint, extraM = 0): Cartesian3 {
  return Cartesian3.fromDegrees(p.lon, p.lat, groundHeightM(viewer, p.lon, p.lat) + p.h + extraM);
}

/**
 * The surface point under a screen position: a building or model (depth picking) when one is
 * there, else the globe. Undefined when the click misses the Earth.
 */
export function pickSurfacePoint(viewer: Viewer, screen: Cartesian2): GeoPoint | undefined {
  const scene = viewer.scene;
  let position: Cartesian3 | undefined;
  if (scene.pickPositionSupported && defined(scene.pick(screen))) position = scene.pickPosition(screen);
  if (!defined(position)) {
    const ray = scene.camera.getPickRay(screen);
    position = ray ? scene.globe.pick(ray, scene) : undefined;
    if (!defined(position)) position = scene.camera.pickEllipsoid(screen, scene.globe.ellipsoid);
  }
  if (!defined(position)) return undefined;
  const c = Cartographic.fromCartesian(position);
  const lon = CesiumMath.toDegrees(c.longitude), lat = CesiumMath.toDegrees(c.latitude);
  return { lon, lat, h: Math.max(0, c.height - groundHeightM(viewer, lon, lat)) };
}
