/**
 * Start-up failures a user can fix: the real server process must exit non-zero, quickly, with
 * exactly one stderr line `Huế Twin cannot start: <reason>` naming the problem — no stack trace.
 * Fixture layer folders are built in temp dirs at test time from one real layer in layers/.
 */
import { writeFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixtureLayerDir, type FixtureLayerDir } from '../support/fixtureLayers.ts';
import { runUntilExit, type ExitResult } from '../support/runUntilExit.ts';
import { removeTempDir } from '../support/tempDir.ts';

const PREFIX = 'Huế Twin cannot start: ';
const made: FixtureLayerDir[] = [];

afterAll(() => made.forEach((f) => removeTempDir(f.dir)));

function fixture(): FixtureLayerDir {
  const f = makeFixtureLayerDir();
  made.push(f);
  return f;
}

/** Checks the common shape of a refused start and returns the reason (text after the prefix). */
function expectOneLineRefusal(result: ExitResult, maxSeconds: number): string {
  const report = `exit ${result.code} after ${result.seconds.toFixed(1)} s\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`;
  expect(result.code, report).not.toBe('timeout');
  expect(result.code, report).not.toBe('started');
  expect(result.code, report).not.toBe(0);
  expect(typeof result.code === 'number' && result.code > 0, report).toBe(true);
  expect(result.seconds, report).toBeLessThan(maxSeconds);
  const lines = result.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, report).toHaveLength(1);
  expect(lines[0].startsWith(PREFIX), report).toBe(true);
  const all = `${result.stdout}\n${result.stderr}`;
  expect(all, report).not.toMatch(/^\s{4}at /m);
  const reason = lines[0].slice(PREFIX.length);
  expect(reason.length, report).toBeGreaterThan(10);
  return reason;
}

describe('the server refuses to start with one clear line', () => {
  it('(a) a layer definition that is not valid JSON names the file', async () => {
    const f = fixture();
    writeFileSync(path.join(f.dir, 'broken-layer.json'), '{ "id": "broken-layer", "title": ');
    const reason = expectOneLineRefusal(await runUntilExit({ env: { LAYERS_DIR: f.dir }, timeoutMs: 60_000 }), 60);
    expect(reason).toContain('broken-layer.json');
    expect(reason).toMatch(/JSON/i);
  });

  it('(b) a layer whose data file is missing names the data file', async () => {
    const f = fixture();
    rmSync(path.join(f.dir, f.dataFile));
    const reason = expectOneLineRefusal(await runUntilExit({ env: { LAYERS_DIR: f.dir }, timeoutMs: 60_000 }), 60);
    expect(reason).toContain(f.dataFile);
    expect(reason).toMatch(/missing|not found|does not exist/i);
  });

  it('(c) an unreachable DATABASE_URL names the database and hides no password', async () => {
    const reason = expectOneLineRefusal(
      await runUntilExit({ env: { DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' }, timeoutMs: 60_000 }),
      60,
    );
    expect(reason).toMatch(/DATABASE_URL|PostgreSQL|database/i);
    expect(reason).toContain('127.0.0.1:1');
    expect(reason).not.toContain('secret');
  });

  it('(d) an occupied PORT names the port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      // The port is only bound after the embedded database opened: a cold start takes 15–20 s here
      // when the machine is idle, and has taken 110 s on a busy 2-core machine.
      const reason = expectOneLineRefusal(await runUntilExit({ env: { PORT: String(port) }, timeoutMs: 240_000 }), 240);
      expect(reason).toContain(String(port));
      expect(reason).toMatch(/in use|occupied|EADDRINUSE/i);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  }, 300_000);
});
