/**
 * The offline base map of the 2D view, drawn from our own OGC API – Tiles vector tiles: land use
 * (`zoning-plan`), water (`perfume-river`, `canals`), roads (`streets`, `logistics-network`),
 * rail, and Vietnamese labels with glyphs served by our server (`/fonts/{fontstack}/{range}.pbf`,
 * Noto Sans). Muted colours on purpose: the catalog's thematic layers and deck.gl layers go on top.
 * Pure: no map, no DOM.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { collectionTilesUrl } from './collectionTilesUrl.ts';
import { BASE_FONTS, labelTextField } from './mapLabels.ts';
import { TILE_ID_PROPERTY, VECTOR_TILE_MAX_ZOOM } from './vectorTileStyle.ts';

/** Background colour of the 2D map (calm dark slate, close to the 3D globe at city scale). */
export const MAP_BACKGROUND = '#1d2733';

/** Glyph URL path of our font server (MapLibre fills `{fontstack}` and `{range}`). */
export const GLYPHS_PATH = '/fonts/{fontstack}/{range}.pbf';


/** Collections the base map is drawn from (each a vector source `base:<id>`). */
export const BASE_COLLECTIONS = ['zoning-plan', 'perfume-river', 'canals', 'streets', 'logistics-network'] as const;

/** Id of the base style's source for a collection (separate from the catalog's `tiles:<id>`). */
export function baseSourceIdOf(collectionId: string): string {
  return `base:${collectionId}`;
}

/** Ids of the base style's label (symbol) layers, kept above everything else on the map. */
export const BASE_LABEL_LAYER_IDS = ['base-water-label', 'base-canal-label', 'base-road-label', 'base-network-label'] as const;

/** Options of {@link baseStyle}. */
export interface BaseStyleOptions {
  /** Origin of our server for absolute tile and glyph URLs. Default: the page's origin (or `http://localhost:8080` outside a browser). */
  origin?: string;
  /** Label language: `vi` (default) reads `name_vi`; another reads `name_<lang>` and falls back to `name_vi`. */
  lang?: string;
}

const LAND_USE_COLOURS: Record<string, string> = {
  ODT: '#2b3440', // urban residential
  TMD: '#33303b', // commerce
  SKC: '#2d3338', // industrial
  DGT: '#283039', // transport
  DKV: '#233629', // parks and squares
  CQP: '#302d2b', // defence
};
const WATER = '#1c4563';
const ROAD_COLOURS: Record<string, string> = {
  trunk: '#b08a4f',
  primary: '#8c7b5e',
  secondary: '#6e6858',
  bridge: '#8c7b5e',
  tertiary: '#505866',
  access: '#505866',
  runway: '#3f4852',
};
const RAIL = '#9c90b4';
const LABEL = '#d8dee6';

function source(collectionId: string, origin: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [collectionTilesUrl(collectionId, origin)], minzoom: 0, maxzoom: VECTOR_TILE_MAX_ZOOM, promoteId: TILE_ID_PROPERTY };
}

function matchColour(property: string, colours: Record<string, string>, fallback: string): ExpressionSpecification {
  return ['match', ['to-string', ['get', property]], ...Object.entries(colours).flat(), fallback] as ExpressionSpecification;
}

/** Road width in pixels by class, growing with zoom (z10 → z16). */
function roadWidth(scale: number): ExpressionSpecification {
  const byClass = (z: number) => ['match', ['get', 'class'], 'trunk', 3 * z, ['primary', 'bridge'], 2.4 * z, 'secondary', 1.8 * z, 1.2 * z];
  return ['interpolate', ['exponential', 1.5], ['zoom'], 10, byClass(0.5 * scale), 16, byClass(2.2 * scale)] as unknown as ExpressionSpecification;
}

/** The base layers, bottom first. */
export function baseLayers(lang?: string): LayerSpecification[] {
  const sl = (id: string) => ({ source: baseSourceIdOf(id), 'source-layer': id });
  const text = labelTextField(lang);
  const halo = { 'text-color': LABEL, 'text-halo-color': MAP_BACKGROUND, 'text-halo-width': 1.5 };
  const notRail: ExpressionSpecification = ['!=', ['get', 'class'], 'railway'];
  const isRail: ExpressionSpecification = ['==', ['get', 'class'], 'railway'];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } },
    { id: 'base-landuse', type: 'fill', ...sl('zoning-plan'), paint: { 'fill-color': matchColour('code', LAND_USE_COLOURS, '#28313c'), 'fill-opacity': 0.9 } },
    { id: 'base-water', type: 'fill', ...sl('perfume-river'), filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': WATER } },
    {
      id: 'base-canals', type: 'line', ...sl('canals'), layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': WATER, 'line-width': ['interpolate', ['exponential', 2], ['zoom'], 10, 1, 16, 12] },
    },
    {
      id: 'base-roads', type: 'line', ...sl('streets'), filter: ['all', notRail, ['!=', ['get', 'class'], 'runway']], layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': matchColour('class', ROAD_COLOURS, '#505866'), 'line-width': roadWidth(1) },
    },
    { id: 'base-runway', type: 'line', ...sl('streets'), filter: ['==', ['get', 'class'], 'runway'], paint: { 'line-color': ROAD_COLOURS.runway, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 30] } },
    {
      id: 'base-network', type: 'line', ...sl('logistics-network'), filter: notRail, layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': matchColour('class', ROAD_COLOURS, '#505866'), 'line-width': roadWidth(1) },
    },
    { id: 'base-rail', type: 'line', ...sl('logistics-network'), filter: isRail, paint: { 'line-color': RAIL, 'line-width': 1.5, 'line-dasharray': [3, 2] } },
    { id: 'base-rail-streets', type: 'line', ...sl('streets'), filter: isRail, paint: { 'line-color': RAIL, 'line-width': 1.5, 'line-dasharray': [3, 2] } },
    {
      id: 'base-water-label', type: 'symbol', ...sl('perfume-river'), minzoom: 11,
      layout: { 'text-field': text, 'text-font': [BASE_FONTS.italic], 'text-size': 13, 'text-max-width': 8 },
      paint: { ...halo, 'text-color': '#9cc7e8' },
    },
    {
      id: 'base-canal-label', type: 'symbol', ...sl('canals'), minzoom: 13,
      layout: { 'symbol-placement': 'line', 'text-field': text, 'text-font': [BASE_FONTS.italic], 'text-size': 11 },
      paint: { ...halo, 'text-color': '#9cc7e8' },
    },
    {
      id: 'base-road-label', type: 'symbol', ...sl('streets'), minzoom: 13, filter: notRail,
      layout: { 'symbol-placement': 'line', 'text-field': text, 'text-font': [BASE_FONTS.regular], 'text-size': 11 },
      paint: halo,
    },
    {
      id: 'base-network-label', type: 'symbol', ...sl('logistics-network'), minzoom: 10,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['coalesce', ['get', 'ref'], text] as ExpressionSpecification,
        'text-font': [BASE_FONTS.medium],
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: halo,
    },
  ];
}

/**
 * The inline MapLibre style: our vector tiles and glyphs only (no remote source, glyph or sprite),
 * base layers bottom first, labels last.
 */
export function baseStyle(options: BaseStyleOptions = {}): StyleSpecification {
  const origin = (options.origin ?? globalThis.location?.origin ?? 'http://localhost:8080').replace(/\/+$/, '');
  return {
    version: 8,
    name: 'hue-twin-offline',
    glyphs: `${origin}${GLYPHS_PATH}`,
    sources: Object.fromEntries(BASE_COLLECTIONS.map((id) => [baseSourceIdOf(id), source(id, origin)])),
    layers: baseLayers(options.lang),
  };
}
