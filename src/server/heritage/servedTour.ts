/**
 * The tour as served to players (`GET /api/tours/{id}` and a bundle's `tour.json`): the document
 * plus what a player needs to show it without further lookups — the referenced assets (pinned
 * versions, with URLs), the monuments' points and names, the layers' definitions and URLs, and
 * which languages are complete.
 */
import type { LayerDefinition } from '../../catalog/LayerDefinition.ts';
import type { Queryable } from '../db/Database.ts';
import type { LocalizedText, TourLanguage } from '../../heritage/languages.ts';
import { checkTranslations } from '../../heritage/tour/checkTranslations.ts';
import { tourAssetIds } from '../../heritage/tour/tourAssetRefs.ts';
import type { TourDocument } from '../../heritage/tour/tourSchema.ts';
import { getAsset, type AssetDetails, type ModelPlacement } from './assetStore.ts';
import { readMonuments } from './monumentRegistry.ts';
import type { TourDraft, TourVersion } from './tourStore.ts';

/** An asset as a player sees it. `url` is absolute on the server, relative in a bundle. */
export interface ServedAsset {
  id: string;
  version: number;
  kind: string;
  mediaType: string;
  url: string;
  sha256: string;
  bytes: number;
  title: string | null;
  language: string | null;
  width?: number;
  height?: number;
  placement?: ModelPlacement;
}

/** A layer a stop shows. */
export interface ServedLayer {
  type: string;
  url: string | null;
  title: LocalizedText;
  style: unknown;
  source: unknown;
  licence: string;
}

/** A tour as served (see docs/tours.md). */
export interface ServedTour {
  id: string;
  status: 'published' | 'draft';
  version: number | null;
  latestVersion: number | null;
  publishedBy?: string;
  publishedAt?: string;
  note?: string | null;
  restoredFrom?: number | null;
  draftRevision?: number;
  updatedBy?: string;
  updatedAt?: string;
  document: TourDocument;
  languages: { complete: TourLanguage[]; partial: TourLanguage[] };
  assets: Record<string, ServedAsset>;
  monuments: Record<string, { lonDeg: number; latDeg: number; name: LocalizedText; positionApproximate: boolean }>;
  layers: Record<string, ServedLayer>;
}

/** URL of version `version` of asset `id` on the server. */
export function assetUrl(id: string, version: number): string {
  return `/api/heritage/assets/${encodeURIComponent(id)}?v=${version}`;
}

/** URL a player loads layer `layer` from on the server; null for types without data. */
export function layerUrl(layer: LayerDefinition): string | null {
  if (layer.type === '3dtiles') return `/tilesets/${layer.id}/tileset.json`;
  if (layer.data || layer.generator) return `/api/collections/${layer.id}/items?limit=10000`;
  return null;
}

async function servedAssets(db: Queryable, ids: string[], pins: Record<string, number> | undefined): Promise<Record<string, ServedAsset>> {
  const out: Record<string, ServedAsset> = {};
  for (const id of ids) {
    const asset = await getAsset(db, id, pins?.[id]);
    if (!asset) continue; // drafts may reference assets not uploaded yet; publishing refuses that
    const details: AssetDetails = asset.details;
    out[id] = {
      id, version: asset.version, kind: asset.kind, mediaType: asset.mediaType, url: assetUrl(id, asset.version), sha256: asset.sha256,
      bytes: asset.bytes, title: asset.title, language: asset.language,
      ...(details.width ? { width: details.width, height: details.height } : {}),
      ...(details.placement ? { placement: details.placement } : {}),
    };
  }
  return out;
}

/** Builds the served form of a published version or of a draft. */
export async function serveTour(db: Queryable, layers: LayerDefinition[], source: { version: TourVersion } | { draft: TourDraft }): Promise<ServedTour> {
  const document = 'version' in source ? source.version.document : source.draft.document;
  const report = checkTranslations(document);
  const monumentIds = new Set(document.stops.flatMap((s) => (s.monumentId ? [s.monumentId] : [])));
  const monuments: ServedTour['monuments'] = {};
  if (monumentIds.size > 0) {
    for (const m of await readMonuments(db)) {
      if (monumentIds.has(m.id)) monuments[m.id] = { lonDeg: m.lonDeg, latDeg: m.latDeg, name: m.name, positionApproximate: m.positionApproximate };
    }
  }
  const layerIds = new Set(document.stops.flatMap((s) => s.layers ?? []));
  const servedLayers: Record<string, ServedLayer> = {};
  for (const layer of layers) {
    if (layerIds.has(layer.id)) servedLayers[layer.id] = { type: layer.type, url: layerUrl(layer), title: layer.title, style: layer.style, source: layer.source, licence: layer.licence };
  }
  const common = {
    document,
    languages: { complete: report.complete, partial: report.partial },
    monuments,
    layers: servedLayers,
  };
  if ('version' in source) {
    const v = source.version;
    return {
      id: v.id, status: 'published', version: v.version, latestVersion: v.latestVersion, publishedBy: v.publishedBy, publishedAt: v.publishedAt,
      note: v.note, restoredFrom: v.restoredFrom, ...common, assets: await servedAssets(db, tourAssetIds(document), v.assetPins),
    };
  }
  const d = source.draft;
  return {
    id: d.id, status: 'draft', version: null, latestVersion: d.latestVersion, draftRevision: d.revision, updatedBy: d.updatedBy, updatedAt: d.updatedAt,
    ...common, assets: await servedAssets(db, tourAssetIds(document), undefined),
  };
}
