/**
 * Style generation for the 2D map from layer definitions (pure): tiles URL template, `match`
 * expression for colorProperty + colors, opacity/visibility paint and layout, drawing order, and
 * picking of rendered tile features. Fixtures are small inline layer definitions.
 */
import { describe, expect, it } from 'vitest';
import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { CatalogLayer } from '../../../src/catalog/LayerDefinition.ts';
import type { RenderLayer } from '../../../src/app/RenderLayer.ts';
import { collectionTilesUrl } from '../../../src/map2d/collectionTilesUrl.ts';
import { maplibreColor } from '../../../src/map2d/maplibreColor.ts';
import { categoryColorExpression, vectorTileLayerParts, VECTOR_TILE_MAX_ZOOM } from '../../../src/map2d/vectorTileStyle.ts';
import { planMaplibreLayers } from '../../../src/map2d/maplibreLayerPlan.ts';
import { drawnFromTiles2D } from '../../../src/map2d/maplibreAdapters.ts';
import { pickedTileFeature } from '../../../src/map2d/pickedTileFeature.ts';
import { BASE_FONTS } from '../../../src/map2d/mapLabels.ts';
import { GLYPH_FONTS } from '../../../src/server/glyphs/glyphFonts.ts';
import { DEFAULT_FILL } from '../../../src/geo/featureStyle.ts';

const ORIGIN = 'http://localhost:8080';

/** A catalog layer with the fields the 2D style needs; `overrides` changes any of them. */
function layer(overrides: Partial<CatalogLayer>): CatalogLayer {
  return {
    id: 'test-layer', title: { vi: 'Thử', en: 'Test' }, sector: 'logistics', type: 'geojson', geometryType: 'Point',
    source: { name: 'test', synthetic: true }, licence: 'CC0', style: {}, legend: [], itemsUrl: '/api/collections/test-layer/items', ...overrides,
  };
}

const render = (l: CatalogLayer, visible = true, opacity = 1): RenderLayer => ({ layer: l, visible, opacity });

describe('tiles URL', () => {
  it('is absolute, in OGC z/y/x path order, with MapLibre placeholders', () => {
    expect(collectionTilesUrl('transport-hubs', ORIGIN)).toBe('http://localhost:8080/api/collections/transport-hubs/tiles/WebMercatorQuad/{z}/{y}/{x}');
    expect(collectionTilesUrl('a b', 'http://h:1/')).toBe('http://h:1/api/collections/a%20b/tiles/WebMercatorQuad/{z}/{y}/{x}');
  });

  it('the source is a vector source on that template with the id promoted', () => {
    const parts = vectorTileLayerParts(render(layer({ id: 'streets' })), ORIGIN, 'vi')!;
    const source = parts.source as VectorSourceSpecification;
    expect(source).toMatchObject({ type: 'vector', tiles: [collectionTilesUrl('streets', ORIGIN)], maxzoom: VECTOR_TILE_MAX_ZOOM, promoteId: 'id' });
    expect(parts.parts.every((p) => 'source-layer' in p.spec && p.spec['source-layer'] === 'streets')).toBe(true);
  });

  it('a layer without a collection (no itemsUrl) has nothing to draw', () => {
    expect(vectorTileLayerParts(render(layer({ itemsUrl: undefined })), ORIGIN, 'vi')).toBeUndefined();
  });
});

describe('colours', () => {
  it('hex colours become rgba() strings (alpha from #rrggbbaa)', () => {
    expect(maplibreColor('#e67e2233', DEFAULT_FILL)).toBe('rgba(230, 126, 34, 0.2)');
    expect(maplibreColor('#fff', DEFAULT_FILL)).toBe('rgba(255, 255, 255, 1)');
    expect(maplibreColor('nope', [1, 2, 3, 255])).toBe('rgba(1, 2, 3, 1)');
  });

  it('colorProperty + colors is a match expression on the property as text, with the fallback last', () => {
    const style = { colorProperty: 'kind', colors: { airport: '#1565c0', market: '#ef6c00' } };
    expect(categoryColorExpression(style, 'rgba(0, 0, 0, 1)')).toEqual([
      'match', ['to-string', ['get', 'kind']], 'airport', 'rgba(21, 101, 192, 1)', 'market', 'rgba(239, 108, 0, 1)', 'rgba(0, 0, 0, 1)',
    ]);
  });

  it('without colorProperty, or with no colours, it is the plain fallback', () => {
    expect(categoryColorExpression({ fillColor: '#123456' }, 'x')).toBe('x');
    expect(categoryColorExpression({ colorProperty: 'kind', colors: {} }, 'x')).toBe('x');
  });
});

describe('style layers from a layer definition', () => {
  it('points: one circle layer with category fill, outline stroke, radius, opacity and visibility', () => {
    const l = layer({ style: { fillColor: '#1565c0', lineColor: '#ffffff', lineWidth: 1, pointRadius: 8, colorProperty: 'kind', colors: { airport: '#1565c0' } } });
    const [circle, ...rest] = vectorTileLayerParts(render(l, true, 0.5), ORIGIN, 'vi')!.parts;
    expect(rest).toEqual([]);
    const spec = circle.spec as CircleLayerSpecification;
    expect(spec).toMatchObject({ id: 'test-layer:circle', type: 'circle', filter: ['==', ['geometry-type'], 'Point'], layout: { visibility: 'visible' } });
    expect(spec.paint).toMatchObject({ 'circle-radius': 8, 'circle-opacity': 0.5, 'circle-stroke-opacity': 0.5, 'circle-stroke-width': 1, 'circle-stroke-color': 'rgba(255, 255, 255, 1)' });
    expect(spec.paint?.['circle-color']).toEqual(['match', ['to-string', ['get', 'kind']], 'airport', 'rgba(21, 101, 192, 1)', 'rgba(21, 101, 192, 1)']);
  });

  it('polygons: fill + outline; a hidden layer has visibility none', () => {
    const l = layer({ geometryType: 'Polygon', style: { fillColor: '#4a90c2', lineColor: '#2c6e9e', lineWidth: 1 } });
    const parts = vectorTileLayerParts(render(l, false, 0.85), ORIGIN, 'vi')!.parts;
    expect(parts.map((p) => p.part)).toEqual(['fill', 'outline']);
    const fill = parts[0].spec as FillLayerSpecification;
    const outline = parts[1].spec as LineLayerSpecification;
    expect(fill.paint).toMatchObject({ 'fill-color': 'rgba(74, 144, 194, 1)', 'fill-opacity': 0.85 });
    expect(outline.paint).toMatchObject({ 'line-color': 'rgba(44, 110, 158, 1)', 'line-width': 1, 'line-opacity': 0.85 });
    expect([fill.layout?.visibility, outline.layout?.visibility]).toEqual(['none', 'none']);
    expect(fill.filter).toEqual(['==', ['geometry-type'], 'Polygon']);
  });

  it('lines take the category colour, else lineColor', () => {
    const l = layer({ geometryType: 'LineString', style: { lineColor: '#8d6e63', lineWidth: 3, colorProperty: 'class', colors: { primary: '#e65100' } } });
    const [line] = vectorTileLayerParts(render(l), ORIGIN, 'vi')!.parts;
    expect(line.spec.type).toBe('line');
    expect((line.spec as LineLayerSpecification).paint).toMatchObject({
      'line-width': 3,
      'line-color': ['match', ['to-string', ['get', 'class']], 'primary', 'rgba(230, 81, 0, 1)', 'rgba(141, 110, 99, 1)'],
    });
  });

  it('an unknown geometry type gets every part, each filtered on its geometry', () => {
    const parts = vectorTileLayerParts(render(layer({ geometryType: 'Geometry' })), ORIGIN, 'vi')!.parts;
    expect(parts.map((p) => p.part)).toEqual(['fill', 'outline', 'line', 'circle']);
  });
});

describe('the plan for all layers', () => {
  const hubs = layer({ id: 'hubs', geometryType: 'Point' });
  const zones = layer({ id: 'zones', geometryType: 'Polygon', sector: 'planning' });
  const streets = layer({ id: 'streets', geometryType: 'LineString', sector: 'transport' });
  const river = layer({ id: 'river', geometryType: 'Polygon', sector: 'base' });
  const canals = layer({ id: 'canals', geometryType: 'LineString', sector: 'base' });

  it('orders base (water) first, then fills and outlines, then lines, then points, catalog order within', () => {
    const plan = planMaplibreLayers([hubs, zones, streets, river, canals].map((l) => render(l)), { origin: ORIGIN, lang: 'vi' });
    expect(plan.layers.map((l) => l.id)).toEqual(['river:fill', 'river:outline', 'canals:line', 'zones:fill', 'zones:outline', 'streets:line', 'hubs:circle']);
    expect(Object.keys(plan.sources).sort()).toEqual(['tiles:canals', 'tiles:hubs', 'tiles:river', 'tiles:streets', 'tiles:zones']);
    expect(plan.layerIdOf['zones:outline']).toBe('zones');
  });

  it('a type without a MapLibre adapter is handed back, not drawn, and does not throw', () => {
    const odd = layer({ id: 'odd', type: 'no-such-type' });
    const plan = planMaplibreLayers([render(odd), render(hubs)], { origin: ORIGIN, lang: 'vi' });
    expect(plan.unadapted.map((r) => r.layer.id)).toEqual(['odd']);
    expect(plan.layers.map((l) => l.id)).toEqual(['hubs:circle']);
    expect(drawnFromTiles2D('geojson')).toBe(true);
    expect(drawnFromTiles2D('no-such-type')).toBe(false);
    expect(drawnFromTiles2D('toString')).toBe(false);
  });
});

describe('picking and labels', () => {
  it('the top-most feature of one of our style layers becomes the info-panel feature (id shown once)', () => {
    const picked = pickedTileFeature([
      { layer: { id: 'background' }, properties: {} },
      { id: 'ga-hue', layer: { id: 'hubs:circle' }, properties: { id: 'ga-hue', kind: 'rail_station', synthetic: false } },
      { id: 'other', layer: { id: 'zones:fill' }, properties: { id: 'other' } },
    ], { 'hubs:circle': 'hubs', 'zones:fill': 'zones' });
    expect(picked).toEqual({ layerId: 'hubs', featureId: 'ga-hue', properties: { kind: 'rail_station', synthetic: false } });
    expect(pickedTileFeature([{ layer: { id: 'background' }, properties: {} }], {})).toBeUndefined();
  });

  it('point layers with a labelProperty get a symbol layer in our glyph fonts, localised, above every circle', () => {
    const hubs = layer({ id: 'hubs', geometryType: 'Point', labelProperty: 'name_vi', style: { pointRadius: 6 } });
    const [circle, label] = vectorTileLayerParts(render(hubs, true, 0.5), ORIGIN, 'en')!.parts;
    expect(circle.part).toBe('circle');
    expect(label.part).toBe('label');
    const spec = label.spec as { type: string; filter: unknown; layout: Record<string, unknown>; paint: Record<string, unknown> };
    expect(spec.type).toBe('symbol');
    expect(spec.filter).toEqual(['==', ['geometry-type'], 'Point']);
    expect(spec.layout['text-field']).toEqual(['coalesce', ['get', 'name_en'], ['to-string', ['get', 'name_vi']]]);
    expect(spec.paint['text-opacity']).toBe(0.5);
    const fonts = spec.layout['text-font'] as string[];
    expect(fonts).toEqual([BASE_FONTS.medium]);
    expect(Object.keys(GLYPH_FONTS)).toContain(fonts[0]);
    // in Vietnamese the property itself; no label for polygons or without labelProperty
    expect((vectorTileLayerParts(render(hubs), ORIGIN, 'vi')!.parts[1].spec as { layout: Record<string, unknown> }).layout['text-field']).toEqual(['to-string', ['get', 'name_vi']]);
    expect(vectorTileLayerParts(render(layer({ geometryType: 'Polygon', labelProperty: 'name_vi' })), ORIGIN, 'vi')!.parts.map((p) => p.part)).toEqual(['fill', 'outline']);
    expect(vectorTileLayerParts(render(layer({ geometryType: 'Point' })), ORIGIN, 'vi')!.parts.map((p) => p.part)).toEqual(['circle']);
    const sites = layer({ id: 'sites', geometryType: 'Point', labelProperty: 'name_vi' });
    const plan = planMaplibreLayers([render(hubs), render(sites)], { origin: ORIGIN, lang: 'vi' });
    expect(plan.layers.map((l) => l.id)).toEqual(['hubs:circle', 'sites:circle', 'hubs:label', 'sites:label']);
  });
});
