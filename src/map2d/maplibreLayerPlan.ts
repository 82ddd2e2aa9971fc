/**
 * The whole MapLibre side of the 2D map for a list of catalog layers: every source and style
 * layer, in drawing order. Pure: {@link syncMaplibreLayers} applies a plan to a map.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { RenderLayer } from '../app/RenderLayer.ts';
import type { MaplibrePart } from './MaplibreLayerParts.ts';
import { maplibreAdapters, type MaplibreAdapterOptions } from './maplibreAdapters.ts';

/** Sources and style layers for the 2D map, and which catalog layer each style layer draws. */
export interface MaplibreLayerPlan {
  /** Sources by id. */
  sources: Record<string, SourceSpecification>;
  /** Style layers, bottom first. */
  layers: LayerSpecification[];
  /** Catalog layer id of each style layer id (for picking). */
  layerIdOf: Record<string, string>;
  /** Layers whose type has no MapLibre adapter (the caller tries deck.gl, else warns). */
  unadapted: RenderLayer[];
}

/**
 * Drawing tier of a part: base-sector layers (water, land) at the bottom, then other fills and
 * outlines, then lines, points of every layer, and their labels on top.
 */
export function drawingTier(renderLayer: RenderLayer, { part }: MaplibrePart): number {
  if (part === 'label') return 4;
  if (part === 'circle') return 3;
  if (renderLayer.layer.sector === 'base') return 0;
  return part === 'line' ? 2 : 1;
}

/** Builds the plan: adapters by layer type, then parts sorted by tier, catalog order, part order. */
export function planMaplibreLayers(renderLayers: readonly RenderLayer[], options: MaplibreAdapterOptions): MaplibreLayerPlan {
  const sources: Record<string, SourceSpecification> = {};
  const layerIdOf: Record<string, string> = {};
  const unadapted: RenderLayer[] = [];
  const ranked: { tier: number; index: number; order: number; spec: LayerSpecification }[] = [];
  renderLayers.forEach((renderLayer, index) => {
    const adapter = Object.hasOwn(maplibreAdapters, renderLayer.layer.type) ? maplibreAdapters[renderLayer.layer.type] : undefined;
    if (!adapter) {
      unadapted.push(renderLayer);
      return;
    }
    const parts = adapter(renderLayer, options);
    if (!parts) return;
    sources[parts.sourceId] = parts.source;
    parts.parts.forEach((part, order) => {
      layerIdOf[part.spec.id] = parts.layerId;
      ranked.push({ tier: drawingTier(renderLayer, part), index, order, spec: part.spec });
    });
  });
  ranked.sort((a, b) => a.tier - b.tier || a.index - b.index || a.order - b.order);
  return { sources, layers: ranked.map((r) => r.spec), layerIdOf, unadapted };
}
