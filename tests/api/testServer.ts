/**
 * Starts a real Huế Twin server in-process for API tests: on PGlite in a fresh temp folder, or on
 * the PostgreSQL database named by TEST_DATABASE_URL (its tables are dropped first).
 */
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/server/config.ts';
import { createServer, type RunningServer } from '../../src/server/createServer.ts';

/** Database engines the API suite runs on: always PGlite, PostgreSQL when TEST_DATABASE_URL is set. */
export const BACKENDS: Array<'pglite' | 'postgres'> = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Empties a PostgreSQL test database (the public schema, whatever the migrations made in it), so a
 * run starts from scratch; PostGIS is created again by the first migration.
 */
export async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/**
 * A catalog folder with the authored sample layers of layers/ (symlinked), without the procedural
 * ones (≈167k generated buildings and parcels): API tests need real layers, not a 20 s seed and a
 * 3D Tiles build per server. The generated sample has its own tests (tests/unit/sample, tiles3d).
 */
export async function authoredLayersDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-layers-'));
  const source = path.resolve('layers');
  for (const name of await readdir(source)) {
    if (name.endsWith('.json') && !name.endsWith('.schema.json')) {
      const doc = JSON.parse(await readFile(path.join(source, name), 'utf8')) as { generator?: unknown };
      if (doc.generator) continue;
    }
    await symlink(path.join(source, name), path.join(dir, name));
  }
  return dir;
}

/** A started server plus its temp folder. */
export interface TestServer extends RunningServer {
  dataDir: string;
  /** Stops the server and removes its temp folder (unless `keepData`). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts a server on `backend`; `env` overrides settings (e.g. LAYERS_DIR, DATA_DIR). */
export async function startTestServer(
  backend: 'pglite' | 'postgres',
  env: Record<string, string> = {},
  options: { reset?: boolean } = {},
): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'hue-api-')));
  const databaseUrl = backend === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;
  if (databaseUrl && options.reset !== false) await resetPostgres(databaseUrl);
  const layersDir = env.LAYERS_DIR ? undefined : await authoredLayersDir();
  const config = loadConfig({
    ...(layersDir ? { LAYERS_DIR: layersDir } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    MQTT_PORT: '0',
    SIMULATOR: 'off',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const server = await createServer(config);
  return {
    ...server,
    dataDir,
    stop: async (stopOptions = {}) => {
      await server.close();
      if (!stopOptions.keepData) await rm(dataDir, { recursive: true, force: true });
      if (layersDir) await rm(layersDir, { recursive: true, force: true });
    },
  };
}
