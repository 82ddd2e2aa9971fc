/**
 * "Tileset rebuilt" live push against a live server (PGlite): a temp catalog with a small `3dtiles`
 * layer; a browser-like WebSocket on /api/live subscribed to `tileset` events; an admin edits a
 * building's height through the API; the scheduler rebuilds and the socket gets
 * `{type: 'tileset', name, revision}` with a higher revision, matching the new tileset.json.
 * Waits are bounded, never timed assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { syntheticFootprints } from '../../src/tiles/syntheticFootprints.ts';
import type { TileJson, TilesetJson } from '../../src/tiles/tilesetDocument.ts';
import { call, loginAs } from './apiClient.ts';
import { startTestServer, type TestServer } from './testServer.ts';

const LAYER = 'test-3d-push';
const PASSWORD = 'push-admin-pw';

const contentUris = (t: TileJson): string[] => [...(t.content ? [t.content.uri] : []), ...(t.children ?? []).flatMap(contentUris)];

interface Received { type: string; name?: string; revision?: number; seq?: number; epoch?: string }

describe('tileset rebuilds pushed on /api/live', () => {
  let server: TestServer;
  let tmp: string;
  let socket: WebSocket | undefined;
  const received: Received[] = [];
  const waiters = new Set<() => void>();

  /** Resolves with the first received event matching `ok`, or fails after `limitMs`. */
  const nextEvent = (what: string, ok: (e: Received) => boolean, limitMs = 60_000) => new Promise<Received>((resolve, reject) => {
    const check = () => {
      const hit = received.find(ok);
      if (!hit) return false;
      waiters.delete(checker); clearTimeout(timer); resolve(hit);
      return true;
    };
    const checker = () => void check();
    const timer = setTimeout(() => { waiters.delete(checker); reject(new Error(`gave up waiting for ${what}; got ${JSON.stringify(received)}`)); }, limitMs);
    if (!check()) waiters.add(checker);
  });

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'hue-tiles3d-push-'));
    const layers = path.join(tmp, 'layers');
    await mkdir(layers);
    await writeFile(path.join(layers, `${LAYER}.geojson`), JSON.stringify({ type: 'FeatureCollection', features: syntheticFootprints({ count: 60, seed: 5 }) }));
    await writeFile(path.join(layers, `${LAYER}.json`), JSON.stringify({
      id: LAYER, title: { vi: 'Nhà thử', en: 'Test buildings' }, sector: 'planning', type: '3dtiles', data: `${LAYER}.geojson`,
      geometryType: 'Polygon', source: { name: 'synthetic test footprints', synthetic: true }, licence: 'CC0', visible: true,
      style: { colorProperty: 'use', colors: { residential: '#f5d0a9', commercial: '#e67e22' } },
      legend: [{ label: { vi: 'Nhà ở', en: 'Residential' }, color: '#f5d0a9', shape: 'fill' }],
    }));
    server = await startTestServer('pglite', { LAYERS_DIR: layers, TILESETS_DIR: path.join(tmp, 'tilesets'), ADMIN_PASSWORD: PASSWORD });
  });

  afterAll(async () => {
    socket?.close();
    await server?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const tileset = async () => {
    const answer = await call(server.url, 'GET', `/tilesets/${LAYER}/tileset.json`);
    expect(answer.status).toBe(200);
    return JSON.parse(answer.text) as TilesetJson;
  };

  it('pushes {type: "tileset", name, revision} after an edit rebuilds the tileset', async () => {
    // The server waits for the first build before it listens: the tileset is there already.
    const before = await tileset();
    const revisionBefore = Number(before.asset.tilesetVersion);
    expect(Number.isFinite(revisionBefore)).toBe(true);

    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/api/live`);
    socket = ws;
    ws.on('message', (data: WebSocket.RawData) => {
      const parsed = JSON.parse(String(data)) as Received | Received[];
      received.push(...(Array.isArray(parsed) ? parsed : [parsed]));
      for (const w of [...waiters]) w();
    });
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject); });
    ws.send(JSON.stringify({ subscribe: { types: ['tileset'] } }));
    await nextEvent('the subscription answer', (e) => e.type === 'subscribed', 10_000);

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const id = 'b000007';
    const item = await call(server.url, 'GET', `/api/collections/${LAYER}/items/${id}`);
    expect(item.status).toBe(200);
    const height = Number((item.body.properties as { height_m: number }).height_m);
    const patched = await call(server.url, 'PATCH', `/api/collections/${LAYER}/items/${id}`, {
      token: admin, body: { properties: { height_m: height + 42.5 } }, headers: { 'if-match': item.headers.get('etag') ?? '"1"' },
    });
    expect(patched.status).toBeLessThan(300);

    const event = await nextEvent('the tileset event', (e) => e.type === 'tileset' && e.name === LAYER && (e.revision ?? 0) > revisionBefore);
    expect(event).toEqual({ type: 'tileset', name: LAYER, revision: expect.any(Number) as number, seq: expect.any(Number) as number });
    // Only what was subscribed to arrives.
    expect(received.every((e) => e.type === 'hello' || e.type === 'subscribed' || e.type === 'tileset')).toBe(true);

    // The files on disk are those of the pushed revision, with new content for the edited building.
    const after = await tileset();
    expect(Number(after.asset.tilesetVersion)).toBe(event.revision);
    const old = new Set(contentUris(before.root));
    const changed = contentUris(after.root).filter((u) => !old.has(u));
    expect(changed.length).toBeGreaterThan(0);
    const glb = await fetch(`${server.url}/tilesets/${LAYER}/${changed[0]}`);
    expect(glb.status).toBe(200);
    // A cache-busted load (what the viewer asks for) gets the same document.
    const busted = await call(server.url, 'GET', `/tilesets/${LAYER}/tileset.json?v=${event.revision}`);
    expect(busted.status).toBe(200);
    expect((JSON.parse(busted.text) as TilesetJson).asset.tilesetVersion).toBe(after.asset.tilesetVersion);
  });

  it('replays missed events to a socket that reconnects with since/epoch, and says gap for another server run', async () => {
    const hello = received.find((e) => e.type === 'hello');
    const pushed = received.find((e) => e.type === 'tileset');
    expect(hello?.epoch).toMatch(/^[a-z0-9]+$/);
    expect(pushed?.seq).toBeGreaterThan(0);
    const open = async (query: string) => {
      const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/api/live?${query}`);
      const first = new Promise<Received[]>((resolve, reject) => {
        const got: Received[] = [];
        ws.on('message', (data: WebSocket.RawData) => {
          const parsed = JSON.parse(String(data)) as Received[];
          got.push(...parsed);
          // hello, then the replay (or gap) in the same tick: two messages.
          if (got.length >= 2) resolve(got);
        });
        ws.once('error', reject);
        setTimeout(() => resolve(got), 5_000);
      });
      const got = await first;
      ws.close();
      return got;
    };
    // As if the socket had dropped just before the tileset event.
    const resumed = await open(`types=tileset&since=${(pushed?.seq ?? 1) - 1}&epoch=${hello?.epoch}`);
    expect(resumed[0]).toMatchObject({ type: 'hello', epoch: hello?.epoch });
    expect(resumed.slice(1)).toContainEqual(expect.objectContaining({ type: 'tileset', name: LAYER, seq: pushed?.seq }));
    const restarted = await open(`types=tileset&since=3&epoch=otherrun`);
    expect(restarted[1]).toMatchObject({ type: 'gap' });
  });
});
