/**
 * Adapter table: layer type → function that turns a layer definition + its GeoJSON into a deck.gl
 * layer for the 2D map (fill, line and point styling; `colorProperty` + `colors`). Renderers only.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature } from 'geojson';
import type { RenderLayer } from '../app/RenderLayer.ts';
import { localizedLabel } from '../ui/i18n/localize.ts';
import type { Lang } from '../ui/i18n/messages.ts';
import { featureFillColor, featureLineColor, lineWidthPx, pointRadiusPx } from '../geo/featureStyle.ts';

/** Options shared by all deck adapters. */
export interface DeckAdapterOptions {
  /** UI language, for point labels (`name_vi` → `name_en` when present). */
  lang: Lang;
}

/** Turns one visible-or-hidden layer with data into a deck.gl layer (deck id = layer id). */
export type DeckAdapter = (renderLayer: RenderLayer, options: DeckAdapterOptions) => Layer;

const isLine = (f: Feature) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString';

/** GeoJSON features as a deck.gl GeoJsonLayer. */
function geojsonToDeck({ layer, visible, opacity, data }: RenderLayer, { lang }: DeckAdapterOptions): Layer {
  const style = layer.style ?? {};
  const props = (f: Feature) => f.properties as Record<string, unknown> | null;
  return new GeoJsonLayer({
    id: layer.id,
    data: data ?? { type: 'FeatureCollection', features: [] },
    visible,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    filled: true,
    stroked: true,
    // Labels are drawn by deck.gl from a font atlas it renders with the system font: no glyph server.
    pointType: layer.labelProperty ? 'circle+text' : 'circle',
    getText: (f: Feature) => localizedLabel((f.properties ?? {}) as Record<string, unknown>, layer.labelProperty, lang) ?? '',
    getTextSize: 12,
    getTextColor: [241, 245, 249, 255],
    getTextPixelOffset: [0, -(pointRadiusPx(style) + 9)],
    textFontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
    textFontWeight: 600,
    textCharacterSet: 'auto',
    textOutlineWidth: 3,
    textOutlineColor: [15, 23, 42, 255],
    textFontSettings: { sdf: true },
    updateTriggers: { getText: lang },
    getFillColor: (f: Feature) => featureFillColor(style, props(f)),
    getLineColor: (f: Feature) => featureLineColor(style, props(f), !isLine(f)),
    getLineWidth: lineWidthPx(style),
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 0,
    getPointRadius: pointRadiusPx(style),
    pointRadiusUnits: 'pixels',
    lineJointRounded: true,
    lineCapRounded: true,
  });
}

/** deck.gl adapters by layer type. A type missing here is shown as a warning, not drawn. */
export const deckAdapters: Readonly<Record<string, DeckAdapter>> = {
  geojson: geojsonToDeck,
};
