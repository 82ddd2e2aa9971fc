import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Viewer } from 'cesium';
import type { RenderLayer } from '../app/RenderLayer.ts';
import { cesiumAdapters, type CesiumAdapterOptions, type CesiumLayerHandle } from './cesiumAdapters.ts';

interface Drawn {
  handle: CesiumLayerHandle;
  data: FeatureCollection;
  lang: string;
}

/**
 * Keeps the viewer's data sources in step with the render layers: builds a layer (through its
 * adapter) the first time it is visible with data (again when the data or language changes), then
 * only toggles `show` and opacity.
 * Returns a counter that changes each time the scene was brought in step (for readiness).
 */
export function useCesiumLayers(viewer: Viewer | undefined, layers: RenderLayer[], options: CesiumAdapterOptions): number {
  const drawn = useRef(new Map<string, Drawn>());
  const [applied, setApplied] = useState(0);

  useEffect(() => {
    if (!viewer || viewer.isDestroyed()) return;
    const wanted = new Set<string>();
    for (const { layer, visible, opacity, data } of layers) {
      const adapter = cesiumAdapters[layer.type];
      if (!adapter) continue;
      wanted.add(layer.id);
      let entry = drawn.current.get(layer.id);
      if (entry && data && (entry.data !== data || entry.lang !== options.lang)) {
        viewer.dataSources.remove(entry.handle.dataSource, true);
        drawn.current.delete(layer.id);
        entry = undefined;
      }
      if (!entry && visible && data) {
        try {
          entry = { handle: adapter(layer, data, options), data, lang: options.lang };
        } catch (err) {
          console.error(`layer ${layer.id}: could not build Cesium entities`, err);
          continue;
        }
        drawn.current.set(layer.id, entry);
        void viewer.dataSources.add(entry.handle.dataSource);
      }
      if (entry) {
        entry.handle.dataSource.show = visible;
        entry.handle.setOpacity(opacity);
      }
    }
    for (const [id, entry] of drawn.current) {
      if (!wanted.has(id)) {
        viewer.dataSources.remove(entry.handle.dataSource, true);
        drawn.current.delete(id);
      }
    }
    viewer.scene.requestRender();
    setApplied((n) => n + 1);
    // `options.drape` is fixed for a viewer's life: the viewer is remounted to change it.
  }, [viewer, layers, options.lang]);

  useEffect(() => {
    const map = drawn.current;
    return () => map.clear();
  }, [viewer]);

  return applied;
}
