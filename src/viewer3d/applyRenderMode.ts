import type { Viewer } from 'cesium';

/**
 * Applies the render quality to a live viewer. `low`: no sky atmosphere, fog, sky box, sun, moon,
 * ground atmosphere or FXAA, resolution scale 1 and on-demand rendering (MSAA is set at creation).
 */
export function applyRenderMode(viewer: Viewer, low: boolean): void {
  const scene = viewer.scene;
  scene.fog.enabled = !low;
  if (scene.skyAtmosphere) scene.skyAtmosphere.show = !low;
  if (scene.skyBox) (scene.skyBox as unknown as { show: boolean }).show = !low;
  if (scene.sun) scene.sun.show = !low;
  if (scene.moon) scene.moon.show = !low;
  scene.globe.showGroundAtmosphere = !low;
  scene.globe.enableLighting = false;
  scene.postProcessStages.fxaa.enabled = !low;
  scene.requestRenderMode = low;
  scene.maximumRenderTimeChange = Number.POSITIVE_INFINITY;
  viewer.resolutionScale = 1;
  scene.requestRender();
}
