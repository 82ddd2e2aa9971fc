/**
 * The SensorThings/MQTT API tests' view of a real server (tests/api/testServer.ts, an empty layer
 * catalog so start-up is quick): its URL, database, broker URL and ingest/push (iot).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../../src/server/db/Database.ts';
import type { Broker } from '../../../../src/server/iot/startBroker.ts';
import type { Iot } from '../../../../src/server/iot/startIot.ts';
import { startTestServer } from '../../../api/testServer.ts';

/** A running server as the SensorThings tests use it. */
export interface StaHarness {
  url: string;
  mqttUrl: string;
  db: Database;
  broker: Broker;
  iot: Iot;
  dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts a server on `backend` (`dataDir` reuses a folder, e.g. after a restart). */
export async function startStaHarness(backend: 'pglite' | 'postgres', options: { dataDir?: string; reset?: boolean; adminPassword?: string } = {}): Promise<StaHarness> {
  const layersDir = await mkdtemp(path.join(os.tmpdir(), 'hue-sta-layers-'));
  const server = await startTestServer(
    backend,
    { LAYERS_DIR: layersDir, ADMIN_PASSWORD: options.adminPassword ?? 'test-admin-pw', ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}) },
    { reset: options.reset },
  );
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    mqttUrl: server.broker.info().url.replace('localhost', '127.0.0.1'),
    db: server.db,
    broker: server.broker,
    iot: server.iot,
    dataDir: server.dataDir,
    close: async ({ keepData = false } = {}) => {
      await server.stop({ keepData });
      await rm(layersDir, { recursive: true, force: true });
    },
  };
}
