/**
 * Sun and shadows in the Cesium viewer for one instant: the viewer's clock is stopped at that
 * instant (Cesium places its sun light from the clock, in the Earth-fixed frame), shadows are cast
 * by the 3D Tiles buildings onto the ground and each other. Returns a function restoring what it changed.
 */
import { JulianDate, ShadowMode, type Viewer } from 'cesium';

/** Shadow map settings: one 2048² map over 3 km covers a district view at street detail. */
const SHADOW_MAX_DISTANCE_M = 3000;
const SHADOW_DARKNESS = 0.45;

/** Turns on sun lighting and shadows at `instant`; the returned function turns them off again. */
export function applySunLighting(viewer: Viewer, instant: Date): () => void {
  const scene = viewer.scene;
  const before = {
    time: JulianDate.clone(viewer.clock.currentTime),
    animate: viewer.clock.shouldAnimate,
    shadows: viewer.shadows,
    terrainShadows: viewer.terrainShadows,
    lighting: scene.globe.enableLighting,
    maxDistance: scene.shadowMap.maximumDistance,
    darkness: scene.shadowMap.darkness,
  };
  viewer.clock.shouldAnimate = false;
  viewer.clock.currentTime = JulianDate.fromDate(instant);
  viewer.shadows = true;
  viewer.terrainShadows = ShadowMode.RECEIVE_ONLY;
  scene.shadowMap.maximumDistance = SHADOW_MAX_DISTANCE_M;
  scene.shadowMap.darkness = SHADOW_DARKNESS;
  scene.shadowMap.softShadows = false;
  scene.globe.enableLighting = true;
  scene.requestRender();
  return () => {
    if (viewer.isDestroyed()) return;
    viewer.clock.currentTime = before.time;
    viewer.clock.shouldAnimate = before.animate;
    viewer.shadows = before.shadows;
    viewer.terrainShadows = before.terrainShadows;
    scene.shadowMap.maximumDistance = before.maxDistance;
    scene.shadowMap.darkness = before.darkness;
    scene.globe.enableLighting = before.lighting;
    scene.requestRender();
  };
}
