/**
 * Applying a plan to a map (a fake that records calls and keeps the layer order): first add,
 * in-place updates of opacity/visibility, plan order kept below foreign (deck.gl) layers, removal.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { CatalogLayer } from '../../../src/catalog/LayerDefinition.ts';
import { planMaplibreLayers } from '../../../src/map2d/maplibreLayerPlan.ts';
import { emptyAppliedStyle, syncMaplibreLayers, type StyleTarget } from '../../../src/map2d/syncMaplibreLayers.ts';

/** A fake map: an ordered list of layer ids, a source table, and a log of property calls. */
function fakeMap(initial: string[]) {
  const order = [...initial];
  const sources = new Map<string, SourceSpecification>();
  const calls: string[] = [];
  const map = {
    getLayer: (id: string) => (order.includes(id) ? { id } : undefined),
    addLayer: (spec: LayerSpecification, before?: string) => {
      const i = before ? order.indexOf(before) : -1;
      order.splice(i < 0 ? order.length : i, 0, spec.id);
      calls.push(`add ${spec.id}`);
    },
    removeLayer: (id: string) => { order.splice(order.indexOf(id), 1); calls.push(`remove ${id}`); },
    moveLayer: (id: string, before?: string) => {
      order.splice(order.indexOf(id), 1);
      const i = before ? order.indexOf(before) : -1;
      order.splice(i < 0 ? order.length : i, 0, id);
    },
    getLayersOrder: () => [...order],
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, s: SourceSpecification) => { sources.set(id, s); calls.push(`addSource ${id}`); },
    removeSource: (id: string) => { sources.delete(id); calls.push(`removeSource ${id}`); },
    setPaintProperty: (id: string, key: string, value: unknown) => calls.push(`paint ${id} ${key}=${JSON.stringify(value)}`),
    setLayoutProperty: (id: string, key: string, value: unknown) => calls.push(`layout ${id} ${key}=${JSON.stringify(value)}`),
    setFilter: (id: string) => calls.push(`filter ${id}`),
  };
  return { map: map as unknown as StyleTarget, order, sources, calls };
}

const layer = (id: string, geometryType: CatalogLayer['geometryType'], sector: CatalogLayer['sector'] = 'logistics'): CatalogLayer => ({
  id, title: { vi: id, en: id }, sector, type: 'geojson', geometryType, source: { name: 't', synthetic: true }, licence: 'CC0', style: {}, legend: [], itemsUrl: `/api/collections/${id}/items`,
});
const hubs = layer('hubs', 'Point');
const river = layer('river', 'Polygon', 'base');
const plan = (opacity: number, riverVisible: boolean, layers = [hubs, river]) =>
  planMaplibreLayers(layers.map((l) => ({ layer: l, visible: l === river ? riverVisible : true, opacity })), { origin: 'http://x', lang: 'vi' });

describe('syncMaplibreLayers', () => {
  it('adds sources and layers in plan order, above the base style and below deck.gl groups', () => {
    const { map, order } = fakeMap(['background', 'deck-group']);
    syncMaplibreLayers(map, plan(1, true), emptyAppliedStyle(), new Set(['background']));
    expect(order).toEqual(['background', 'river:fill', 'river:outline', 'hubs:circle', 'deck-group']);
  });

  it('stays above a deck.gl group placed inside the base style (a surface under the roads)', () => {
    const surface = 'deck-maplibre-layer-group-before:roads';
    const { map, order } = fakeMap(['background', surface, 'roads', 'deck-maplibre-layer-group-last']);
    syncMaplibreLayers(map, plan(1, true), emptyAppliedStyle(), new Set(['background', 'roads']));
    expect(order).toEqual(['background', surface, 'roads', 'river:fill', 'river:outline', 'hubs:circle', 'deck-maplibre-layer-group-last']);
  });

  it('changes only what changed: opacity as paint, a toggle as layout visibility', () => {
    const { map, calls } = fakeMap(['background']);
    const applied = emptyAppliedStyle();
    syncMaplibreLayers(map, plan(1, true), applied, new Set(['background']));
    calls.length = 0;
    syncMaplibreLayers(map, plan(1, true), applied, new Set(['background']));
    expect(calls).toEqual([]);
    syncMaplibreLayers(map, plan(0.5, false), applied, new Set(['background']));
    expect(calls).toContain('layout river:fill visibility="none"');
    expect(calls).toContain('paint hubs:circle circle-opacity=0.5');
    expect(calls.some((c) => c.startsWith('add') || c.startsWith('remove'))).toBe(false);
  });

  it('removes layers and sources that left the plan, and re-orders a late addition', () => {
    const { map, order, sources } = fakeMap(['background']);
    const applied = emptyAppliedStyle();
    syncMaplibreLayers(map, plan(1, true, [hubs]), applied, new Set(['background']));
    syncMaplibreLayers(map, plan(1, true, [hubs, river]), applied, new Set(['background']));
    expect(order).toEqual(['background', 'river:fill', 'river:outline', 'hubs:circle']);
    syncMaplibreLayers(map, plan(1, true, [river]), applied, new Set(['background']));
    expect(order).toEqual(['background', 'river:fill', 'river:outline']);
    expect([...sources.keys()]).toEqual(['tiles:river']);
  });
});
