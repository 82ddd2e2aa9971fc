/**
 * Adapter table: layer type → function that turns a layer definition + its GeoJSON into a deck.gl
 * layer for the 2D map (fill, line and point styling; `colorProperty` + `colors`). Renderers only.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature } from 'geojson';
import type { RenderLayer } from '../app/RenderLayer.ts';
import { featureFillColor, featureLineColor, lineWidthPx, pointRadiusPx } from '../geo/featureStyle.ts';

/** Turns one visible-or-hidden layer with data into a deck.gl layer (deck id = layer id). */
export type DeckAdapter = (renderLayer: RenderLayer) => Layer;

const isLine = (f: Feature) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString';

/** GeoJSON features as a deck.gl GeoJsonLayer. */
function geojsonToDeck({ layer, visible, opacity, data }: RenderLayer): Layer {
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
    pointType: 'circle',
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
