/**
 * Label anchors for a point layer drawn from vector tiles: the features MapLibre has loaded (a
 * point near a tile edge is in several tiles, so duplicates are dropped by feature id), with the
 * label text in the UI language. Pure.
 */
import type { Feature } from 'geojson';
import { localizedLabel } from '../ui/i18n/localize.ts';
import type { Lang } from '../ui/i18n/messages.ts';

/** One label: where (lon/lat degrees) and what. */
export interface LabelPoint {
  /** Feature id (the `id` tile property, else the position). */
  id: string;
  position: [number, number];
  text: string;
}

function firstPosition(feature: Pick<Feature, 'geometry'>): [number, number] | undefined {
  const g = feature.geometry;
  const p = g?.type === 'Point' ? g.coordinates : g?.type === 'MultiPoint' ? g.coordinates[0] : undefined;
  return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : undefined;
}

/**
 * Labels of `features` from `labelProperty` (`name_vi` → `name_en` in English when present),
 * one per feature id, sorted by id; features without a point position or text are skipped.
 */
export function labelPoints(features: readonly Pick<Feature, 'id' | 'geometry' | 'properties'>[], labelProperty: string | undefined, lang: Lang): LabelPoint[] {
  if (!labelProperty) return [];
  const byId = new Map<string, LabelPoint>();
  for (const feature of features) {
    const position = firstPosition(feature);
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const text = localizedLabel(properties, labelProperty, lang);
    if (!position || !text) continue;
    const id = String(feature.id ?? properties.id ?? position.join(','));
    if (!byId.has(id)) byId.set(id, { id, position, text });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
