/**
 * Turns OSM elements (as OSM-JSON: nodes with lat/lon/tags, ways with node refs/tags) into features
 * of one layer. Ids are `node-123` / `way-456` (feature ids may not contain "/"); properties are
 * the tags, plus `osm_id`, `osm_type`, and for buildings a numeric `height` (metres, from `height`,
 * else `building:levels` × 3 m, noted in `height_source`) and `levels`.
 */
import type { ImportFeature } from '../ImportFeature.ts';

/** The OSM layers an import can take. Default: buildings. */
export const OSM_LAYERS = ['buildings', 'roads', 'waterways', 'pois'] as const;

/** One of {@link OSM_LAYERS}. */
export type OsmLayer = (typeof OSM_LAYERS)[number];

/** An OSM element in OSM-JSON form. */
export interface OsmElement {
  type: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  nodes?: number[];
  tags?: Record<string, string>;
}

/** Metres per storey when a building has levels but no height. Default: 3. */
const STOREY_HEIGHT_M = 3;
/** Tags that do not make a node a point of interest. */
const META_TAGS = new Set(['created_by', 'source', 'note', 'fixme', 'FIXME', 'attribution']);

/** Parses an OSM length ("12", "12 m", "12.5m", "40'", "40 ft") into metres; undefined when unreadable. */
export function parseOsmLength(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^\s*([\d.]+)\s*(m|metres?|meters?|ft|feet|')?\s*$/i.exec(value.replace(',', '.'));
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return m[2] && /^(ft|feet|')$/i.test(m[2]) ? Math.round(n * 0.3048 * 100) / 100 : n;
}

function wanted(layer: OsmLayer, tags: Record<string, string>, closed: boolean): 'line' | 'polygon' | undefined {
  switch (layer) {
    case 'buildings':
      return tags.building && tags.building !== 'no' && closed ? 'polygon' : undefined;
    case 'roads':
      return tags.highway ? 'line' : undefined;
    case 'waterways':
      if (tags.waterway) return closed && tags.waterway === 'riverbank' ? 'polygon' : 'line';
      return closed && tags.natural === 'water' ? 'polygon' : undefined;
    default:
      return undefined;
  }
}

/** Builds the features of `layer` from `elements`; ways with nodes missing from the file are rejects. */
export function osmToFeatures(elements: Iterable<OsmElement>, layer: OsmLayer): { features: ImportFeature[]; warnings: string[] } {
  const nodes = new Map<number, [number, number]>();
  const ways: OsmElement[] = [];
  const features: ImportFeature[] = [];
  let relations = 0;
  for (const e of elements) {
    if (e.type === 'node') {
      nodes.set(e.id, [e.lon!, e.lat!]);
      if (layer === 'pois' && e.tags && Object.keys(e.tags).some((k) => !META_TAGS.has(k))) {
        features.push({ id: `node-${e.id}`, properties: { ...e.tags, osm_id: e.id, osm_type: 'node' }, geometry: { type: 'Point', coordinates: [e.lon!, e.lat!] }, where: `node ${e.id}` });
      }
    } else if (e.type === 'way') ways.push(e);
    else relations++;
  }
  for (const way of ways) {
    const tags = way.tags ?? {};
    const refs = way.nodes ?? [];
    const closed = refs.length >= 4 && refs[0] === refs[refs.length - 1];
    const kind = wanted(layer, tags, closed);
    if (!kind) continue;
    const where = `way ${way.id}`;
    const properties: Record<string, unknown> = { ...tags, osm_id: way.id, osm_type: 'way' };
    if (layer === 'buildings') {
      const levels = tags['building:levels'] ? Number(tags['building:levels']) : undefined;
      const height = parseOsmLength(tags.height);
      if (levels !== undefined && Number.isFinite(levels)) properties.levels = levels;
      if (height !== undefined) {
        properties.height = height;
        properties.height_source = 'height';
      } else if (levels !== undefined && Number.isFinite(levels)) {
        properties.height = levels * STOREY_HEIGHT_M;
        properties.height_source = 'levels';
      }
    }
    const missing = refs.find((ref) => !nodes.has(ref));
    if (missing !== undefined) {
      features.push({ id: `way-${way.id}`, properties, geometry: null, where, error: `references node ${missing}, which is not in the file (clipped extract?)` });
      continue;
    }
    const coordinates = refs.map((ref) => nodes.get(ref)!);
    features.push({
      id: `way-${way.id}`,
      properties,
      geometry: kind === 'polygon' ? { type: 'Polygon', coordinates: [coordinates] } : { type: 'LineString', coordinates },
      where,
    });
  }
  const warnings = relations > 0 ? [`${relations} relation(s) not imported (multipolygon relations are not supported yet)`] : [];
  return { features, warnings };
}
