import type { CatalogLayer } from '../catalog/LayerDefinition.ts';

const warned = new Set<string>();

/**
 * Logs one console warning per layer whose type neither the MapLibre nor the deck.gl adapter table
 * knows, once it is switched on (it is not drawn in 2D; the layer panel shows unregistered types itself). Never throws.
 */
export function warnUndrawable(layers: readonly CatalogLayer[]): void {
  for (const layer of layers) {
    const key = `${layer.id}|${layer.type}`;
    if (warned.has(key)) continue;
    warned.add(key);
    console.warn(`2D map: layer "${layer.id}" has type "${String(layer.type)}", which the 2D map cannot draw; it is skipped`);
  }
}
