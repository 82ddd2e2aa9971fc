/**
 * Upload API (`POST /api/collections/{id}/import`, `POST /api/import`) and the `npm run import` CLI,
 * on PGlite and (with TEST_DATABASE_URL) PostgreSQL. Until the routes are registered in
 * createServer, they are mounted on a side app sharing the test server's database.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDbf, buildShp } from '../unit/server/import/buildShapefile.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const shared = (file: string) => readFileSync(new URL(`../../../shared/data/${file}`, import.meta.url));

/** Base URL serving the import/export routes: the server itself once they are registered, else a side app on its database. */
/** The import/export routes are part of the server (createServer registers them). */
async function routesFor(server: TestServer): Promise<{ url: string; close: () => Promise<void> }> {
  expect(server.app.hasRoute({ method: 'POST', url: '/api/collections/:id/import' })).toBe(true);
  return { url: server.url, close: async () => undefined };
}

// Two valid points near the Citadel and, in `bad`, a polygon whose ring is not closed (feature #2).
const good = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'ngo-mon', properties: { ten: 'Ngọ Môn', nam: 1833 }, geometry: { type: 'Point', coordinates: [107.5786, 16.4698] } },
    { type: 'Feature', id: 'dong-ba', properties: { ten: 'Chợ Đông Ba', nam: 1899 }, geometry: { type: 'Point', coordinates: [107.5887, 16.4725] } },
  ],
};
const bad = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { ten: 'ok' }, geometry: { type: 'Point', coordinates: [107.58, 16.47] } },
    { type: 'Feature', properties: { ten: 'open ring' }, geometry: { type: 'Polygon', coordinates: [[[107.57, 16.46], [107.58, 16.46], [107.58, 16.47], [107.571, 16.461]]] } },
  ],
};

for (const backend of BACKENDS) {
  describe(`import API on ${backend}`, () => {
    let server: TestServer;
    let base: { url: string; close: () => Promise<void> };
    let token: string;
    const count = async (id: string) =>
      (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM features WHERE collection_id = $1', [id]))[0]!.n;
    const upload = (pathAndQuery: string, body: BodyInit, type: string, auth = true) =>
      fetch(`${base.url}${pathAndQuery}`, { method: 'POST', body, headers: { 'content-type': type, ...(auth ? { authorization: `Bearer ${token}` } : {}) } });

    beforeAll(async () => {
      // An empty catalog: these tests create their own collections and do not depend on layers/.
      server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw', LAYERS_DIR: mkdtempSync(path.join(os.tmpdir(), 'hue-layers-')) });
      base = await routesFor(server);
      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'test-admin-pw' }) });
      token = ((await login.json()) as { token: string }).token;
    });
    afterAll(async () => {
      await base?.close();
      await server?.stop();
    });

    it('refuses an upload without a token (401)', async () => {
      const res = await upload('/api/collections/anon/import', JSON.stringify(good), 'application/geo+json', false);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(await count('anon')).toBe(0);
    });

    it('refuses a body over 50 MB with 413 problem+json', async () => {
      const { url } = base;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${url}/api/collections/big/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/geo+json', 'content-length': String(60 * 1024 * 1024), authorization: `Bearer ${token}` },
        }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => {
            // The body was never finished: drop the connection, or closing the server waits for it.
            req.destroy();
            resolve({ status: res.statusCode!, body });
          });
        });
        req.on('error', reject);
        req.write('{"type":"FeatureCollection"');
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).detail).toMatch(/50\.0 MB/);
    });

    it('imports the real HOT railways GeoJSON into a new collection (201) with history', async () => {
      const res = await upload('/api/collections/railways/import?sector=transport&licence=ODbL-1.0', shared('osm-hot-logistics/railways_lines_hue_bbox.geojson'), 'application/geo+json');
      expect(res.status).toBe(201);
      const summary = (await res.json()) as { imported: number; created: boolean; crs: string };
      expect(summary.created).toBe(true);
      expect(summary.imported).toBeGreaterThan(100);
      expect(await count('railways')).toBe(summary.imported);
      const [c] = await server.db.query<{ sector: string; geometry_type: string; licence: string; seed_hash: string | null }>('SELECT sector, geometry_type, licence, seed_hash FROM collections WHERE id = $1', ['railways']);
      expect(c).toEqual({ sector: 'transport', geometry_type: 'LineString', licence: 'ODbL-1.0', seed_hash: null });
      const [h] = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM feature_history WHERE collection_id = 'railways' AND operation = 'insert' AND changed_by = 'admin'");
      expect(h!.n).toBe(summary.imported);
    });

    it('is all-or-nothing: one bad feature → 400 with an errors array, count unchanged', async () => {
      expect((await upload('/api/collections/monuments/import', JSON.stringify(good), 'application/geo+json')).status).toBe(201);
      const [{ revision }] = (await server.db.query<{ revision: string }>("SELECT revision::text FROM collections WHERE id = 'monuments'")) as [{ revision: string }];
      const res = await upload('/api/collections/monuments/import', JSON.stringify(bad), 'application/geo+json');
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: Array<{ where: string; reason: string }> };
      expect(problem.errors).toHaveLength(1);
      expect(problem.errors[0]!.where).toBe('feature #2');
      expect(problem.errors[0]!.reason).toMatch(/not closed/);
      expect(await count('monuments')).toBe(2);
      expect((await server.db.query<{ revision: string }>("SELECT revision::text FROM collections WHERE id = 'monuments'"))[0]!.revision).toBe(revision);
    });

    it('reports ids that exist, and updates them with replace=true', async () => {
      const again = await upload('/api/collections/monuments/import', JSON.stringify(good), 'application/geo+json');
      expect(again.status).toBe(400);
      expect(((await again.json()) as { errors: Array<{ reason: string }> }).errors[0]!.reason).toMatch(/already exists/);
      const changed = structuredClone(good);
      changed.features[0]!.properties.nam = 1834;
      const res = await upload('/api/collections/monuments/import?replace=true', JSON.stringify(changed), 'application/geo+json');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ updated: 2, inserted: 0 });
      const [f] = await server.db.query<{ version: number; nam: number }>("SELECT version, (properties->>'nam')::int AS nam FROM features WHERE collection_id = 'monuments' AND id = 'ngo-mon'");
      expect(f).toEqual({ version: 2, nam: 1834 });
    });

    it('with skipInvalid imports the rest and returns the rejects', async () => {
      const res = await upload('/api/import?collection=partial&skipInvalid=true', JSON.stringify(bad), 'application/geo+json');
      expect(res.status).toBe(201);
      const summary = (await res.json()) as { imported: number; rejected: number; rejects: GeoJSON.FeatureCollection };
      expect(summary).toMatchObject({ imported: 1, rejected: 1 });
      expect(summary.rejects.features[0]!.properties).toMatchObject({ ten: 'open ring', _where: 'feature #2' });
      expect(await count('partial')).toBe(1);
    });

    it('rejects PostGIS-invalid geometry (self-intersecting polygon) found by ST_IsValid', async () => {
      // A bow-tie polygon: structurally fine GeoJSON, invalid for PostGIS.
      const bowtie = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[107.57, 16.46], [107.58, 16.47], [107.58, 16.46], [107.57, 16.47], [107.57, 16.46]]] } };
      const res = await upload('/api/collections/bowtie/import', JSON.stringify(bowtie), 'application/geo+json');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ reason: string }> }).errors[0]!.reason).toMatch(/not valid: Self-intersection/);
      expect((await server.db.query("SELECT 1 FROM collections WHERE id = 'bowtie'")).length).toBe(0);
    });

    it('imports CSV (OurAirports runways) and a VN-2000 zipped shapefile', async () => {
      const csv = await upload('/api/collections/runways/import?fileName=runways_hue_bbox.csv', shared('ourairports/runways_hue_bbox.csv'), 'text/csv');
      expect(csv.status).toBe(201);
      expect(await count('runways')).toBe(3);
      // One point at the Citadel in VN-2000 / TM-3 107° (.prj in ESRI WKT1).
      const prj = 'PROJCS["VN_2000_TM_3_107",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",107.0],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
      const zip = zipSync({ 'dai_noi.shp': buildShp([{ point: [561583, 1821650] }]), 'dai_noi.dbf': buildDbf([{ name: 'ten', type: 'C', width: 20 }], [['Đại Nội']]), 'dai_noi.prj': new TextEncoder().encode(prj) });
      const res = await upload('/api/collections/dai-noi/import', zip, 'application/zip');
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ crs: 'EPSG:9214', imported: 1 });
      const [p] = await server.db.query<{ x: number; y: number; ten: string }>("SELECT ST_X(geom) AS x, ST_Y(geom) AS y, properties->>'ten' AS ten FROM features WHERE collection_id = 'dai-noi'");
      expect(p!.ten).toBe('Đại Nội');
      expect(p!.x).toBeCloseTo(107.5786, 4);
      expect(p!.y).toBeCloseTo(16.4698, 4);
    });

    it('answers 415 for an unknown format and 400 for an unreadable file', async () => {
      expect((await upload('/api/collections/x/import', 'MZ\u0000binary', 'application/octet-stream')).status).toBe(415);
      const res = await upload('/api/collections/x/import', '{"type":', 'application/geo+json');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/not valid JSON/);
    });
  });
}

describe('npm run import (CLI, PGlite)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hue-import-cli-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/server/import/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 170_000,
    });

  it('imports nothing when a feature is invalid, then the rest with --skip-invalid and a rejects file', { timeout: 180_000 }, () => {
    const file = path.join(dir, 'bad.geojson');
    writeFileSync(file, JSON.stringify(bad));
    const strict = run(file, '--collection', 'cli-test');
    expect(strict.status).toBe(1);
    expect(strict.stderr.trim().split('\n')).toHaveLength(1);
    expect(strict.stderr).toMatch(/^import failed: nothing imported: 1 of 2 feature\(s\) are invalid/);
    expect(strict.stdout).toMatch(/rejected feature #2: .*not closed/);
    const lenient = run(file, '--collection', 'cli-test', '--skip-invalid');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(/created collection "cli-test": imported 1 feature\(s\).*rejected 1/);
    const rejects = JSON.parse(readFileSync(`${file}.rejects.geojson`, 'utf8')) as GeoJSON.FeatureCollection;
    expect(rejects.features).toHaveLength(1);
    expect(rejects.features[0]!.properties!._reason).toMatch(/not closed/);
    const missing = run(path.join(dir, 'nope.geojson'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^import failed: cannot read .*no such file\n$/);
    expect(existsSync(path.join(dir, 'data'))).toBe(true);
  });
});
