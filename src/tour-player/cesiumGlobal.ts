/**
 * The player loads Cesium's own prebuilt IIFE (`Cesium.js`, global `Cesium`, its web workers
 * embedded) with a classic script tag: module scripts and module workers do not load from file://.
 * The player's code uses it through this typed accessor.
 */
import type * as CesiumModule from 'cesium';

/** The `Cesium` global's type: the same API as the npm module. */
export type CesiumGlobal = typeof CesiumModule;

/** The `Cesium` global; throws if `Cesium.js` did not load (a broken bundle). */
export function cesiumGlobal(): CesiumGlobal {
  const cesium = (window as unknown as { Cesium?: CesiumGlobal }).Cesium;
  if (!cesium) throw new Error('Cesium.js did not load: the bundle is incomplete');
  return cesium;
}
