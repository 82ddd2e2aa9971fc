/**
 * 3D Tiles against a live server (PGlite): a `3dtiles` layer (300 synthetic footprints written to a
 * temp catalog) is built into /tilesets/<layer id>/ on start, served with the right types, and an
 * edit through OGC API – Features Part 4 makes the scheduler rewrite the affected tile (new URI,
 * new bytes) while the others stay. Waits are bounded polls, never timed assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTilesetScheduler, type TilesetScheduler } from '../../src/server/tiles3d/TilesetScheduler.ts';
import { syntheticFootprints } from '../../src/tiles/syntheticFootprints.ts';
import type { TileJson, TilesetJson } from '../../src/tiles/tilesetDocument.ts';
import { call, loginAs } from './apiClient.ts';
import { startTestServer, type TestServer } from './testServer.ts';

const LAYER = 'test-3d-buildings';

async function until<T>(what: string, probe: () => Promise<T | undefined>, limitMs = 120_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const contentUris = (t: TileJson): string[] => [...(t.content ? [t.content.uri] : []), ...(t.children ?? []).flatMap(contentUris)];

describe('3D Tiles served by the server', () => {
  let server: TestServer;
  let tmp: string;
  let scheduler: TilesetScheduler | undefined;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'hue-tiles3d-'));
    const layers = path.join(tmp, 'layers');
    await import('node:fs/promises').then((fs) => fs.mkdir(layers));
    await writeFile(path.join(layers, `${LAYER}.geojson`), JSON.stringify({ type: 'FeatureCollection', features: syntheticFootprints({ count: 300, seed: 3 }) }));
    await writeFile(path.join(layers, `${LAYER}.json`), JSON.stringify({
      id: LAYER, title: { vi: 'Nhà thử', en: 'Test buildings' }, sector: 'planning', type: '3dtiles', data: `${LAYER}.geojson`,
      geometryType: 'Polygon', source: { name: 'synthetic test footprints', synthetic: true }, licence: 'CC0', visible: true,
      style: { colorProperty: 'use', colors: { residential: '#f5d0a9', commercial: '#e67e22' } },
      legend: [{ label: { vi: 'Nhà ở', en: 'Residential' }, color: '#f5d0a9', shape: 'fill' }],
    }));
    server = await startTestServer('pglite', { LAYERS_DIR: layers, TILESETS_DIR: path.join(tmp, 'tilesets'), ADMIN_PASSWORD: 'tiles-admin-pw' });
    // Until the server wires the scheduler itself (health reports `tiles3d`), the test starts it.
    const health = await call(server.url, 'GET', '/api/health');
    if (!health.body.tiles3d) {
      scheduler = startTilesetScheduler({ db: server.db, tilesetsDir: path.join(tmp, 'tilesets'), layers: [{ id: LAYER, type: '3dtiles' }], pollMs: 500 });
    }
  });

  afterAll(async () => {
    await scheduler?.close();
    await server?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const tileset = async () => {
    const answer = await call(server.url, 'GET', `/tilesets/${LAYER}/tileset.json`);
    return answer.status === 200 ? (JSON.parse(answer.text) as TilesetJson) : undefined;
  };

  it('builds the tileset on start and serves it with its tiles', async () => {
    const doc = await until('the first build', tileset);
    expect(doc.asset.version).toBe('1.1');
    const uris = contentUris(doc.root);
    expect(uris.length).toBeGreaterThan(0);
    const glb = await fetch(`${server.url}/tilesets/${LAYER}/${uris[0]}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(glb.status).toBe(200);
    const bytes = new Uint8Array(await glb.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('glTF');
  });

  it('rewrites the affected tile after an edit through the API', async () => {
    const before = await until('the first build', tileset);
    const admin = await loginAs(server.url, 'admin', 'tiles-admin-pw');
    const item = await call(server.url, 'GET', `/api/collections/${LAYER}/items/b000007`);
    expect(item.status).toBe(200);
    const patched = await call(server.url, 'PATCH', `/api/collections/${LAYER}/items/b000007`, {
      token: admin, body: { properties: { name: 'Nhà đã sửa' } }, headers: { 'if-match': item.headers.get('etag') ?? '"1"' },
    });
    expect(patched.status).toBeLessThan(300);
    scheduler?.notifyChanged(LAYER);
    const after = await until('the rebuild', async () => {
      const doc = await tileset();
      return doc && doc.asset.tilesetVersion !== before.asset.tilesetVersion ? doc : undefined;
    });
    const old = new Set(contentUris(before.root));
    const now = contentUris(after.root);
    const changed = now.filter((u) => !old.has(u));
    expect(changed).toHaveLength(1);
    expect(now.length - changed.length).toBe(old.size - 1);
    const glb = await fetch(`${server.url}/tilesets/${LAYER}/${changed[0]}`);
    const text = new TextDecoder().decode(new Uint8Array(await glb.arrayBuffer()));
    expect(text).toContain('Nhà đã sửa');
  });
});
