import type { PickedFeature } from '../app/RenderLayer.ts';
import { TILE_ID_PROPERTY } from './vectorTileStyle.ts';

/** The bits of a MapLibre rendered feature that picking reads. */
export interface RenderedFeatureLike {
  id?: string | number;
  layer: { id: string };
  properties: Record<string, unknown> | null | undefined;
}

/**
 * The first (top-most) rendered feature that belongs to one of our catalog layers, as the info
 * panel's {@link PickedFeature}: feature id from the promoted `id` tile property (shown once, not
 * repeated among the properties), the other tile properties as they are.
 */
export function pickedTileFeature(features: readonly RenderedFeatureLike[], layerIdOf: Readonly<Record<string, string>>): PickedFeature | undefined {
  for (const feature of features) {
    const layerId = Object.hasOwn(layerIdOf, feature.layer.id) ? layerIdOf[feature.layer.id] : undefined;
    if (!layerId) continue;
    const { [TILE_ID_PROPERTY]: idProperty, ...properties } = feature.properties ?? {};
    const featureId = feature.id ?? (typeof idProperty === 'string' || typeof idProperty === 'number' ? idProperty : undefined);
    return { layerId, featureId, properties };
  }
  return undefined;
}
