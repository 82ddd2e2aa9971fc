/**
 * Sample generator `heritage-monument-models`: the sites that get procedural 3D models — the points
 * of layers/heritage-monuments.geojson and layers/citadel-gates.geojson, with their names, kinds and
 * walls, each marked `synthetic: true` (the form is procedural; `position_synthetic` keeps whether
 * the position itself was approximate). Deterministic: the seed is not used.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { SampleGenerator } from '../generators.ts';

/** The seed files read, relative to the layers folder. */
export const MONUMENT_SITE_FILES = ['heritage-monuments.geojson', 'citadel-gates.geojson'];

const DEFAULT_LAYERS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../layers');

/** Reads the site points from `layersDir` (default: the repository's layers/). */
export function monumentSites(layersDir = DEFAULT_LAYERS_DIR): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (const file of MONUMENT_SITE_FILES) {
    const fc = JSON.parse(readFileSync(path.join(layersDir, file), 'utf8')) as FeatureCollection;
    const layer = file.replace(/\.geojson$/, '');
    fc.features.forEach((f, i) => {
      if (f.geometry?.type !== 'Point') return;
      const props = f.properties ?? {};
      out.push({
        type: 'Feature',
        id: String(f.id ?? `${layer}-${i}`),
        geometry: f.geometry,
        properties: { ...props, source_layer: layer, position_synthetic: props.synthetic === true, synthetic: true },
      });
    });
  }
  return out;
}

/** The generator (register as `'heritage-monument-models'` in src/sample/generators.ts). */
export const monumentSitesGenerator: SampleGenerator = {
  version: '1',
  generate: (_seed, options) => monumentSites(typeof options.layersDir === 'string' ? options.layersDir : undefined),
};
