/**
 * Runs the real server (`node --import tsx src/server/main.ts`, what `npm start` runs) as a child
 * process with its own temporary DATA_DIR and free ports, and waits for its ready line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, removeTempDir } from './tempDir.ts';

/** Repository root (the server resolves layers/, dist/ and tilesets/ against it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The line main.ts prints once it serves requests; group 1 is the URL. */
export const READY_LINE = /Huế Twin is ready at (http:\/\/\S+)/;

/** Options for {@link spawnServer} and {@link startServerProcess}. */
export interface ServerProcessOptions {
  /** Extra environment; PORT and MQTT_PORT default to 0, DATA_DIR to a fresh temp folder. */
  env?: NodeJS.ProcessEnv;
  /** Working directory. Default: the repository root. */
  cwd?: string;
}

/** A spawned server process with everything it printed so far. */
export interface SpawnedServer {
  child: ChildProcess;
  /** Everything printed on stdout so far. */
  stdout(): string;
  /** Everything printed on stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** The temporary DATA_DIR made for this process (undefined when the caller passed DATA_DIR). */
  tempDataDir?: string;
}

/** Variables that would point the child at someone else's database, broker or folders. */
const INHERITED_SETTINGS = ['PORT', 'DATA_DIR', 'DATABASE_URL', 'MQTT_URL', 'MQTT_PORT', 'LAYERS_DIR', 'APP_DIR', 'TILESETS_DIR', 'HOST'];

/** Spawns the server without waiting for anything (see {@link startServerProcess}). */
export function spawnServer(options: ServerProcessOptions = {}): SpawnedServer {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of INHERITED_SETTINGS) delete base[key];
  const tempDataDir = options.env?.DATA_DIR ? undefined : makeTempDir('data');
  const env: NodeJS.ProcessEnv = {
    ...base,
    PORT: '0',
    MQTT_PORT: '0',
    SIMULATOR: 'off',
    ...(tempDataDir ? { DATA_DIR: tempDataDir } : {}),
    ...options.env,
    NODE_ENV: options.env?.NODE_ENV ?? 'production',
    FORCE_COLOR: '0',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: options.cwd ?? REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  // If this process dies first (a crashed script, Ctrl-C), do not leave an orphan server behind.
  const killOnExit = () => {
    child.kill('SIGKILL');
    removeTempDir(tempDataDir);
  };
  process.once('exit', killOnExit);
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('exit', killOnExit);
      resolve(code ?? signal ?? -1);
    });
    child.on('error', () => resolve(-1));
  });
  return { child, stdout: () => out, stderr: () => err, exited, tempDataDir };
}

/** A server that is ready to answer requests. */
export interface ServerProcess {
  /** Base URL from the ready line, e.g. `http://localhost:41234`. */
  url: string;
  /** Seconds from spawn to the ready line. */
  startSeconds: number;
  /** stdout + stderr so far (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; removes the temporary DATA_DIR unless `keepData`. */
  stop(options?: { graceMs?: number; keepData?: boolean }): Promise<void>;
  spawned: SpawnedServer;
}

/** Stops a spawned process: SIGTERM, then SIGKILL after `graceMs`. Never throws. */
export async function stopSpawned(spawned: SpawnedServer, graceMs = 15_000): Promise<void> {
  const { child } = spawned;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await spawned.exited;
  clearTimeout(timer);
}

/**
 * Starts the server and resolves once it printed `Huế Twin is ready at URL` (timeout: 120 s).
 * Rejects with the process output when it exits or times out first (and kills it).
 */
export async function startServerProcess(options: ServerProcessOptions & { timeoutMs?: number } = {}): Promise<ServerProcess> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const started = performance.now();
  const spawned = spawnServer(options);
  const output = () => `--- stdout ---\n${spawned.stdout()}\n--- stderr ---\n${spawned.stderr()}`;
  const cleanup = async () => {
    await stopSpawned(spawned, 5_000);
    removeTempDir(spawned.tempDataDir);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const m = READY_LINE.exec(spawned.stdout());
      if (m) {
        finish();
        resolve(m[1]);
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`server did not print its ready line within ${timeoutMs / 1000} s\n${output()}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      spawned.child.stdout!.off('data', check);
    };
    spawned.child.stdout!.on('data', check);
    void spawned.exited.then((code) => {
      finish();
      reject(new Error(`server exited (${code}) before it was ready\n${output()}`));
    });
  }).catch(async (error: unknown) => {
    await cleanup();
    throw error;
  });
  return {
    url,
    startSeconds: (performance.now() - started) / 1000,
    output,
    spawned,
    stop: async ({ graceMs = 15_000, keepData = false } = {}) => {
      await stopSpawned(spawned, graceMs);
      if (!keepData) removeTempDir(spawned.tempDataDir);
    },
  };
}
