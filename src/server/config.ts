/**
 * Server settings, read once from environment variables (and `.env` when present).
 * Every setting is documented in README.md and `.env.example`.
 */
import path from 'node:path';

/** Resolved server configuration. */
export interface Config {
  /** HTTP port. Default: 8080 (`PORT`). 0 picks a free port. */
  port: number;
  /** HTTP bind address. Default: 0.0.0.0 (`HOST`). */
  host: string;
  /** Embedded database and generated files. Default: `.data/` (`DATA_DIR`). */
  dataDir: string;
  /** PostgreSQL connection string; when set, PGlite is not used (`DATABASE_URL`). */
  databaseUrl?: string;
  /** External MQTT broker; when set, the embedded broker does not start (`MQTT_URL`). */
  mqttUrl?: string;
  /** Embedded MQTT broker port. Default: 1883 (`MQTT_PORT`). 0 picks a free port. */
  mqttPort: number;
  /** Layer catalog folder. Default: `layers/` (`LAYERS_DIR`). */
  layersDir: string;
  /** Planning scenario documents seeded on start. Default: `scenarios/` (`SCENARIOS_DIR`). */
  scenariosDir: string;
  /** Heritage tour documents and the monument registry seeded on start. Default: `tours/` (`TOURS_DIR`). */
  toursDir: string;
  /** Built web app. Default: `dist/` (`APP_DIR`). */
  appDir: string;
  /** Built 3D Tiles. Default: `tilesets/` (`TILESETS_DIR`). */
  tilesetsDir: string;
  /** Password of the `admin` user created on first start; random and printed once when unset (`ADMIN_PASSWORD`). */
  adminPassword?: string;
  /** Optional client settings, passed to the browser by `GET /api/config`. */
  client: ClientSettings;
  /** The synthetic sensor network (docs/simulator.md). */
  simulator: SimulatorSettings;
}

/** Simulator settings (`SIMULATOR`, `SIMULATOR_INTERVAL_S`, `SIMULATOR_SEED`, `SIMULATOR_BACKFILL_HOURS`). */
export interface SimulatorSettings {
  /** Whether `npm start` runs the simulator. Default: true (`SIMULATOR=on`; `off` disables). */
  enabled: boolean;
  /** Seconds between two readings of an air-quality station. Default: 30. */
  intervalSeconds: number;
  /** Seed of the deterministic model. Default: 1957. */
  seed: number;
  /** Hours of hourly history backfilled on start. Default: 24 (0 = none). */
  backfillHours: number;
}

/** Optional online sources, all off by default (offline-first). */
export interface ClientSettings {
  /** Cesium ion access token (`CESIUM_ION_TOKEN`). */
  ionToken?: string;
  /** XYZ imagery URL template with {z}/{x}/{y} (`IMAGERY_URL`). */
  imageryUrl?: string;
  /** Quantized-mesh terrain root URL (`TERRAIN_URL`). */
  terrainUrl?: string;
}

/** A setting that cannot be used; main.ts prints `message` as one line and exits non-zero. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name}=${value} is not a port number (0–65535); fix it in the environment or .env`);
  }
  return port;
}

function parseNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new ConfigError(`${name}=${value} must be a number from ${min} to ${max}; fix it in the environment or .env`);
  return n;
}

function parseSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  const v = value.trim().toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new ConfigError(`${name}=${value} must be on or off`);
}

function optional(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Reads the configuration from `env` (default: `process.env`), resolving paths against `cwd`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const databaseUrl = optional(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl.slice(0, 40)}"); unset it to use the embedded database`,
    );
  }
  const mqttUrl = optional(env.MQTT_URL);
  if (mqttUrl && !/^(mqtts?|wss?|tcp):\/\//.test(mqttUrl)) {
    throw new ConfigError(`MQTT_URL must start with mqtt://, mqtts://, ws:// or wss:// (got "${mqttUrl}")`);
  }
  const resolve = (value: string | undefined, fallback: string) => path.resolve(cwd, optional(value) ?? fallback);
  return {
    port: parsePort('PORT', env.PORT, 8080),
    host: optional(env.HOST) ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR, '.data'),
    databaseUrl,
    mqttUrl,
    mqttPort: parsePort('MQTT_PORT', env.MQTT_PORT, 1883),
    layersDir: resolve(env.LAYERS_DIR, 'layers'),
    scenariosDir: resolve(env.SCENARIOS_DIR, 'scenarios'),
    toursDir: resolve(env.TOURS_DIR, 'tours'),
    appDir: resolve(env.APP_DIR, 'dist'),
    tilesetsDir: resolve(env.TILESETS_DIR, 'tilesets'),
    adminPassword: optional(env.ADMIN_PASSWORD),
    client: {
      ionToken: optional(env.CESIUM_ION_TOKEN),
      imageryUrl: optional(env.IMAGERY_URL),
      terrainUrl: optional(env.TERRAIN_URL),
    },
    simulator: {
      enabled: parseSwitch('SIMULATOR', env.SIMULATOR, true),
      intervalSeconds: parseNumber('SIMULATOR_INTERVAL_S', env.SIMULATOR_INTERVAL_S, 30, 1, 3600),
      seed: Math.round(parseNumber('SIMULATOR_SEED', env.SIMULATOR_SEED, 1957, 0, 2 ** 31)),
      backfillHours: Math.round(parseNumber('SIMULATOR_BACKFILL_HOURS', env.SIMULATOR_BACKFILL_HOURS, 24, 0, 24 * 14)),
    },
  };
}
