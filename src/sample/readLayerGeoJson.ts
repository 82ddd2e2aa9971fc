/**
 * Reads an authored sample layer (layers/{id}.geojson) so generators and authoring scripts reuse its
 * geometry. Node only (the generators run on the server at seeding time and in tests).
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const cache = new Map<string, FeatureCollection>();

/** The FeatureCollection of layers/{id}.geojson (parsed once per process). */
export function readLayerGeoJson(id: string): FeatureCollection {
  let fc = cache.get(id);
  if (!fc) {
    fc = JSON.parse(readFileSync(new URL(`../../layers/${id}.geojson`, import.meta.url), 'utf8')) as FeatureCollection;
    cache.set(id, fc);
  }
  return fc;
}

/** One feature of an authored layer by id; throws when missing (a programmer error). */
export function layerFeature(layerId: string, featureId: string): Feature<Geometry> {
  const f = readLayerGeoJson(layerId).features.find((x) => x.id === featureId);
  if (!f) throw new Error(`layers/${layerId}.geojson has no feature "${featureId}"`);
  return f;
}
