/**
 * The composition root: opens the database, migrates and seeds it, starts the MQTT broker, and
 * wires the HTTP routes (APIs under /api, the built app at /, 3D Tiles under /tilesets).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { catalogRoutes } from './api/catalogRoutes.ts';
import { featureHistoryRoutes } from './api/features/featureHistoryRoutes.ts';
import { collectionRoutes } from './api/features/collectionRoutes.ts';
import { itemsRoutes } from './api/features/itemsRoutes.ts';
import { landingRoutes } from './api/features/landingRoutes.ts';
import { tileRoutes } from './api/tiles/tileRoutes.ts';
import { glyphRoutes } from './glyphs/glyphRoutes.ts';
import { featureWriteRoutes } from './api/features/featureWriteRoutes.ts';
import { authRoutes } from './auth/authRoutes.ts';
import { bootstrapAdmin } from './auth/authService.ts';
import { userRoutes } from './auth/userRoutes.ts';
import { exportRoutes } from './api/exportRoutes.ts';
import { healthRoutes } from './api/healthRoutes.ts';
import { importRoutes } from './api/importRoutes.ts';
import { installProblemHandler } from './api/problemHandler.ts';
import { loadCatalog } from './catalog/loadCatalog.ts';
import { logisticsRoutes } from './logistics/logisticsRoutes.ts';
import { seedCatalog } from './catalog/seedCatalog.ts';
import type { Config } from './config.ts';
import type { Database } from './db/Database.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/openDatabase.ts';
import { planningRoutes } from './planning/planningRoutes.ts';
import { seedScenarios } from './planning/seedScenarios.ts';
import { heritageRoutes } from './heritage/heritageRoutes.ts';
import { seedMonumentRegistry } from './heritage/monumentRegistry.ts';
import { seedTours } from './heritage/seedTours.ts';
import { tourBundleRoutes } from './heritage/tourBundleRoutes.ts';
import { tourRoutes } from './heritage/tourRoutes.ts';
import { startBroker, type Broker } from './iot/startBroker.ts';
import { startIot, type Iot } from './iot/startIot.ts';
import { startAlerts } from './alerts/alertRoutes.ts';
import { nowcastRoutes } from './nowcast/nowcastRoutes.ts';
import { startSimulator } from './simulator/simulatorRoutes.ts';
import { checkPortFree } from './checkPortFree.ts';
import { serveStatic } from './serveStatic.ts';
import { StartupError } from './StartupError.ts';
import { startTilesetScheduler, type TilesetBuilt, type TilesetScheduler } from './tiles3d/TilesetScheduler.ts';

/** A running Huế Twin server. */
export interface RunningServer {
  /** Base URL, e.g. `http://localhost:8080`. */
  url: string;
  app: FastifyInstance;
  db: Database;
  broker: Broker;
  /** SensorThings/MQTT ingest and the live push hub. */
  iot: Iot;
  /** Warnings found while loading the catalog and seeding (also served by `/api/layers`). */
  warnings: string[];
  /** Every route the server answers, as registered (`url` in Fastify form, e.g. `/api/tours/:id`); HEAD omitted. */
  routes: ReadonlyArray<{ method: string; url: string }>;
  /** Stops HTTP, the broker and the database, in that order. */
  close(): Promise<void>;
}

/** Options for {@link createServer}. */
export interface CreateServerOptions {
  /** One line per start-up step (migrations, seeding). Default: silent. */
  onProgress?: (line: string) => void;
  /** Fastify request logging. Default: false. */
  logRequests?: boolean;
}

/** Starts everything described by `config`; throws StartupError for problems a user can fix. */
export async function createServer(config: Config, options: CreateServerOptions = {}): Promise<RunningServer> {
  const progress = options.onProgress ?? (() => undefined);
  const catalog = await loadCatalog(config.layersDir);
  if (catalog.errors.length > 0) {
    const more = catalog.errors.length > 1 ? ` (and ${catalog.errors.length - 1} more problem(s))` : '';
    throw new StartupError(`${catalog.errors[0]}${more}`);
  }
  await checkPortFree(config.port, config.host);
  await mkdir(config.dataDir, { recursive: true });
  const started = Date.now();
  progress(config.databaseUrl ? 'connecting to PostgreSQL' : `opening the embedded database in ${config.dataDir}`);
  const db = await openDatabase(config);
  let broker: Broker | undefined;
  let tiles3d: TilesetScheduler | undefined;
  try {
    await migrate(db, progress);
    const seedWarnings = await seedCatalog(db, catalog.layers, progress);
    const scenarioWarnings = await seedScenarios(db, config.scenariosDir, progress);
    const tourWarnings = [...(await seedMonumentRegistry(db, config.toursDir, progress)), ...(await seedTours(db, config.toursDir, progress))];
    const warnings = [...catalog.warnings, ...seedWarnings, ...scenarioWarnings, ...tourWarnings];
    const admin = await bootstrapAdmin(db, config.adminPassword);
    if (admin?.generated) progress(`created user "admin" with password ${admin.password} (shown once; set ADMIN_PASSWORD to choose it)`);
    else if (admin) progress('created user "admin" with the password from ADMIN_PASSWORD');
    // Late-bound: the live push (startIot) starts after the scheduler; builds before it are not pushed.
    let onTilesetBuilt: (built: TilesetBuilt) => void = () => undefined;
    tiles3d = startTilesetScheduler({ db, tilesetsDir: config.tilesetsDir, layers: catalog.layers.map((l) => l.definition), onProgress: progress, onBuilt: (built) => onTilesetBuilt(built) });
    // The first view of the city must include its buildings: wait for missing or outdated
    // tilesets (a no-op when they are current); later rebuilds run in the background.
    await tiles3d.whenIdle();
    broker = await startBroker({ port: config.mqttPort, host: config.host, externalUrl: config.mqttUrl });

    const app = Fastify({ logger: options.logRequests ?? false, bodyLimit: 10 * 1024 * 1024, forceCloseConnections: true });
    const routes: Array<{ method: string; url: string }> = [];
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
    });
    installProblemHandler(app);
    authRoutes(app, { db });
    userRoutes(app, { db });
    const scheduler = tiles3d;
    catalogRoutes(app, { db, catalog, warnings, client: config.client });
    landingRoutes(app);
    collectionRoutes(app, { db });
    itemsRoutes(app, { db });
    tileRoutes(app, { db });
    glyphRoutes(app);
    featureWriteRoutes(app, { db });
    featureHistoryRoutes(app, { db });
    importRoutes(app, { db });
    exportRoutes(app, { db });
    planningRoutes(app, { db, scenariosDir: config.scenariosDir });
    logisticsRoutes(app, { db });
    tourRoutes(app, { db, layers: catalog.layers.map((l) => l.definition) });
    tourBundleRoutes(app, { db, layers: catalog.layers.map((l) => l.definition), appDir: config.appDir, tilesetsDir: config.tilesetsDir, dataDir: config.dataDir });
    heritageRoutes(app, { db, dataDir: config.dataDir });
    const iot = await startIot({ app, db, broker, config });
    onTilesetBuilt = ({ name, revision }) => iot.publish({ type: 'tileset', name, revision });
    await startAlerts(app, { db, iot });
    nowcastRoutes(app, { db });
    await startSimulator(app, { db, broker, config, log: progress });
    healthRoutes(app, { db, broker, startedAt: started, extra: () => ({ tiles3d: scheduler.status(), ingest: iot.ingestStats() }) });
    await serveStatic(app, config);

    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new StartupError(`port ${config.port} is already in use; stop the other server or start with PORT=<another port>`);
      }
      throw error;
    }
    const port = (app.server.address() as AddressInfo).port;
    const activeBroker = broker;
    return {
      url: `http://localhost:${port}`,
      app,
      db,
      broker: activeBroker,
      iot,
      warnings,
      routes,
      close: async () => {
        await app.close();
        await iot.close();
        await scheduler.close();
        await activeBroker.close();
        await db.close();
      },
    };
  } catch (error) {
    await tiles3d?.close().catch(() => undefined);
    await broker?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
}
