/**
 * GeoPackage export (`GET /api/collections/{id}/export.gpkg`) on PGlite and PostgreSQL: a round
 * trip through the import, read access, and (when GDAL's ogrinfo is installed) a check that GDAL
 * opens the file. Until the routes are registered in createServer they run on a side app.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasOgrinfo) console.warn('export.test.ts: ogrinfo (gdal-bin) not installed — skipping the GDAL check of the GeoPackage');

/** The import/export routes are part of the server (createServer registers them). */
async function routesFor(server: TestServer): Promise<{ url: string; close: () => Promise<void> }> {
  expect(server.app.hasRoute({ method: 'GET', url: '/api/collections/:id/export.gpkg' })).toBe(true);
  return { url: server.url, close: async () => undefined };
}

// Three features: a polygon, a line and a point (mixed → GEOMETRY), with text, integer, real,
// boolean, array, object and mixed-type properties, Vietnamese text, and one missing property.
const source: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'thua-1', properties: { ten: 'Thửa đất số 1', so_tang: 3, dien_tich: 125.5, cong_khai: true, tags: ['đất ở', 'ODT'], meta: { to: 12 }, ma: 'A' }, geometry: { type: 'Polygon', coordinates: [[[107.57, 16.46], [107.571, 16.46], [107.571, 16.461], [107.57, 16.46]]] } },
    { type: 'Feature', id: 'duong-1', properties: { ten: 'Đường Lê Lợi', so_tang: 0, dien_tich: 0.25, cong_khai: false, tags: [], meta: { to: 1 }, ma: 7 }, geometry: { type: 'LineString', coordinates: [[107.58, 16.46], [107.59, 16.465]] } },
    { type: 'Feature', id: 'diem-1', properties: { ten: 'Ngọ Môn', so_tang: 2, cong_khai: true, tags: ['di tích'], meta: {}, ma: 'C' }, geometry: { type: 'Point', coordinates: [107.5786, 16.4698, 12] } },
  ],
};

for (const backend of BACKENDS) {
  describe(`GeoPackage export on ${backend}`, () => {
    let server: TestServer;
    let base: { url: string; close: () => Promise<void> };
    let token: string;
    let imported: { warnings: string[] };

    beforeAll(async () => {
      // An empty catalog: these tests create their own collections and do not depend on layers/.
      server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw', LAYERS_DIR: mkdtempSync(path.join(os.tmpdir(), 'hue-layers-')) });
      base = await routesFor(server);
      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'test-admin-pw' }) });
      token = ((await login.json()) as { token: string }).token;
      const res = await fetch(`${base.url}/api/collections/ban-do/import`, { method: 'POST', body: JSON.stringify(source), headers: { 'content-type': 'application/geo+json', authorization: `Bearer ${token}` } });
      expect(res.status).toBe(201);
      imported = (await res.json()) as { warnings: string[] };
    });
    afterAll(async () => {
      await base?.close();
      await server?.stop();
    });

    it('round-trips: export, import the .gpkg back, same count and properties', async () => {
      const res = await fetch(`${base.url}/api/collections/ban-do/export.gpkg`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/geopackage+sqlite3');
      const etag = res.headers.get('etag')!;
      const gpkg = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(gpkg.subarray(0, 15))).toBe('SQLite format 3');
      expect((await fetch(`${base.url}/api/collections/ban-do/export.gpkg`, { headers: { 'if-none-match': etag } })).status).toBe(304);

      const back = await fetch(`${base.url}/api/collections/ban-do-2/import`, { method: 'POST', body: gpkg, headers: { 'content-type': 'application/geopackage+sqlite3', authorization: `Bearer ${token}` } });
      expect(back.status).toBe(201);
      expect(await back.json()).toMatchObject({ imported: 3, crs: 'EPSG:4326' });
      expect(imported.warnings.join()).toMatch(/1 feature\(s\) have z coordinates; z was dropped/);
      const rows = async (id: string) =>
        server.db.query<{ id: string; properties: Record<string, unknown>; g: string }>('SELECT id, properties, ST_AsText(geom) AS g FROM features WHERE collection_id = $1 ORDER BY id', [id]);
      const original = await rows('ban-do');
      const copy = await rows('ban-do-2');
      expect(copy).toEqual(original);
      expect(copy.find((r) => r.id === 'diem-1')!.g).toBe('POINT(107.5786 16.4698)');
    });

    it('opens in GDAL (ogrinfo)', async (ctx) => {
      if (!hasOgrinfo) ctx.skip();
      const dir = mkdtempSync(path.join(os.tmpdir(), 'hue-gpkg-'));
      const file = path.join(dir, 'ban-do.gpkg');
      writeFileSync(file, new Uint8Array(await (await fetch(`${base.url}/api/collections/ban-do/export.gpkg`)).arrayBuffer()));
      const info = execFileSync('ogrinfo', ['-al', '-so', file], { encoding: 'utf8' });
      expect(info).toMatch(/Feature Count: 3/);
      expect(info).toMatch(/so_tang: Integer/);
      expect(info).toMatch(/dien_tich: Real/);
      expect(info).toMatch(/cong_khai: Integer\(Boolean\)/);
      expect(info).toMatch(/tags: String \(0\.0\)|tags: String\(JSON\)/);
      expect(info).toMatch(/WGS 84/);
    });

    it('answers 404 for an unknown collection', async () => {
      const res = await fetch(`${base.url}/api/collections/nope/export.gpkg`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    });

    it('respects read access: a sector-internal collection needs a login', async () => {
      await server.db.query("UPDATE collections SET access = 'sector' WHERE id = 'ban-do'");
      expect((await fetch(`${base.url}/api/collections/ban-do/export.gpkg`)).status).toBe(401);
      expect((await fetch(`${base.url}/api/collections/ban-do/export.gpkg`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    });
  });
}
