/**
 * GDAL reads the API unchanged: `ogrinfo OAPIF:` lists the collections and `ogr2ogr` copies one to
 * a GeoPackage with the same feature count. Needs Debian's gdal-bin (.ci/run installs it); where
 * ogrinfo is missing the suite is skipped with a message saying so.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './apiClient.ts';
import { startTestServer, type TestServer } from './testServer.ts';

const run = promisify(execFile);
const hasGdal = await run('ogrinfo', ['--version']).then(
  () => true,
  () => false,
);
if (!hasGdal) console.warn('tests/api/gdal.test.ts skipped: ogrinfo not found (apt-get install gdal-bin)');

describe.skipIf(!hasGdal)('GDAL reads the OGC API', () => {
  let server: TestServer;
  let dir: string;
  let api: string;

  beforeAll(async () => {
    server = await startTestServer('pglite');
    api = `OAPIF:${server.url.replace('localhost', '127.0.0.1')}/api`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'hue-gdal-'));
  });
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('ogrinfo lists every collection with its geometry type', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-q', api], { timeout: 60_000 });
    const collections = (await call(server.url, 'GET', '/api/collections')).body.collections as Array<{ id: string }>;
    for (const { id } of collections) expect(stdout).toContain(id);
    expect(stdout).toMatch(/heritage-monuments \(title: .*\) \(Point\)/);
  });

  it('ogr2ogr copies a collection to a GeoPackage with the same feature count and attributes', async () => {
    const out = path.join(dir, 'monuments.gpkg');
    await run('ogr2ogr', ['-f', 'GPKG', out, api, 'heritage-monuments'], { timeout: 60_000 });
    const { stdout } = await run('ogrinfo', ['-ro', '-so', out, 'heritage-monuments']);
    const matched = (await call(server.url, 'GET', '/api/collections/heritage-monuments/items?limit=1')).body.numberMatched;
    expect(stdout).toContain(`Feature Count: ${matched}`);
    expect(stdout).toMatch(/name_vi: String/);
    const { stdout: sql } = await run('ogrinfo', ['-ro', '-q', out, '-sql', "SELECT name_en FROM \"heritage-monuments\" WHERE id = 'ky-dai'"]);
    expect(sql).toContain('Flag Tower');
  });
});
