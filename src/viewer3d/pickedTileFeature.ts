/** Picking for 3D Tiles layers: the metadata of a clicked building (EXT_structural_metadata). */
import { Cesium3DTileFeature, type Cesium3DTileset } from 'cesium';
import type { PickedFeature } from '../app/RenderLayer.ts';

const layerOfTileset = new WeakMap<Cesium3DTileset, string>();

/** Remembers which layer a tileset draws. */
export function registerTilesetLayer(tileset: Cesium3DTileset, layerId: string): void {
  layerOfTileset.set(tileset, layerId);
}

/** The feature behind a `scene.pick` result when it is a building of one of our tilesets, else undefined. */
export function pickedTileFeatureOf(hit: unknown): PickedFeature | undefined {
  if (!(hit instanceof Cesium3DTileFeature)) return undefined;
  const layerId = layerOfTileset.get(hit.tileset);
  if (!layerId) return undefined;
  const properties: Record<string, unknown> = {};
  for (const name of hit.getPropertyIds()) {
    if (name === 'id') continue;
    const value: unknown = hit.getProperty(name);
    // FLOAT32 columns come back as 14.300000190734863: show what was stored (centimetres).
    properties[name] = typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
  }
  const id = hit.getProperty('id') as string | undefined;
  return { layerId, featureId: id ?? hit.featureId, properties };
}
