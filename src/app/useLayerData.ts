import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import { fetchFeatureCollection } from './fetchFeatureCollection.ts';

/** Loading state of one layer's features. */
export type LayerDataState =
  | { status: 'loading' }
  | { status: 'ready'; data: FeatureCollection }
  | { status: 'error'; message: string };

/**
 * Fetches `itemsUrl` (all pages) of every layer in `wanted` the first time it is wanted, and keeps it (switching
 * a layer off and on does not fetch again). Layers without `itemsUrl` get no entry.
 */
export function useLayerData(layers: CatalogLayer[], wanted: ReadonlySet<string>): Record<string, LayerDataState> {
  const [states, setStates] = useState<Record<string, LayerDataState>>({});
  const started = useRef(new Set<string>());

  useEffect(() => {
    for (const layer of layers) {
      if (!wanted.has(layer.id) || !layer.itemsUrl || started.current.has(layer.id)) continue;
      started.current.add(layer.id);
      const set = (s: LayerDataState) => setStates((prev) => ({ ...prev, [layer.id]: s }));
      set({ status: 'loading' });
      fetchFeatureCollection(layer.itemsUrl)
        .then((data) => set({ status: 'ready', data }))
        .catch((err: unknown) => set({ status: 'error', message: err instanceof Error ? err.message : String(err) }));
    }
  }, [layers, wanted]);

  return states;
}
