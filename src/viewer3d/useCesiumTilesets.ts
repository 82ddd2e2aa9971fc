import { useCallback, useEffect, useRef, useState } from 'react';
import type { Viewer } from 'cesium';
import type { RenderLayer } from '../app/RenderLayer.ts';
import { createTilesetLayer, tilesetUrl, type CesiumTilesetHandle } from './createTilesetLayer.ts';
import { onTilesetEvent } from './liveTilesetEvents.ts';
import { revisionOfTilesetVersion, shouldReloadTileset } from './tilesetLiveUpdates.ts';

/** After missed live events: the revision the server's tileset.json shows now (undefined if unreadable). */
async function currentRevision(layerId: string): Promise<number | undefined> {
  try {
    const response = await fetch(tilesetUrl(layerId), { cache: 'no-store' });
    if (!response.ok) return undefined;
    const doc = (await response.json()) as { asset?: { tilesetVersion?: unknown } };
    return revisionOfTilesetVersion(doc.asset?.tilesetVersion);
  } catch {
    return undefined;
  }
}

/** Layer type drawn as 3D Tiles. */
export const TILESET_LAYER_TYPE = '3dtiles';

/**
 * Keeps the viewer's 3D Tiles layers in step with the render layers: creates a tileset the first time
 * its layer is visible (no GeoJSON needed: the server streams the buildings), then toggles and restyles
 * it. While any 3D Tiles layer is in the list it listens on `/api/live` and reloads a drawn tileset
 * when the server reports a newer revision of it (edits rebuild the tiles); after missed events it
 * re-reads each drawn tileset's revision. Returns a counter that changes each time it was brought in step, and `settled()` for readiness.
 */
export function useCesiumTilesets(viewer: Viewer | undefined, layers: RenderLayer[]): { applied: number; settled: () => boolean } {
  const drawn = useRef(new Map<string, CesiumTilesetHandle>());
  const [applied, setApplied] = useState(0);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    const wanted = new Set<string>();
    for (const { layer, visible, opacity } of layers) {
      if (layer.type !== TILESET_LAYER_TYPE) continue;
      wanted.add(layer.id);
      let handle = drawn.current.get(layer.id);
      if (!handle && visible) {
        handle = createTilesetLayer(viewer, layer, { show: visible, opacity });
        drawn.current.set(layer.id, handle);
      }
      handle?.setShow(visible);
      handle?.setOpacity(opacity);
    }
    for (const [id, handle] of drawn.current) {
      if (!wanted.has(id)) {
        handle.destroy();
        drawn.current.delete(id);
      }
    }
    viewer.scene.requestRender();
    setApplied((n) => n + 1);
  }, [viewer, layers]);

  useEffect(() => {
    const map = drawn.current;
    return () => {
      for (const handle of map.values()) handle.destroy();
      map.clear();
    };
  }, [viewer]);

  const hasTilesets = layers.some((l) => l.layer.type === TILESET_LAYER_TYPE);
  useEffect(() => {
    if (!viewer || !hasTilesets) return;
    return onTilesetEvent((event) => {
      if (event === 'gap') {
        for (const [name, handle] of drawn.current) {
          void currentRevision(name).then((revision) => {
            if (revision === undefined || viewer.isDestroyed() || drawn.current.get(name) !== handle) return;
            if (shouldReloadTileset(name, handle.revision(), { name, revision })) handle.reload(revision);
          });
        }
        return;
      }
      const handle = drawn.current.get(event.name);
      if (!handle || viewer.isDestroyed() || !shouldReloadTileset(event.name, handle.revision(), event)) return;
      handle.reload(event.revision);
      viewer.scene.requestRender();
    });
  }, [viewer, hasTilesets]);

  const settled = useCallback(() => [...drawn.current.values()].every((h) => h.settled()), []);
  return { applied, settled };
}
