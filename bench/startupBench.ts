/**
 * `startup`: seconds from spawning the server (`node --import tsx src/server/main.ts`, what
 * `npm start` runs once dist/ is built) until `GET /api/health` answers 200. Cold = a fresh,
 * empty DATA_DIR (creates the PostGIS extension, migrates, seeds); warm = the same dir again.
 */
import { spawnServer, stopSpawned } from '../tests/support/startServerProcess.ts';
import { makeTempDir, removeTempDir } from '../tests/support/tempDir.ts';
import { onCleanup } from './cleanup.ts';
import { emit, median, progress, round } from './emit.ts';
import { freePort } from './freePort.ts';

/** Runs per kind of start. */
const RUNS = 3;
/** Give up on one start after this long. */
const START_TIMEOUT_MS = 180_000;

async function timeToHealthy(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const spawned = spawnServer({ env: { PORT: String(port), DATA_DIR: dataDir } });
  const stop = onCleanup(() => stopSpawned(spawned, 10_000));
  try {
    const deadline = started + START_TIMEOUT_MS;
    while (performance.now() < deadline) {
      if (spawned.child.exitCode !== null) throw new Error(`server exited (${spawned.child.exitCode}): ${spawned.stderr().trim()}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`not healthy within ${START_TIMEOUT_MS / 1000} s`);
  } finally {
    await stop();
  }
}

function report(metric: string, samples: number[]): void {
  emit({
    bench: 'startup',
    metric,
    value: round(median(samples)),
    unit: 's',
    stat: 'median',
    runs: samples.length,
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
  });
}

/** Runs the startup bench: {@link RUNS} cold and {@link RUNS} warm starts. */
export async function startupBench(): Promise<void> {
  const cold: number[] = [];
  let keptDir: string | undefined;
  for (let i = 0; i < RUNS; i++) {
    const dir = makeTempDir('bench-data');
    const remove = onCleanup(() => removeTempDir(dir));
    const s = await timeToHealthy(dir);
    progress(`startup: cold run ${i + 1}/${RUNS}: ${s.toFixed(2)} s`);
    cold.push(s);
    if (i === RUNS - 1) keptDir = dir;
    else await remove();
  }
  report('cold_start_to_healthy', cold);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = await timeToHealthy(keptDir!);
    progress(`startup: warm run ${i + 1}/${RUNS}: ${s.toFixed(2)} s`);
    warm.push(s);
  }
  report('warm_start_to_healthy', warm);
}
