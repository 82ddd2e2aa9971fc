/**
 * Finds the `hue-buildings` 3D Tiles layer the shell drew (by its tileset URL), so the scenario tools
 * can restyle it without owning it; a reloaded tileset (new revision) is found again the same way.
 */
import { Cesium3DTileset, type Scene } from 'cesium';
import { tilesetUrl } from '../../../viewer3d/createTilesetLayer.ts';

/** Layer id of the buildings tileset. */
export const BUILDINGS_LAYER_ID = 'hue-buildings';

/** Tilesets the scenario tools load themselves (the compare view's baseline half): never the shell's. */
const ownTilesets = new WeakSet<Cesium3DTileset>();

/** Marks `tileset` as the scenario tools' own, so {@link buildingTilesets} skips it. */
export function markOwnTileset(tileset: Cesium3DTileset): void {
  ownTilesets.add(tileset);
}

/** The shell's buildings tilesets in `scene` (usually one; two for a moment while a reload swaps in). */
export function buildingTilesets(scene: Scene): Cesium3DTileset[] {
  const path = tilesetUrl(BUILDINGS_LAYER_ID);
  const found: Cesium3DTileset[] = [];
  const primitives = scene.primitives;
  for (let i = 0; i < primitives.length; i++) {
    const p: unknown = primitives.get(i);
    if (p instanceof Cesium3DTileset && !ownTilesets.has(p) && !p.isDestroyed() && p.resource.url.includes(path)) found.push(p);
  }
  return found;
}
