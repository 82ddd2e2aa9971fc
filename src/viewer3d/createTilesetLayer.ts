/**
 * A `3dtiles` layer in Cesium: a Cesium3DTileset loaded from `/tilesets/<layer id>/tileset.json`,
 * styled by use and opacity, registered for picking. Loading is asynchronous; `settled()` says
 * whether the layer no longer holds back readiness (its visible tiles are loaded, or it failed).
 */
import { Cesium3DTileset, type Viewer } from 'cesium';
import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import { registerTilesetLayer } from './pickedTileFeature.ts';
import { tilesetStyle } from './tilesetStyle.ts';

/** A tileset layer drawn in a viewer. */
export interface CesiumTilesetHandle {
  setShow(show: boolean): void;
  /** Sets the opacity 0–1 (restyles). */
  setOpacity(opacity: number): void;
  /** true once the tiles needed for the current view are loaded, or loading failed, or hidden. */
  settled(): boolean;
  /** Removes the tileset from the scene. */
  destroy(): void;
}

/** URL of a layer's tileset. */
export function tilesetUrl(layerId: string): string {
  return `/tilesets/${encodeURIComponent(layerId)}/tileset.json`;
}

/** Starts loading the layer's tileset into the viewer. */
export function createTilesetLayer(viewer: Viewer, layer: CatalogLayer, options: { show: boolean; opacity: number }): CesiumTilesetHandle {
  let tileset: Cesium3DTileset | undefined;
  let failed = false;
  let destroyed = false;
  let show = options.show;
  let opacity = options.opacity;
  let initialLoaded = false;

  Cesium3DTileset.fromUrl(tilesetUrl(layer.id), {
    // Keep loaded tiles when panning; the city is a few tens of MB at most.
    cacheBytes: 256 * 1024 * 1024,
  }).then((created) => {
    if (destroyed || viewer.isDestroyed()) { created.destroy(); return; }
    tileset = created;
    registerTilesetLayer(created, layer.id);
    created.style = tilesetStyle(layer.style ?? {}, opacity);
    created.show = show;
    created.initialTilesLoaded.addEventListener(() => { initialLoaded = true; });
    viewer.scene.primitives.add(created);
    viewer.scene.requestRender();
  }).catch((error: unknown) => {
    failed = true;
    console.warn(`layer ${layer.id}: the 3D Tiles at ${tilesetUrl(layer.id)} could not be loaded (${error instanceof Error ? error.message : String(error)}); is the tileset built?`);
  });

  return {
    setShow(next) {
      show = next;
      if (tileset) tileset.show = next;
    },
    setOpacity(next) {
      if (next === opacity) return;
      opacity = next;
      if (tileset) tileset.style = tilesetStyle(layer.style ?? {}, opacity);
    },
    settled: () => failed || !show || (tileset !== undefined && initialLoaded && tileset.tilesLoaded),
    destroy() {
      destroyed = true;
      if (tileset && !viewer.isDestroyed()) viewer.scene.primitives.remove(tileset);
      tileset = undefined;
    },
  };
}
