import { useCallback, useMemo, useState } from 'react';
import type { CatalogLayer } from '../catalog/LayerDefinition.ts';
import type { CatalogState } from './useCatalog.ts';
import type { RenderLayer } from './RenderLayer.ts';
import { unknownLayerIds, visibleLayerIds, withLayerVisibility } from './layerVisibility.ts';
import { useLayerData, type LayerDataState } from './useLayerData.ts';
import { engineOf, type ViewState } from './urlState.ts';
import { drawnFromTiles2D } from '../map2d/maplibreAdapters.ts';

const NO_LAYERS: CatalogLayer[] = [];

/** Everything the shell needs about layers for the current view. */
export interface LayerState {
  layers: CatalogLayer[];
  visible: ReadonlySet<string>;
  opacityOf: (layer: CatalogLayer) => number;
  data: Record<string, LayerDataState>;
  renderLayers: RenderLayer[];
  /** True once the catalog and every visible layer's features the view needs have arrived (or failed). */
  dataLoaded: boolean;
  unknownIds: string[];
  toggle: (id: string, on: boolean) => void;
  setOpacity: (id: string, opacity: number) => void;
}

/** Layer visibility (from the URL), opacity (per session) and data for the current workspace. */
export function useLayerState(catalog: CatalogState, view: ViewState, setUrlLayers: (ids: string[]) => void): LayerState {
  const layers = catalog.status === 'ready' ? catalog.layers : NO_LAYERS;
  const [opacity, setOpacityMap] = useState<Record<string, number>>({});
  const visibleList = useMemo(() => visibleLayerIds(layers, view.workspace, view.layers), [layers, view.workspace, view.layers]);
  const visible = useMemo(() => new Set(visibleList), [visibleList]);
  // The 2D map draws vector layers from tiles, so it downloads features only for the other types.
  const is2d = engineOf(view) === '2d';
  const wanted = useMemo(() => (is2d ? new Set(visibleList.filter((id) => !drawnFromTiles2D(layers.find((l) => l.id === id)?.type ?? ''))) : visible), [is2d, visibleList, visible, layers]);
  const data = useLayerData(layers, wanted);
  const opacityOf = useCallback((layer: CatalogLayer) => opacity[layer.id] ?? layer.opacity ?? 1, [opacity]);

  const renderLayers = useMemo<RenderLayer[]>(() => layers.map((layer) => {
    const d = data[layer.id];
    return { layer, visible: visible.has(layer.id), opacity: opacityOf(layer), data: d?.status === 'ready' ? d.data : undefined };
  }), [layers, visible, data, opacityOf]);

  const dataLoaded = catalog.status !== 'loading' && layers.every((l) => !wanted.has(l.id) || !l.itemsUrl || (data[l.id] !== undefined && data[l.id].status !== 'loading'));

  const toggle = useCallback((id: string, on: boolean) => setUrlLayers(withLayerVisibility(layers, visibleList, id, on)), [layers, visibleList, setUrlLayers]);
  const setOpacity = useCallback((id: string, value: number) => setOpacityMap((prev) => ({ ...prev, [id]: value })), []);

  return {
    layers, visible, opacityOf, data, renderLayers, dataLoaded,
    unknownIds: useMemo(() => unknownLayerIds(layers, view.layers), [layers, view.layers]),
    toggle, setOpacity,
  };
}
