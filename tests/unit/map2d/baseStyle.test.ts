/** The offline base style: only our own tiles and glyphs, every label font served, Vietnamese first. */
import { describe, expect, it } from 'vitest';
import { BASE_COLLECTIONS, BASE_LABEL_LAYER_IDS, baseSourceIdOf, baseStyle } from '../../../src/map2d/baseStyle.ts';
import { labelTextField } from '../../../src/map2d/mapLabels.ts';
import { GLYPH_FONTS } from '../../../src/server/glyphs/glyphFonts.ts';

describe('base style', () => {
  const style = baseStyle({ origin: 'http://localhost:8080/' });

  it('fetches tiles and glyphs from our origin only', () => {
    expect(style.glyphs).toBe('http://localhost:8080/fonts/{fontstack}/{range}.pbf');
    expect(style.sprite).toBeUndefined();
    for (const id of BASE_COLLECTIONS) {
      const source = style.sources[baseSourceIdOf(id)] as { tiles: string[] };
      expect(source.tiles).toEqual([`http://localhost:8080/api/collections/${id}/tiles/WebMercatorQuad/{z}/{y}/{x}`]);
    }
  });

  it('draws land use, water, roads, rail and labels, each from a source of the style, labels last', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids[0]).toBe('background');
    for (const id of ['base-landuse', 'base-water', 'base-canals', 'base-roads', 'base-network', 'base-rail']) expect(ids).toContain(id);
    expect(ids.slice(-BASE_LABEL_LAYER_IDS.length)).toEqual([...BASE_LABEL_LAYER_IDS]);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('labels use only fonts the glyph server has, Vietnamese names by default', () => {
    for (const layer of style.layers.filter((l) => l.type === 'symbol')) {
      const fonts = (layer.layout as { 'text-font': string[] })['text-font'];
      for (const font of fonts) expect(Object.keys(GLYPH_FONTS)).toContain(font);
    }
    expect(labelTextField('vi')).toEqual(['to-string', ['get', 'name_vi']]);
    expect(labelTextField('en')).toEqual(['coalesce', ['get', 'name_en'], ['to-string', ['get', 'name_vi']]]);
  });
});
