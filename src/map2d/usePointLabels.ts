import { useCallback, useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import type { Feature } from 'geojson';
import type { RenderLayer } from '../app/RenderLayer.ts';
import type { Lang } from '../ui/i18n/messages.ts';
import { drawnFromTiles2D } from './maplibreAdapters.ts';
import { labelPoints } from './labelPoints.ts';
import { pointLabelLayer } from './pointLabelLayer.ts';
import { sourceIdOf } from './vectorTileStyle.ts';

/** Layers whose points get labels in 2D: visible, drawn from tiles, with a `labelProperty`, possibly points. */
function labelled(layers: readonly RenderLayer[]): RenderLayer[] {
  return layers.filter(({ layer, visible }) => visible && layer.itemsUrl && layer.labelProperty && drawnFromTiles2D(layer.type)
    && (layer.geometryType === undefined || layer.geometryType === 'Point' || layer.geometryType === 'MultiPoint' || layer.geometryType === 'Geometry'));
}

/**
 * Point labels from the vector tiles MapLibre has loaded, as deck.gl TextLayers handed to
 * `onLayers`. Refreshed on every `idle` (panning loads new tiles) and when layers or language
 * change. Returns `refresh()`: recomputes now and says whether the labels were already current
 * (readiness waits for true, so the first ready frame has its labels).
 */
export function usePointLabels(map: MapLibreMap | undefined, layers: readonly RenderLayer[], lang: Lang, onLayers: (layers: Layer[]) => void): () => boolean {
  const input = useRef({ layers, lang, onLayers });
  input.current = { layers, lang, onLayers };
  const shownKey = useRef('');

  const refresh = useCallback((): boolean => {
    if (!map) return true;
    const { layers: all, lang: language, onLayers: hand } = input.current;
    const sets = labelled(all).map((renderLayer) => {
      const sourceId = sourceIdOf(renderLayer.layer.id);
      const features = map.getSource(sourceId) ? map.querySourceFeatures(sourceId, { sourceLayer: renderLayer.layer.id, filter: ['==', ['geometry-type'], 'Point'] }) : [];
      return { renderLayer, points: labelPoints(features as unknown as Feature[], renderLayer.layer.labelProperty, language) };
    });
    const key = JSON.stringify(sets.map(({ renderLayer, points }) => [renderLayer.layer.id, renderLayer.opacity, points.map((p) => [p.id, p.text])]));
    if (key === shownKey.current) return true;
    shownKey.current = key;
    // No TextLayer without text: deck.gl's font atlas for an empty character set is a 0×0 canvas (WebGL warns).
    hand(sets.filter(({ points }) => points.length > 0).map(({ renderLayer, points }) => pointLabelLayer(renderLayer, points)));
    map.triggerRepaint();
    return false;
  }, [map]);

  useEffect(() => {
    if (!map) return;
    const onIdle = () => void refresh();
    map.on('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, refresh]);

  useEffect(() => {
    refresh();
  }, [refresh, layers, lang]);

  return refresh;
}
