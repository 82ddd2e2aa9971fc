/**
 * Wires the simulator into a server: starts it in the background when `SIMULATOR` is on (start-up
 * does not wait for provisioning and backfill), stops it when the HTTP server closes, and serves
 * `GET /api/environment/simulator` (status) and `GET /api/environment/emission-sources` (GeoJSON).
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/Database.ts';
import type { Broker } from '../iot/startBroker.ts';
import { loadEmissionSources } from './loadEmissionSources.ts';
import { Simulator, type SimulatorStatus } from './Simulator.ts';

/** Registers the routes and starts the simulator (when enabled); returns it, or undefined when off. */
export async function startSimulator(
  app: FastifyInstance,
  deps: { db: Database; broker: Broker; config: Pick<Config, 'simulator' | 'layersDir' | 'dataDir'>; log?: (line: string) => void },
): Promise<Simulator | undefined> {
  const settings = deps.config.simulator;
  const { geojson, sources } = await loadEmissionSources(deps.config.layersDir);
  const simulator = settings.enabled
    ? new Simulator({
        db: deps.db,
        brokerUrl: () => deps.broker.info().url,
        dataDir: deps.config.dataDir,
        sources,
        seed: settings.seed,
        intervalSeconds: settings.intervalSeconds,
        backfillHours: settings.backfillHours,
        log: deps.log,
      })
    : undefined;
  if (simulator) app.addHook('onClose', () => simulator.close());

  app.get('/api/environment/simulator', async (_request, reply): Promise<SimulatorStatus> => {
    reply.header('cache-control', 'no-store');
    return (
      simulator?.status() ?? {
        enabled: false,
        state: 'off',
        seed: settings.seed,
        intervalSeconds: settings.intervalSeconds,
        devices: { stations: 0, waterSensors: 0, trucks: 0 },
        published: 0,
        failed: 0,
        lastPublishAt: null,
        backfilled: 0,
        startupMs: {},
      }
    );
  });
  app.get('/api/environment/emission-sources', async (_request, reply) => {
    if (!geojson) throw new HttpError(404, 'Not found', `No emission sources are registered: ${deps.config.layersDir}/emission-sources.geojson does not exist`);
    return reply.type('application/geo+json').send(geojson);
  });
  return simulator;
}
