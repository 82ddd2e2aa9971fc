/**
 * Applies a {@link MaplibreLayerPlan} to a live map with the smallest changes: sources and style
 * layers are added once, then only changed paint/layout properties (opacity, visibility) and
 * filters are set; stale ones are removed; our layers stay in plan order, below any other
 * layers added later (deck.gl's interleaved groups) and above the base style.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MaplibreLayerPlan } from './maplibreLayerPlan.ts';

/** The part of the MapLibre map this needs (a fake in tests). */
export type StyleTarget = Pick<
  MapLibreMap,
  'getLayer' | 'addLayer' | 'removeLayer' | 'moveLayer' | 'getLayersOrder' | 'getSource' | 'addSource' | 'removeSource' | 'setPaintProperty' | 'setLayoutProperty' | 'setFilter'
>;

/** What was applied last time (JSON of each source and style layer we own), kept by the caller between calls. */
export interface AppliedStyle {
  sources: Map<string, string>;
  layers: Map<string, string>;
}

/** An empty {@link AppliedStyle} for a fresh map. */
export function emptyAppliedStyle(): AppliedStyle {
  return { sources: new Map(), layers: new Map() };
}

type Props = Record<string, unknown>;

/** Id prefix of deck.gl's interleaved groups placed with a `beforeId` (`@deck.gl/maplibre`). */
const DECK_BEFORE_GROUP = 'deck-maplibre-layer-group-before:';
type LayoutKey = Parameters<StyleTarget['setLayoutProperty']>[1];
type PaintKey = Parameters<StyleTarget['setPaintProperty']>[1];

function setChanged(before: Props | undefined, after: Props | undefined, set: (key: string, value: unknown) => void): void {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const next = after?.[key];
    if (JSON.stringify(before?.[key]) !== JSON.stringify(next)) set(key, next);
  }
}

/** Whether an existing style layer can be updated in place (same type, source and source layer). */
function updatable(before: LayerSpecification, after: LayerSpecification): boolean {
  const b = before as Props;
  const a = after as Props;
  return b.type === a.type && b.source === a.source && b['source-layer'] === a['source-layer'] && b.minzoom === a.minzoom && b.maxzoom === a.maxzoom;
}

/**
 * Brings the map's sources and style layers in line with `plan`, updating `applied` in place.
 * `baseLayerIds` are the base style's own layers (kept below ours, never touched).
 */
export function syncMaplibreLayers(map: StyleTarget, plan: MaplibreLayerPlan, applied: AppliedStyle, baseLayerIds: ReadonlySet<string>): void {
  const wantedLayers = new Map(plan.layers.map((spec) => [spec.id, spec]));

  // 1. Remove sources that changed or are gone (with their style layers), and style layers that are
  //    gone or cannot be updated in place.
  const staleSources = new Set([...applied.sources].filter(([id, json]) => json !== JSON.stringify(plan.sources[id])).map(([id]) => id));
  for (const [id, json] of [...applied.layers]) {
    const before = JSON.parse(json) as Props;
    const next = wantedLayers.get(id);
    if (next && updatable(before as LayerSpecification, next) && !staleSources.has(String(before.source))) continue;
    if (map.getLayer(id)) map.removeLayer(id);
    applied.layers.delete(id);
  }
  for (const id of staleSources) {
    if (map.getSource(id)) map.removeSource(id);
    applied.sources.delete(id);
  }

  // 2. Add new sources.
  for (const [id, source] of Object.entries(plan.sources)) {
    if (applied.sources.has(id)) continue;
    map.addSource(id, source);
    applied.sources.set(id, JSON.stringify(source));
  }

  // 3. Add new style layers below anything that is neither ours nor the base style (a tool's layers,
  //    deck.gl's top group) — but not below a deck.gl group placed inside the base style with
  //    `beforeId` (e.g. a pollution surface under the roads): that would hide the catalog under it.
  //    Update the others in place.
  const anchor = () => map.getLayersOrder().find((id) => !applied.layers.has(id) && !wantedLayers.has(id) && !baseLayerIds.has(id) && !id.startsWith(DECK_BEFORE_GROUP));
  for (const spec of plan.layers) {
    const json = JSON.stringify(spec);
    const before = applied.layers.get(spec.id);
    if (before === json) continue;
    if (before === undefined) {
      map.addLayer(spec, anchor());
    } else {
      const old = JSON.parse(before) as Props;
      const next = spec as Props;
      setChanged(old.layout as Props, next.layout as Props, (key, value) => map.setLayoutProperty(spec.id, key as LayoutKey, value as never));
      setChanged(old.paint as Props, next.paint as Props, (key, value) => map.setPaintProperty(spec.id, key as PaintKey, value as never));
      if (JSON.stringify(old.filter) !== JSON.stringify(next.filter)) map.setFilter(spec.id, (next.filter ?? null) as never);
    }
    applied.layers.set(spec.id, json);
  }

  // 4. Keep plan order (a layer added later, e.g. when the catalog changes, may have landed out of place).
  const ours = map.getLayersOrder().filter((id) => wantedLayers.has(id));
  if (ours.some((id, i) => id !== plan.layers[i]?.id)) {
    const before = anchor();
    for (const spec of plan.layers) map.moveLayer(spec.id, before);
  }
}
