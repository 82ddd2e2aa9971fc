/**
 * Seeding from layers/ into the database: idempotent restarts, reseeding a changed file, never
 * overwriting edits, and a broken file that changes nothing. Uses a temp catalog with one fixture
 * layer of three points near the Citadel (made here, not shipped).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/server/StartupError.ts';
import { BACKENDS, startTestServer } from './testServer.ts';

const layer = {
  id: 'fixture-points',
  title: { vi: 'Điểm thử', en: 'Fixture points' },
  sector: 'heritage',
  type: 'geojson',
  data: 'fixture-points.geojson',
  geometryType: 'Point',
  source: { name: 'test fixture', synthetic: true },
  licence: 'CC0',
  style: { pointRadius: 5 },
  legend: [{ label: { vi: 'Điểm', en: 'Point' }, color: '#ff0000', shape: 'point' }],
};

function points(n: number, geometry?: unknown) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      id: `p${i + 1}`,
      properties: { name: `point ${i + 1}`, synthetic: true },
      geometry: geometry ?? { type: 'Point', coordinates: [107.578 + i * 0.001, 16.47] },
    })),
  };
}

describe.each(BACKENDS)('seeding on %s', (backend) => {
  let layersDir: string;
  let dataDir: string;
  const write = (name: string, doc: unknown) => writeFile(path.join(layersDir, name), JSON.stringify(doc));
  const start = (reset: boolean) => startTestServer(backend, { LAYERS_DIR: layersDir, DATA_DIR: dataDir }, { reset });
  const count = async (url: string) =>
    ((await (await fetch(`${url}/api/collections/fixture-points/items?limit=100`)).json()) as { numberMatched: number }).numberMatched;

  beforeAll(async () => {
    layersDir = await mkdtemp(path.join(os.tmpdir(), 'hue-layers-'));
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'hue-seed-'));
    await write('fixture-points.json', layer);
    await write('fixture-points.geojson', points(3));
  });
  afterAll(async () => {
    await rm(layersDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds once, and a restart does not duplicate', async () => {
    let server = await start(true);
    expect(await count(server.url)).toBe(3);
    await server.stop({ keepData: true });
    server = await start(false);
    expect(await count(server.url)).toBe(3);
    await server.stop({ keepData: true });
  });

  it('reseeds a changed file', async () => {
    await write('fixture-points.geojson', points(4));
    const server = await start(false);
    expect(await count(server.url)).toBe(4);
    await server.stop({ keepData: true });
  });

  it('keeps features edited in the database when the file changes, and says so', async () => {
    let server = await start(false);
    await server.db.query(
      `INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by)
       SELECT collection_id, id, version + 1, 'update', properties || '{"name":"edited"}', geom, 'tester' FROM features WHERE collection_id = 'fixture-points' AND id = 'p1'`,
    );
    await server.stop({ keepData: true });
    await write('fixture-points.geojson', points(2));
    server = await start(false);
    expect(await count(server.url)).toBe(4);
    const catalog = (await (await fetch(`${server.url}/api/layers`)).json()) as { warnings: string[] };
    expect(catalog.warnings.join('\n')).toMatch(/fixture-points\.geojson changed, but 1 feature\(s\) of "fixture-points" were edited/);
    await server.db.query(`DELETE FROM feature_history WHERE changed_by = 'tester'`);
    await server.stop({ keepData: true });
  });

  it('refuses a file with a broken geometry and changes nothing', async () => {
    await write('fixture-points.geojson', { ...points(2), features: [...points(2).features, { type: 'Feature', id: 'bad', properties: {}, geometry: { type: 'Point', coordinates: ['x'] } }] });
    const error = await start(false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/fixture-points\.geojson: features 1–3 could not be stored/);
    await write('fixture-points.geojson', points(4));
    const server = await start(false);
    // Still the four features from before: the failed seed rolled back completely.
    expect(await count(server.url)).toBe(4);
    await server.stop({ keepData: true });
  });

  it('lists a layer of unknown type with a warning instead of failing', async () => {
    await write('mystery.json', { ...layer, id: 'mystery', type: 'hologram', data: undefined });
    const server = await start(false);
    const catalog = (await (await fetch(`${server.url}/api/layers`)).json()) as { layers: Array<{ id: string; warnings: string[] }>; warnings: string[] };
    const mystery = catalog.layers.find((l) => l.id === 'mystery');
    expect(mystery?.warnings[0]).toContain('unknown layer type "hologram"');
    expect(catalog.warnings.some((w) => w.includes('hologram'))).toBe(true);
    await server.stop({ keepData: true });
    await rm(path.join(layersDir, 'mystery.json'));
  });
});
