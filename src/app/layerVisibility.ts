import { isVisibleByDefault, type CatalogLayer, type Workspace } from '../catalog/LayerDefinition.ts';

/**
 * Ids of the visible layers: exactly `urlLayers` when the URL names them (ids not in the catalog
 * are ignored), else each layer's default visibility in `workspace`. Catalog order.
 */
export function visibleLayerIds(layers: readonly CatalogLayer[], workspace: Workspace, urlLayers: readonly string[] | undefined): string[] {
  if (urlLayers) {
    const wanted = new Set(urlLayers);
    return layers.filter((l) => wanted.has(l.id)).map((l) => l.id);
  }
  return layers.filter((l) => isVisibleByDefault(l, workspace)).map((l) => l.id);
}

/** Ids named in the URL that the catalog does not have (shown as a warning). */
export function unknownLayerIds(layers: readonly CatalogLayer[], urlLayers: readonly string[] | undefined): string[] {
  if (!urlLayers) return [];
  const known = new Set(layers.map((l) => l.id));
  return urlLayers.filter((id) => !known.has(id));
}

/** The visible ids after switching `id` on or off, in catalog order. */
export function withLayerVisibility(layers: readonly CatalogLayer[], visible: readonly string[], id: string, on: boolean): string[] {
  const set = new Set(visible);
  if (on) set.add(id);
  else set.delete(id);
  return layers.filter((l) => set.has(l.id)).map((l) => l.id);
}
