/**
 * A small real server for the SensorThings/MQTT API tests until createServer wires startIot:
 * the real database (PGlite in a temp folder, or TEST_DATABASE_URL), migrations, the embedded
 * aedes broker, Fastify with the problem handler and auth, and startIot.
 */
import Fastify from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { installProblemHandler } from '../../../../src/server/api/problemHandler.ts';
import { authRoutes } from '../../../../src/server/auth/authRoutes.ts';
import { bootstrapAdmin } from '../../../../src/server/auth/authService.ts';
import type { Database } from '../../../../src/server/db/Database.ts';
import { migrate } from '../../../../src/server/db/migrate.ts';
import { openDatabase } from '../../../../src/server/db/openDatabase.ts';
import { startBroker, type Broker } from '../../../../src/server/iot/startBroker.ts';
import { startIot, type Iot } from '../../../../src/server/iot/startIot.ts';

/** A running harness. */
export interface StaHarness {
  url: string;
  mqttUrl: string;
  db: Database;
  broker: Broker;
  iot: Iot;
  dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts the harness on `backend` (`dataDir` reuses a folder, e.g. after a restart). */
export async function startStaHarness(backend: 'pglite' | 'postgres', options: { dataDir?: string; reset?: boolean; adminPassword?: string } = {}): Promise<StaHarness> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'hue-sta-')));
  const databaseUrl = backend === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;
  if (databaseUrl && options.reset !== false) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    // a database of our own (e.g. sta_test): start from an empty schema, whatever other migrations made
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE EXTENSION IF NOT EXISTS postgis');
    await client.end();
  }
  const db = await openDatabase({ databaseUrl, dataDir });
  await migrate(db);
  await bootstrapAdmin(db, options.adminPassword ?? 'test-admin-pw');
  const broker = await startBroker({ port: 0, host: '127.0.0.1' });
  const app = Fastify({ bodyLimit: 10 * 1024 * 1024 });
  installProblemHandler(app);
  authRoutes(app, { db });
  const iot = await startIot({ app, db, broker, config: {} });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    mqttUrl: broker.info().url.replace('localhost', '127.0.0.1'),
    db,
    broker,
    iot,
    dataDir,
    close: async ({ keepData = false } = {}) => {
      await app.close();
      await iot.close();
      await broker.close();
      await db.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
