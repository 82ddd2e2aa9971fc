/**
 * Flies the camera to a building the planner asked to look at (a row of the violation list): looks
 * at its footprint from the south-east at 35° down, close enough that it fills about a third of the view.
 */
import { BoundingSphere, Cartesian3, HeadingPitchRange, Math as CesiumMath, type Viewer } from 'cesium';
import type { MultiPolygon, Polygon } from 'geojson';
import { useEffect } from 'react';
import { footprintOf, type FocusRequest } from '../scenarioSession.ts';

/** Flight duration, s. */
const FLIGHT_S = 0.8;
/** Smallest camera distance, m. */
const MIN_RANGE_M = 120;

function sphereOf(footprint: Polygon | MultiPolygon, topM: number): BoundingSphere {
  const points: Cartesian3[] = [];
  for (const rings of footprint.type === 'Polygon' ? [footprint.coordinates] : footprint.coordinates) {
    for (const p of rings[0] ?? []) points.push(Cartesian3.fromDegrees(p[0]!, p[1]!, 0), Cartesian3.fromDegrees(p[0]!, p[1]!, topM));
  }
  return BoundingSphere.fromPoints(points);
}

/** Flies to `focus` whenever a new request arrives. */
export function useFocusFlight(viewer: Viewer | undefined, focus: FocusRequest | undefined): void {
  useEffect(() => {
    if (!viewer || !focus) return;
    let cancelled = false;
    void (async () => {
      const footprint = focus.footprint ?? (await footprintOf(focus.buildingId));
      if (cancelled || !footprint || viewer.isDestroyed()) return;
      const sphere = sphereOf(footprint, focus.lineOfSight?.top[2] ?? 20);
      const range = Math.max(MIN_RANGE_M, sphere.radius * 12);
      viewer.camera.flyToBoundingSphere(sphere, {
        duration: FLIGHT_S,
        offset: new HeadingPitchRange(CesiumMath.toRadians(-30), CesiumMath.toRadians(-35), range),
        complete: () => viewer.scene.requestRender(),
      });
      viewer.scene.requestRender();
    })();
    return () => { cancelled = true; };
  }, [viewer, focus]);
}
