/**
 * Adapter table: layer type → function that turns a layer definition + its GeoJSON into a deck.gl
 * layer for the 2D map, for kinds of layer that MapLibre style layers cannot draw (arcs, trips…).
 * Vector layers (`geojson`) are drawn by MapLibre from our vector tiles (`maplibreAdapters.ts`).
 * Renderers only.
 */
import type { Layer } from '@deck.gl/core';
import type { RenderLayer } from '../app/RenderLayer.ts';
import type { Lang } from '../ui/i18n/messages.ts';

/** Options shared by all deck adapters. */
export interface DeckAdapterOptions {
  /** UI language, for labels (`name_vi` → `name_en` when present). */
  lang: Lang;
}

/** Turns one visible-or-hidden layer with data into a deck.gl layer (deck id = layer id). */
export type DeckAdapter = (renderLayer: RenderLayer, options: DeckAdapterOptions) => Layer;

/**
 * deck.gl adapters by layer type (none yet). These layers get their GeoJSON downloaded; a type
 * missing here and in `maplibreAdapters` is a warning, not drawn.
 */
export const deckAdapters: Readonly<Record<string, DeckAdapter>> = {};
