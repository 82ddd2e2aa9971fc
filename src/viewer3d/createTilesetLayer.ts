/**
 * A `3dtiles` layer in Cesium: a Cesium3DTileset loaded from `/tilesets/<layer id>/tileset.json`,
 * styled by use and opacity, registered for picking. Loading is asynchronous; `settled()` says
 * whether the layer no longer holds back readiness (its visible tiles are loaded, or it failed).
 * `reload(revision)` swaps in a fresh tileset (`tileset.json?v=<revision>`) once it has loaded, keeping
 * show/opacity/style; the old one stays drawn (and `settled()` keeps its answer) until then.
 */
import { Cesium3DTileset, type Viewer } from 'cesium';
import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import { registerTilesetLayer } from './pickedTileFeature.ts';
import { tilesetStyle } from './tilesetStyle.ts';
import { revisionOfTilesetVersion, versionedUrl } from './tilesetLiveUpdates.ts';

/** A tileset layer drawn in a viewer. */
export interface CesiumTilesetHandle {
  setShow(show: boolean): void;
  /** Sets the opacity 0–1 (restyles). */
  setOpacity(opacity: number): void;
  /** true once the tiles needed for the current view are loaded, or loading failed, or hidden. */
  settled(): boolean;
  /** Collection revision of the drawn (or loading) tileset, from `asset.tilesetVersion` / the last reload; undefined when unknown. */
  revision(): number | undefined;
  /** Loads the tileset again with `?v=<revision>` and replaces the drawn one when it has loaded. */
  reload(revision: number): void;
  /** Removes the tileset from the scene. */
  destroy(): void;
}

/** URL of a layer's tileset. */
export function tilesetUrl(layerId: string): string {
  return `/tilesets/${encodeURIComponent(layerId)}/tileset.json`;
}

/** Starts loading the layer's tileset into the viewer. */
export function createTilesetLayer(viewer: Viewer, layer: CatalogLayer, options: { show: boolean; opacity: number }): CesiumTilesetHandle {
  /** The tileset drawn (and answering `settled()`). */
  let tileset: Cesium3DTileset | undefined;
  /** A reloaded tileset, in the scene but waiting for its first tiles before it replaces `tileset`. */
  let pending: Cesium3DTileset | undefined;
  let failed = false;
  let destroyed = false;
  let show = options.show;
  let opacity = options.opacity;
  let initialLoaded = false;
  let revision: number | undefined;
  /** Sequence number of the newest load; older loads that finish later are dropped. */
  let latest = 0;

  const remove = (t: Cesium3DTileset | undefined) => {
    if (t && !viewer.isDestroyed() && viewer.scene.primitives.contains(t)) viewer.scene.primitives.remove(t);
  };
  /** Makes `pending` the drawn tileset and removes the old one. */
  const swap = () => {
    if (!pending) return;
    remove(tileset);
    tileset = pending;
    pending = undefined;
    if (!viewer.isDestroyed()) viewer.scene.requestRender();
  };

  const load = (url: string, requestedRevision: number | undefined) => {
    const seq = ++latest;
    Cesium3DTileset.fromUrl(url, {
      // Keep loaded tiles when panning; the city is a few tens of MB at most.
      cacheBytes: 256 * 1024 * 1024,
    }).then((created) => {
      if (destroyed || viewer.isDestroyed() || seq !== latest) { created.destroy(); return; }
      registerTilesetLayer(created, layer.id);
      created.style = tilesetStyle(layer.style ?? {}, opacity);
      created.show = show;
      revision = revisionOfTilesetVersion(created.asset.tilesetVersion) ?? requestedRevision;
      failed = false;
      if (!tileset) {
        tileset = created;
        created.initialTilesLoaded.addEventListener(() => { initialLoaded = true; });
      } else {
        // Swap only once the new tiles are in, so the buildings never blink out (a hidden one at once).
        remove(pending);
        pending = created;
        created.initialTilesLoaded.addEventListener(() => { if (pending === created) swap(); });
        if (!show) swap();
      }
      viewer.scene.primitives.add(created);
      viewer.scene.requestRender();
    }).catch((error: unknown) => {
      if (destroyed || seq !== latest) return;
      const why = error instanceof Error ? error.message : String(error);
      if (tileset) {
        console.warn(`layer ${layer.id}: reloading the 3D Tiles at ${url} failed (${why}); keeping the tiles drawn`);
        return;
      }
      failed = true;
      console.warn(`layer ${layer.id}: the 3D Tiles at ${url} could not be loaded (${why}); is the tileset built?`);
    });
  };
  load(tilesetUrl(layer.id), undefined);

  return {
    setShow(next) {
      show = next;
      if (tileset) tileset.show = next;
      if (pending) pending.show = next;
      if (!next) swap();
    },
    setOpacity(next) {
      if (next === opacity) return;
      opacity = next;
      if (tileset) tileset.style = tilesetStyle(layer.style ?? {}, opacity);
      if (pending) pending.style = tilesetStyle(layer.style ?? {}, opacity);
    },
    settled: () => failed || !show || (tileset !== undefined && initialLoaded && tileset.tilesLoaded),
    revision: () => revision,
    reload(next) {
      if (destroyed) return;
      revision = next;
      load(versionedUrl(tilesetUrl(layer.id), next), next);
    },
    destroy() {
      destroyed = true;
      remove(pending);
      remove(tileset);
      pending = undefined;
      tileset = undefined;
    },
  };
}
