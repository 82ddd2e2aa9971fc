/**
 * `npm start`: starts the whole twin and says where to go. Problems a user can fix print one line
 * and exit with status 1; nothing is left half-started.
 */
import { existsSync } from 'node:fs';
import { loadConfig, ConfigError } from './config.ts';
import { createServer, type RunningServer } from './createServer.ts';
import { StartupError } from './StartupError.ts';

function fail(message: string): never {
  console.error(`Huế Twin cannot start: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const t0 = performance.now();
  let server: RunningServer;
  try {
    const config = loadConfig();
    server = await createServer(config, { onProgress: (line) => console.log(`  … ${line}`) });
  } catch (error) {
    if (error instanceof StartupError || error instanceof ConfigError) fail(error.message);
    throw error;
  }
  for (const warning of server.warnings) console.warn(`  ! ${warning}`);
  const info = server.broker.info();
  console.log(`  database: ${server.db.kind}; MQTT broker: ${info.kind} at ${info.url}`);
  console.log(`Huế Twin is ready at ${server.url}  (started in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Huế Twin…`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
