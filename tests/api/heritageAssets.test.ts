/**
 * Heritage registry and asset uploads on the real server (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set): the monuments with their registry texts in six languages; uploads
 * checked by kind (Khronos validator for glTF, real image/audio bytes, 2:1 panoramas, size limits
 * → 413); content-addressed storage with SHA-256; replacements as new versions; downloads with ETag.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../../src/server/auth/authService.ts';
import { brokenGltf, png, triangleGlb, wav } from '../unit/heritage/fixtures.ts';
import { call, loginAs } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(BACKENDS)('heritage registry and assets on %s', (backend) => {
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  const assetRows = async () => Number((await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM heritage_asset_versions'))[0]!.n);
  const send = (method: string, p: string, bytes: Uint8Array | undefined, type: string, token?: string) =>
    fetch(`${url}${p}`, { method, body: bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : undefined, headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  const upload = async (query: string, bytes: Uint8Array, type: string, monument = 'ngo-mon') => {
    const r = await send('POST', `/api/heritage/monuments/${monument}/assets?${query}`, bytes, type, editor);
    return { status: r.status, type: r.headers.get('content-type') ?? '', body: (await r.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON
  };

  beforeAll(async () => {
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw' });
    url = server.url;
    await upsertUser(server.db, { username: 'heritage-ed', password: 'pw-heritage-ed', roles: { heritage: 'editor' } });
    await upsertUser(server.db, { username: 'heritage-view', password: 'pw-heritage-view', roles: { heritage: 'viewer' } });
    editor = await loginAs(url, 'heritage-ed', 'pw-heritage-ed');
    viewer = await loginAs(url, 'heritage-view', 'pw-heritage-view');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lists the monuments at the layer\'s points with registry names in six languages, sources and translation provenance', async () => {
    const list = await call(url, 'GET', '/api/heritage/monuments');
    expect(list.status).toBe(200);
    const layer = JSON.parse(await readFile('layers/heritage-monuments.geojson', 'utf8')) as { features: Array<{ id: string; geometry: { coordinates: number[] } }> };
    expect(list.body.monuments.map((m: { id: string }) => m.id).sort()).toEqual(layer.features.map((f) => f.id).sort());
    const ngoMon = list.body.monuments.find((m: { id: string }) => m.id === 'ngo-mon');
    expect([ngoMon.lonDeg, ngoMon.latDeg]).toEqual(layer.features.find((f) => f.id === 'ngo-mon')!.geometry.coordinates);
    expect(Object.keys(ngoMon.name).sort()).toEqual(['en', 'fr', 'ja', 'ko', 'vi', 'zh']);
    expect(ngoMon.name.zh).toBe('午門');
    expect(ngoMon.registry).toMatchObject({ dynasty: 'Nguyễn', period: { startYear: 1833 }, conservation: { unescoInscribed: 1993 }, verified: false, translations: { vi: 'original', en: 'author' } });
    expect(list.body.monuments.find((m: { id: string }) => m.id === 'lang-minh-mang').positionApproximate).toBe(true);
    expect((await call(url, 'GET', '/api/heritage/monuments/nope')).status).toBe(404);
  });

  it('accepts a valid GLB from a heritage editor, stores it content-addressed with its SHA-256 and placement', async () => {
    const glb = triangleGlb();
    const before = await assetRows();
    const r = await upload('kind=model&title=Ng%E1%BB%8D%20M%C3%B4n&headingDeg=328&scale=2', glb, 'model/gltf-binary');
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: 'model', version: 1, mediaType: 'model/gltf-binary', bytes: glb.length, sha256: sha(glb), title: 'Ngọ Môn', savedBy: 'heritage-ed' });
    expect(r.body.placement).toEqual({ lonDeg: 107.5794, latDeg: 16.4671, heightM: 0, headingDeg: 328, scale: 2 });
    expect(await assetRows()).toBe(before + 1);
    const file = path.join(server.dataDir, 'heritage-assets', sha(glb).slice(0, 2), sha(glb));
    expect(sha(await readFile(file))).toBe(sha(glb));
    const download = await fetch(`${url}${r.body.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('model/gltf-binary');
    expect(download.headers.get('etag')).toBe(`"${sha(glb)}"`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(glb);
    const again = await fetch(`${url}${r.body.url}`, { headers: { 'if-none-match': `"${sha(glb)}"` } });
    expect(again.status).toBe(304);
    const monument = await call(url, 'GET', '/api/heritage/monuments/ngo-mon');
    expect(monument.body.assets.map((a: { id: string }) => a.id)).toContain(r.body.id);
  });

  it('rejects an invalid glTF with the validator\'s messages, and stores nothing', async () => {
    const before = await assetRows();
    const r = await upload('kind=model', brokenGltf(), 'model/gltf+json');
    expect(r.status).toBe(422);
    expect(r.type).toMatch(/problem\+json/);
    expect(r.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'UNRESOLVED_REFERENCE', pointer: '/nodes/0/mesh', severity: 0 })]));
    expect(r.body.detail).toMatch(/Khronos glTF validator/);
    const external = await upload('kind=model', new TextEncoder().encode(JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'model.bin', byteLength: 12 }] })), 'model/gltf+json');
    expect(external.status).toBe(422);
    expect(external.body.errors[0]).toMatchObject({ code: 'IO_ERROR', pointer: '/buffers/0/uri' });
    const truncated = triangleGlb().slice(0, 60);
    expect((await upload('kind=model', truncated, 'model/gltf-binary')).status).toBe(422);
    expect(await assetRows()).toBe(before);
  });

  it('rejects what is not an image or not audio (by its bytes, whatever the Content-Type) and a panorama that is not 2:1', async () => {
    const before = await assetRows();
    const text = new TextEncoder().encode('this is not a picture at all, only text pretending');
    const notImage = await upload('kind=image', text, 'image/jpeg');
    expect(notImage.status).toBe(415);
    expect(notImage.body.detail).toMatch(/image asset must be a JPEG, PNG, WebP or GIF image/);
    const audioAsImage = await upload('kind=panorama', wav(0.1), 'image/png');
    expect(audioAsImage.status).toBe(415);
    expect(audioAsImage.body.detail).toMatch(/audio file \(audio\/wav\)/);
    expect((await upload('kind=audio', png(8, 8), 'audio/mpeg')).status).toBe(415);
    const square = await upload('kind=panorama', png(40, 40), 'image/png');
    expect(square.status).toBe(422);
    expect(square.body.detail).toMatch(/40 × 40 px/);
    expect((await upload('kind=sculpture', png(8, 8), 'image/png')).status).toBe(400);
    expect((await upload('kind=image', png(8, 8), 'image/png', 'nope')).status).toBe(404);
    expect(await assetRows()).toBe(before);
    const photo = await upload('kind=image', png(30, 20), 'image/png');
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ width: 30, height: 20, mediaType: 'image/png' });
    const audio = await upload('kind=audio&language=vi', wav(0.1), 'audio/wav');
    expect(audio.body).toMatchObject({ kind: 'audio', mediaType: 'audio/wav', language: 'vi' });
  });

  it('refuses uploads without the heritage editor role (401, 403)', async () => {
    const before = await assetRows();
    expect((await send('POST', '/api/heritage/monuments/ngo-mon/assets?kind=image', png(8, 8), 'image/png')).status).toBe(401);
    const refused = await send('POST', '/api/heritage/monuments/ngo-mon/assets?kind=image', png(8, 8), 'image/png', viewer);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/editor role in the heritage sector/);
    expect(await assetRows()).toBe(before);
  });

  it('refuses a file over the kind\'s limit with 413 naming the limit', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${url}/api/heritage/monuments/ngo-mon/assets?kind=image`, {
        method: 'POST',
        headers: { 'content-type': 'image/png', 'content-length': String(20 * 1024 * 1024), authorization: `Bearer ${editor}` },
      }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => {
          req.destroy(); // the body was never finished
          resolve({ status: res.statusCode!, body });
        });
      });
      req.on('error', reject);
      req.write(Buffer.from(png(8, 8)));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).detail).toMatch(/20\.0 MB; it exceeds the limit for image assets of 15\.0 MB/);
  });

  it('keeps old versions when an asset is replaced; each version downloads with its own checksum', async () => {
    const first = await upload('kind=panorama', png(64, 32), 'image/png');
    expect(first.status).toBe(201);
    const next = png(128, 64);
    expect((await send('PUT', `/api/heritage/assets/${first.body.id}`, next, 'image/png')).status).toBe(401);
    expect((await send('PUT', `/api/heritage/assets/${first.body.id}`, png(50, 50), 'image/png', editor)).status).toBe(422);
    const replaced = await send('PUT', `/api/heritage/assets/${first.body.id}`, next, 'image/png', editor);
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ version: 2, latestVersion: 2, width: 128, height: 64, sha256: sha(next) });
    const versions = await call(url, 'GET', `/api/heritage/assets/${first.body.id}/versions`);
    expect(versions.body.versions.map((v: { version: number; sha256: string }) => [v.version, v.sha256])).toEqual([[2, sha(next)], [1, first.body.sha256]]);
    const v1 = await fetch(`${url}/api/heritage/assets/${first.body.id}?v=1`);
    expect(sha(new Uint8Array(await v1.arrayBuffer()))).toBe(first.body.sha256);
    expect(v1.headers.get('cache-control')).toContain('immutable');
    const latest = await fetch(`${url}/api/heritage/assets/${first.body.id}`);
    expect(sha(new Uint8Array(await latest.arrayBuffer()))).toBe(sha(next));
    await expect(server.db.query('UPDATE heritage_asset_versions SET bytes = 1 WHERE asset_id = $1', [first.body.id])).rejects.toThrow(/immutable/);
    expect((await stat(path.join(server.dataDir, 'heritage-assets', first.body.sha256.slice(0, 2), first.body.sha256))).isFile()).toBe(true);
    expect((await fetch(`${url}/api/heritage/assets/${first.body.id}?v=3`)).status).toBe(404);
  });
});
