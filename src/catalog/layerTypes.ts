/**
 * The registry of layer types (like TerriaJS `registerCatalogMembers`). Each renderer keeps its own
 * adapter table keyed by the same type names (src/viewer3d/cesiumAdapters.ts, src/map2d/deckAdapters.ts);
 * this file holds what is engine-neutral: the names and their defaults.
 */
import type { LayerStyle } from './LayerDefinition.ts';

/** Engine-neutral description of a layer type. */
export interface LayerType {
  /** Type name used in layer JSON (`"type": "geojson"`). */
  type: string;
  /** Short human description. */
  description: string;
  /** Whether the layer needs a seed `data` file / database collection. */
  needsFeatures: boolean;
  /** Style defaults merged under the layer's own style. */
  defaults: Required<Pick<LayerStyle, 'lineWidth' | 'pointRadius'>>;
}

const registry = new Map<string, LayerType>();

/** Adds a layer type; a second registration of the same name is a programmer error. */
export function registerLayerType(layerType: LayerType): void {
  if (registry.has(layerType.type)) throw new Error(`layer type "${layerType.type}" is already registered`);
  registry.set(layerType.type, layerType);
}

/** The layer type of that name, or undefined (callers show a warning, never crash). */
export function getLayerType(type: string): LayerType | undefined {
  return registry.get(type);
}

/** All registered type names. */
export function layerTypeNames(): string[] {
  return [...registry.keys()];
}

registerLayerType({
  type: 'geojson',
  description: 'Vector features from a database collection, served as GeoJSON by OGC API – Features',
  needsFeatures: true,
  defaults: { lineWidth: 2, pointRadius: 6 },
});

registerLayerType({
  type: '3dtiles',
  description: 'Buildings from a database collection, extruded into 3D Tiles 1.1 by the server (src/tiles) and streamed from /tilesets/<layer id>/tileset.json; 3D only',
  needsFeatures: true,
  defaults: { lineWidth: 0, pointRadius: 0 },
});
