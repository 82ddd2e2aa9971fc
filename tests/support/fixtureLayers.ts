/**
 * Builds throw-away layer folders for start-up tests: a copy of one real layer from `layers/`
 * (its definition and seed data), which the tests then break on purpose.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './startServerProcess.ts';
import { makeTempDir } from './tempDir.ts';

/** A layer folder made for one test. */
export interface FixtureLayerDir {
  dir: string;
  /** File name of the layer definition inside `dir`. */
  definitionFile: string;
  /** File name of its seed data inside `dir`. */
  dataFile: string;
  /** Whether it is a copy of a real layer (false: the built-in stand-in below). */
  copiedFromRepo: boolean;
}

/** Used only while layers/ holds no layer with seed data: one point, valid per layer.schema.json. */
const STAND_IN = {
  definition: {
    id: 'fixture-points',
    title: { vi: 'Điểm thử', en: 'Fixture points' },
    sector: 'heritage',
    type: 'geojson',
    data: 'fixture-points.geojson',
    geometryType: 'Point',
    source: { name: 'tests/support/fixtureLayers.ts', synthetic: true },
    licence: 'CC0-1.0',
    visible: true,
    style: { fillColor: '#d4a017' },
    legend: [{ label: { vi: 'Điểm', en: 'Point' }, color: '#d4a017', shape: 'point' }],
  },
  data: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'p1', properties: { name: 'Ngọ Môn' }, geometry: { type: 'Point', coordinates: [107.5786, 16.4673] } }],
  },
};

/** The first real layer in `layersDir` that has a seed data file, or undefined. */
export function findRealLayer(layersDir = path.join(REPO_ROOT, 'layers')): { definitionFile: string; dataFile: string } | undefined {
  if (!existsSync(layersDir)) return undefined;
  const names = readdirSync(layersDir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
  for (const name of names) {
    try {
      const doc = JSON.parse(readFileSync(path.join(layersDir, name), 'utf8')) as { data?: unknown };
      if (typeof doc.data === 'string' && !doc.data.includes('/') && existsSync(path.join(layersDir, doc.data))) {
        return { definitionFile: name, dataFile: doc.data };
      }
    } catch {
      // a broken file in the real catalog is someone else's test failure
    }
  }
  return undefined;
}

/** A temp folder holding one valid layer (definition + data), copied from `layers/` when possible. */
export function makeFixtureLayerDir(): FixtureLayerDir {
  const dir = makeTempDir('layers');
  const source = path.join(REPO_ROOT, 'layers');
  const real = findRealLayer(source);
  if (real) {
    copyFileSync(path.join(source, real.definitionFile), path.join(dir, real.definitionFile));
    copyFileSync(path.join(source, real.dataFile), path.join(dir, real.dataFile));
    return { dir, ...real, copiedFromRepo: true };
  }
  writeFileSync(path.join(dir, 'fixture-points.json'), JSON.stringify(STAND_IN.definition, null, 2));
  writeFileSync(path.join(dir, STAND_IN.definition.data), JSON.stringify(STAND_IN.data));
  return { dir, definitionFile: 'fixture-points.json', dataFile: STAND_IN.definition.data, copiedFromRepo: false };
}
