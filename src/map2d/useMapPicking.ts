import { useEffect, useRef, type RefObject } from 'react';
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Feature } from 'geojson';
import type { PickedFeature } from '../app/RenderLayer.ts';
import { pickedTileFeature, type RenderedFeatureLike } from './pickedTileFeature.ts';

/** Half the side of the square around the pointer that picking searches, in CSS pixels. Default: 4. */
export const PICK_TOLERANCE_PX = 4;

/**
 * Clicks and hover on the 2D map: a pickable deck.gl layer under the pointer wins (deck-specific
 * layers), else `queryRenderedFeatures` on our MapLibre style layers (`layerIdOf` maps a style layer
 * to its catalog layer). A click on nothing reports undefined. `hovering` is kept true while the
 * pointer is over one of our features (deck.gl's `getCursor` reads it too).
 */
export function useMapPicking(
  map: MapLibreMap | undefined,
  overlay: MapLibreOverlay | undefined,
  layerIdOf: Readonly<Record<string, string>>,
  onPick: (feature: PickedFeature | undefined) => void,
  hovering: RefObject<boolean>,
): void {
  const input = useRef({ layerIdOf, onPick });
  input.current = { layerIdOf, onPick };

  useEffect(() => {
    if (!map) return;
    const deckPick = (e: MapMouseEvent): PickedFeature | undefined => {
      const hit = overlay?.pickObject({ x: e.point.x, y: e.point.y, radius: PICK_TOLERANCE_PX });
      const feature = hit?.object as Feature | undefined;
      const layerId = hit?.layer?.root?.id ?? hit?.layer?.id;
      return feature && layerId ? { layerId, featureId: feature.id, properties: (feature.properties ?? {}) as Record<string, unknown> } : undefined;
    };
    const tilePick = (e: MapMouseEvent): PickedFeature | undefined => {
      const styleLayers = Object.keys(input.current.layerIdOf).filter((id) => map.getLayer(id));
      if (styleLayers.length === 0) return undefined;
      const t = PICK_TOLERANCE_PX;
      const box: [PointLike, PointLike] = [[e.point.x - t, e.point.y - t], [e.point.x + t, e.point.y + t]];
      const features = map.queryRenderedFeatures(box, { layers: styleLayers }) as unknown as RenderedFeatureLike[];
      return pickedTileFeature(features, input.current.layerIdOf);
    };
    const onClick = (e: MapMouseEvent) => input.current.onPick(deckPick(e) ?? tilePick(e));
    const onMove = (e: MapMouseEvent) => {
      // deck.gl tracks hover over its own layers (its getCursor reads this ref too).
      hovering.current = tilePick(e) !== undefined;
      map.getCanvas().style.cursor = hovering.current ? 'pointer' : '';
    };
    const onOut = () => {
      hovering.current = false;
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [map, overlay, hovering]);
}
