// Unit tests for layer visibility from the URL and defaults (src/app/layerVisibility.ts).
import { describe, expect, it } from 'vitest';
import type { CatalogLayer } from '../../../src/catalog/LayerDefinition.ts';
import { unknownLayerIds, visibleLayerIds, withLayerVisibility } from '../../../src/app/layerVisibility.ts';

/** Three minimal layers: `a` visible everywhere, `b` only in heritage, `c` hidden. */
const layer = (id: string, extra: Partial<CatalogLayer>): CatalogLayer => ({
  id, title: { vi: id, en: id }, sector: 'base', type: 'geojson', source: { name: 's', synthetic: false },
  licence: 'CC0', style: {}, legend: [], ...extra,
});
const layers = [layer('a', { visible: true }), layer('b', { visible: true, workspaces: ['heritage'] }), layer('c', {})];

describe('visibleLayerIds', () => {
  it('uses defaults per workspace when the URL names no layers', () => {
    expect(visibleLayerIds(layers, 'planning', undefined)).toEqual(['a']);
    expect(visibleLayerIds(layers, 'heritage', undefined)).toEqual(['a', 'b']);
  });
  it('uses exactly the URL list, in catalog order, ignoring unknown ids', () => {
    expect(visibleLayerIds(layers, 'planning', ['c', 'zzz', 'b'])).toEqual(['b', 'c']);
    expect(visibleLayerIds(layers, 'planning', [])).toEqual([]);
  });
});

describe('unknownLayerIds / withLayerVisibility', () => {
  it('reports ids not in the catalog', () => {
    expect(unknownLayerIds(layers, ['a', 'zzz'])).toEqual(['zzz']);
    expect(unknownLayerIds(layers, undefined)).toEqual([]);
  });
  it('switches one layer on or off', () => {
    expect(withLayerVisibility(layers, ['a'], 'c', true)).toEqual(['a', 'c']);
    expect(withLayerVisibility(layers, ['a', 'c'], 'a', false)).toEqual(['c']);
  });
});
