/**
 * `import`: bulk import rate (features/s) of 100,000 simple building polygons from a GeoJSON file
 * through the real importer (read, validate every feature, one transaction with history), on
 * PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) PostgreSQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRandom } from '../src/sample/random.ts';
import type { Database } from '../src/server/db/Database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { openDatabase } from '../src/server/db/openDatabase.ts';
import { importFile } from '../src/server/import/importFile.ts';
import { onCleanup } from './cleanup.ts';
import { emit, progress, round } from './emit.ts';
import { resetPostgres } from '../tests/api/testServer.ts';

/** Polygons in the bench file. Default: 100,000 (BENCH_IMPORT_FEATURES). */
const FEATURES = Number(process.env.BENCH_IMPORT_FEATURES ?? 100_000);

/** A FeatureCollection of small rectangles around Huế with a few typed properties. */
function buildingsGeoJson(count: number): Uint8Array {
  const r = createRandom(4).next;
  const features = Array.from({ length: count }, (_, i) => {
    const x = 107.52 + r() * 0.14;
    const y = 16.42 + r() * 0.08;
    const w = 0.0001 + r() * 0.0002;
    const h = 0.0001 + r() * 0.0002;
    return {
      type: 'Feature',
      id: `b${i}`,
      properties: { use: ['residential', 'commercial', 'public'][i % 3], levels: 1 + (i % 12), height_m: 3.3 * (1 + (i % 12)) },
      geometry: { type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] },
    };
  });
  return new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
}

async function run(backend: 'pglite' | 'postgres', bytes: Uint8Array, databaseUrl?: string): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-bench-import-'));
  if (databaseUrl) await resetPostgres(databaseUrl);
  const db: Database = await openDatabase({ databaseUrl, dataDir: dir });
  const stop = onCleanup(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });
  try {
    await migrate(db);
    progress(`${backend}: importing ${FEATURES} polygons`);
    const t0 = performance.now();
    const { summary } = await importFile(db, { bytes, fileName: 'bench-buildings.geojson', sector: 'planning', licence: 'CC0' });
    const seconds = (performance.now() - t0) / 1000;
    if (!summary.committed) throw new Error(`import did not commit: ${JSON.stringify(summary).slice(0, 200)}`);
    emit({ bench: 'import', metric: 'geojson_polygons_per_s', value: round(FEATURES / seconds, 0), unit: 'features/s', database: backend, features: FEATURES, seconds: round(seconds, 2), target: backend === 'postgres' ? 20_000 : undefined });
  } finally {
    await stop();
  }
}

/** Runs the import bench on PGlite and, when a URL is set, PostgreSQL. */
export async function importBench(): Promise<void> {
  const bytes = buildingsGeoJson(FEATURES);
  await run('pglite', bytes);
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) await run('postgres', bytes, url);
  else progress('import: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to also measure PostgreSQL');
}
