/** Runs the server expecting it to refuse to start, and collects how it ended. */
import { READY_LINE, spawnServer, stopSpawned, type ServerProcessOptions } from './startServerProcess.ts';
import { removeTempDir } from './tempDir.ts';

/** How a server process ended. */
export interface ExitResult {
  /**
   * Exit code or signal name; `'started'` when it printed its ready line instead (then stopped),
   * `'timeout'` when it was still running after `timeoutMs` (then killed).
   */
  code: number | string;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Spawns the server and waits (at most `timeoutMs`, default 90 s) for it to exit by itself. */
export async function runUntilExit(options: ServerProcessOptions & { timeoutMs?: number } = {}): Promise<ExitResult> {
  const started = performance.now();
  const spawned = spawnServer(options);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 90_000)));
  const becameReady = new Promise<'started'>((resolve) => {
    const check = () => READY_LINE.test(spawned.stdout()) && resolve('started');
    spawned.child.stdout!.on('data', check);
  });
  const code = await Promise.race([spawned.exited, timedOut, becameReady]);
  clearTimeout(timer);
  if (code === 'timeout' || code === 'started') await stopSpawned(spawned, 5_000);
  removeTempDir(spawned.tempDataDir);
  return { code, stdout: spawned.stdout(), stderr: spawned.stderr(), seconds: (performance.now() - started) / 1000 };
}
