/**
 * Adapter table: layer type → function that turns a layer definition (+ the user's visibility and
 * opacity) into a MapLibre source and style layers for the 2D map. Types listed here are drawn
 * from vector tiles, so the 2D map never downloads their GeoJSON. Renderers only.
 */
import type { RenderLayer } from '../app/RenderLayer.ts';
import type { Lang } from '../ui/i18n/messages.ts';
import type { MaplibreLayerParts } from './MaplibreLayerParts.ts';
import { vectorTileLayerParts } from './vectorTileStyle.ts';

/** Options shared by all MapLibre adapters. */
export interface MaplibreAdapterOptions {
  /** Origin of our server (e.g. `http://localhost:8080`) for absolute tile URLs. */
  origin: string;
  /** Language of the point labels (`name_vi` → `name_en` in English, where present). */
  lang: Lang;
}

/** Turns one catalog layer into MapLibre parts; undefined when there is nothing to draw (no collection). */
export type MaplibreAdapter = (renderLayer: RenderLayer, options: MaplibreAdapterOptions) => MaplibreLayerParts | undefined;

/** MapLibre adapters by layer type. A type missing here and in `deckAdapters` is a warning, not drawn. */
export const maplibreAdapters: Readonly<Record<string, MaplibreAdapter>> = {
  geojson: (renderLayer, { origin, lang }) => vectorTileLayerParts(renderLayer, origin, lang),
};

/**
 * Whether the 2D map draws layers of `type` from vector tiles (then it needs no GeoJSON of them).
 * Light on purpose (no MapLibre runtime import), so the app shell may ask before loading the map.
 */
export function drawnFromTiles2D(type: string): boolean {
  return Object.hasOwn(maplibreAdapters, type);
}
