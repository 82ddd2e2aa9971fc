/**
 * Style generation for one catalog layer drawn from our vector tiles: a MapLibre vector source on
 * the collection's OGC API – Tiles endpoint, and fill + outline (polygons), line (lines), circle
 * (points) and symbol (point labels, from our glyph server, placed by MapLibre's collision
 * detection) style layers from the layer's `style`. Pure: no map, no DOM.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { CatalogLayer, LayerStyle } from '../catalog/LayerDefinition.ts';
import type { RenderLayer } from '../app/RenderLayer.ts';
import type { Rgba } from '../geo/hexColor.ts';
import { DEFAULT_FILL, DEFAULT_LINE, lineWidthPx, pointRadiusPx } from '../geo/featureStyle.ts';
import type { Lang } from '../ui/i18n/messages.ts';
import { BASE_FONTS, labelTextExpression } from './mapLabels.ts';
import { collectionTilesUrl } from './collectionTilesUrl.ts';
import { maplibreColor } from './maplibreColor.ts';
import type { MaplibreLayerParts, MaplibrePart, StylePart } from './MaplibreLayerParts.ts';

/**
 * Highest zoom the 2D map requests tiles for; MapLibre over-zooms beyond it (extent 4096 at z16 is
 * ≈ 15 cm per tile unit at Huế). Default: 16.
 */
export const VECTOR_TILE_MAX_ZOOM = 16;

/** Name of the feature property that holds the feature's text id in our tiles. */
export const TILE_ID_PROPERTY = 'id';

/** Id of the MapLibre source of a catalog layer. */
export function sourceIdOf(layerId: string): string {
  return `tiles:${layerId}`;
}

/** Id of the MapLibre style layer that draws `part` of a catalog layer. */
export function styleLayerIdOf(layerId: string, part: StylePart): string {
  return `${layerId}:${part}`;
}

/** MapLibre vector source of a collection's tiles (source-layer = collection id, `id` promoted to the feature id). */
export function vectorTileSource(collectionId: string, origin: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [collectionTilesUrl(collectionId, origin)], minzoom: 0, maxzoom: VECTOR_TILE_MAX_ZOOM, promoteId: TILE_ID_PROPERTY };
}

/**
 * Colour of a feature as a MapLibre value: `['match', ['to-string', ['get', colorProperty]], key, colour, …, fallback]`
 * when the style has `colorProperty` and at least one entry in `colors`, else the fallback colour.
 */
export function categoryColorExpression(style: LayerStyle, fallback: string): string | ExpressionSpecification {
  const entries = style.colorProperty && style.colors ? Object.entries(style.colors) : [];
  if (!style.colorProperty || entries.length === 0) return fallback;
  const branches = entries.flatMap(([key, hex]) => [key, maplibreColor(hex, DEFAULT_FILL)]);
  return ['match', ['to-string', ['get', style.colorProperty]], ...branches, fallback] as ExpressionSpecification;
}

type GeometryKind = 'Polygon' | 'LineString' | 'Point';

/** Which parts a layer needs, from its declared `geometryType` (unknown or `Geometry`: all of them) and whether it has a `labelProperty`. */
function partsFor({ geometryType, labelProperty }: Pick<CatalogLayer, 'geometryType' | 'labelProperty'>): StylePart[] {
  const shapes = shapePartsFor(geometryType);
  return labelProperty && shapes.includes('circle') ? [...shapes, 'label'] : shapes;
}

function shapePartsFor(geometryType: CatalogLayer['geometryType']): StylePart[] {
  switch (geometryType) {
    case 'Polygon':
    case 'MultiPolygon':
      return ['fill', 'outline'];
    case 'LineString':
    case 'MultiLineString':
      return ['line'];
    case 'Point':
    case 'MultiPoint':
      return ['circle'];
    default:
      return ['fill', 'outline', 'line', 'circle'];
  }
}

const GEOMETRY_OF: Record<StylePart, GeometryKind> = { fill: 'Polygon', outline: 'Polygon', line: 'LineString', circle: 'Point', label: 'Point' };

/** Size of point labels, px. Default 12. */
export const POINT_LABEL_SIZE_PX = 12;


/** Filter on the feature's simple geometry type (Multi* count as their singular type). */
function geometryFilter(kind: GeometryKind): FilterSpecification {
  return ['==', ['geometry-type'], kind];
}

const rgba = (hex: string | undefined, fallback: Rgba) => maplibreColor(hex, fallback);

/** The style layer for one part (visibility and opacity from the user's settings). */
function partSpec(part: StylePart, { layer, visible, opacity }: RenderLayer, sourceId: string, lang: Lang): LayerSpecification {
  const style = layer.style ?? {};
  const common = {
    id: styleLayerIdOf(layer.id, part),
    source: sourceId,
    'source-layer': layer.id,
    filter: geometryFilter(GEOMETRY_OF[part]),
  };
  const visibility = visible ? 'visible' : 'none';
  // Same colour rules as the 3D view (src/geo/featureStyle.ts): category colour for fills, lines and
  // points; outlines of polygons and points keep `lineColor`.
  const fill = categoryColorExpression(style, rgba(style.fillColor, DEFAULT_FILL));
  const outline = rgba(style.lineColor, DEFAULT_LINE);
  switch (part) {
    case 'fill':
      return { ...common, type: 'fill', layout: { visibility }, paint: { 'fill-color': fill, 'fill-opacity': opacity, 'fill-antialias': true } };
    case 'outline':
      return { ...common, type: 'line', layout: { visibility, 'line-join': 'round' }, paint: { 'line-color': outline, 'line-width': lineWidthPx(style), 'line-opacity': opacity } };
    case 'line':
      return {
        ...common,
        type: 'line',
        layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': categoryColorExpression(style, rgba(style.lineColor ?? style.fillColor, DEFAULT_LINE)), 'line-width': lineWidthPx(style), 'line-opacity': opacity },
      };
    case 'circle':
      return {
        ...common,
        type: 'circle',
        layout: { visibility },
        paint: {
          'circle-color': fill,
          'circle-radius': pointRadiusPx(style),
          'circle-opacity': opacity,
          'circle-stroke-color': outline,
          'circle-stroke-width': lineWidthPx(style),
          'circle-stroke-opacity': opacity,
        },
      };
    case 'label':
      return {
        ...common,
        type: 'symbol',
        layout: {
          visibility,
          'text-field': labelTextExpression(layer.labelProperty ?? 'name', lang),
          'text-font': [BASE_FONTS.medium],
          'text-size': POINT_LABEL_SIZE_PX,
          'text-anchor': 'bottom',
          // just above the point's circle (ems of the text size)
          'text-offset': [0, -(pointRadiusPx(style) + lineWidthPx(style) + 2) / POINT_LABEL_SIZE_PX],
          'text-max-width': 10,
          'text-padding': 2,
        },
        paint: { 'text-color': '#f1f5f9', 'text-halo-color': '#0f172a', 'text-halo-width': 1.5, 'text-opacity': opacity },
      };
  }
}

/**
 * The MapLibre source and style layers for a catalog layer drawn from its collection's vector
 * tiles, or undefined when the layer has no database collection (no `itemsUrl`).
 */
export function vectorTileLayerParts(renderLayer: RenderLayer, origin: string, lang: Lang): MaplibreLayerParts | undefined {
  const { layer } = renderLayer;
  if (!layer.itemsUrl) return undefined;
  const sourceId = sourceIdOf(layer.id);
  const parts: MaplibrePart[] = partsFor(layer).map((part) => ({ part, spec: partSpec(part, renderLayer, sourceId, lang) }));
  return { layerId: layer.id, sourceId, source: vectorTileSource(layer.id, origin), parts };
}
