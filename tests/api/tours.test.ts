/**
 * Tours API on the real server (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): the seeded
 * sample tour, drafts invisible to the public, publishing only for heritage editors and only with
 * complete vi+en texts, immutable versions, restore, optimistic concurrency (If-Match → 412), and
 * the offline bundle zip (against a fixture player build in a temp APP_DIR).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../../src/server/auth/authService.ts';
import { referencedPaths } from '../../src/heritage/bundle/bundleManifest.ts';
import { twoStopTour, wav, png } from '../unit/heritage/fixtures.ts';
import { call, loginAs, type ApiAnswer } from './apiClient.ts';
import { authoredLayersDir, BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const SAMPLE = 'imperial-city-one-hour';

/** A stand-in for `npm run build`'s dist/tour-player/: index.html and one script (the real player is tested in e2e). */
async function fixtureAppDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-app-'));
  await mkdir(path.join(dir, 'tour-player', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'tour-player', 'index.html'), '<!doctype html><title>fixture player</title><script src="./tour.js"></script><script src="./assets/player.js"></script>');
  await writeFile(path.join(dir, 'tour-player', 'assets', 'player.js'), 'document.documentElement.dataset.ready = String(Boolean(window.HUE_TOUR));');
  return dir;
}

describe.each(BACKENDS)('tours API on %s', (backend) => {
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let planner: string;
  const temps: string[] = [];
  const api = (method: string, p: string, options: Parameters<typeof call>[3] = {}): Promise<ApiAnswer> => call(url, method, p, options);
  const versionRows = async () => Number((await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tour_versions'))[0]!.n);
  const tourRows = async () => Number((await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tours'))[0]!.n);
  const createDraft = async (doc: unknown, id?: string) => {
    const created = await api('POST', `/api/tours${id ? `?id=${id}` : ''}`, { token: editor, body: doc });
    expect(created.status, created.text).toBe(201);
    return { id: created.body.id as string, etag: created.headers.get('etag')! };
  };

  beforeAll(async () => {
    const layersDir = await authoredLayersDir();
    await symlink(path.resolve('layers/heritage-monument-models.json'), path.join(layersDir, 'heritage-monument-models.json'));
    const tilesetsDir = await mkdtemp(path.join(os.tmpdir(), 'hue-tilesets-'));
    const appDir = await fixtureAppDir();
    temps.push(layersDir, tilesetsDir, appDir);
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw', LAYERS_DIR: layersDir, TILESETS_DIR: tilesetsDir, APP_DIR: appDir });
    url = server.url;
    await upsertUser(server.db, { username: 'heritage-ed', password: 'pw-heritage-ed', roles: { heritage: 'editor' } });
    await upsertUser(server.db, { username: 'heritage-view', password: 'pw-heritage-view', roles: { heritage: 'viewer' } });
    await upsertUser(server.db, { username: 'planning-ed', password: 'pw-planning-ed', roles: { planning: 'editor' } });
    editor = await loginAs(url, 'heritage-ed', 'pw-heritage-ed');
    viewer = await loginAs(url, 'heritage-view', 'pw-heritage-view');
    planner = await loginAs(url, 'planning-ed', 'pw-planning-ed');
  });
  afterAll(async () => {
    await server?.stop();
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  });

  it('seeds the sample tour as published version 1 over ≥ 8 monuments, at the layer\'s coordinates, complete in vi, en, fr, ja', async () => {
    const list = await api('GET', '/api/tours');
    expect(list.status).toBe(200);
    const sample = list.body.tours.find((t: { id: string }) => t.id === SAMPLE);
    expect(sample).toMatchObject({ latestVersion: 1, publishedBy: 'seed', title: { vi: 'Kinh thành Huế trong một giờ', en: 'The Imperial City in one hour' } });
    expect(sample.languages).toEqual(expect.arrayContaining(['vi', 'en', 'fr', 'ja']));
    const tour = await api('GET', `/api/tours/${SAMPLE}`);
    expect(tour.status).toBe(200);
    expect(tour.headers.get('etag')).toBe('"v1"');
    expect(tour.body).toMatchObject({ id: SAMPLE, status: 'published', version: 1, latestVersion: 1 });
    const monumentIds = new Set(tour.body.document.stops.map((s: { monumentId: string }) => s.monumentId));
    expect(monumentIds.size).toBeGreaterThanOrEqual(8);
    const layer = JSON.parse(await readFile('layers/heritage-monuments.geojson', 'utf8')) as { features: Array<{ id: string; geometry: { coordinates: number[] } }> };
    for (const id of monumentIds) {
      const feature = layer.features.find((f) => f.id === id)!;
      expect(feature, String(id)).toBeDefined();
      expect([tour.body.monuments[id as string].lonDeg, tour.body.monuments[id as string].latDeg]).toEqual(feature.geometry.coordinates);
    }
    for (const stop of tour.body.document.stops) {
      for (const lang of ['vi', 'en']) expect(stop.narration[lang].split(/[.!?。]\s*/).filter(Boolean).length, `${stop.id} ${lang}`).toBeGreaterThanOrEqual(2);
    }
    expect(tour.body.layers['heritage-monument-models']).toMatchObject({ type: '3dtiles', url: '/tilesets/heritage-monument-models/tileset.json' });
    expect(tour.body.layers['heritage-monuments'].url).toBe('/api/collections/heritage-monuments/items?limit=10000');
  });

  it('never shows a draft to the public: not listed, 404 by id and versions, 401/403 for ?draft=true, no bundle', async () => {
    const { id } = await createDraft(twoStopTour('Bản nháp'));
    expect((await api('GET', '/api/tours')).body.tours.map((t: { id: string }) => t.id)).not.toContain(id);
    expect((await api('GET', `/api/tours/${id}`)).status).toBe(404);
    expect((await api('GET', `/api/tours/${id}?v=1`)).status).toBe(404);
    expect((await api('GET', `/api/tours/${id}/versions`)).status).toBe(404);
    expect((await api('GET', `/api/tours/${id}/bundle`)).status).toBe(404);
    expect((await api('GET', `/api/tours/${id}?draft=true`)).status).toBe(401);
    expect((await api('GET', `/api/tours/${id}?draft=true`, { token: viewer })).status).toBe(403);
    expect((await api('GET', `/api/tours/${id}/bundle?draft=true`)).status).toBe(401);
    expect((await api('GET', '/api/tours?drafts=true', { token: planner })).status).toBe(403);
    const draft = await api('GET', `/api/tours/${id}?draft=true`, { token: editor });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ id, status: 'draft', version: null, draftRevision: 1 });
    expect(draft.headers.get('etag')).toBe('"draft-1"');
    const drafts = await api('GET', '/api/tours?drafts=true', { token: editor });
    expect(drafts.body.tours.find((t: { id: string }) => t.id === id)).toMatchObject({ latestVersion: null, hasUnpublishedChanges: true });
  });

  it('refuses to publish without the heritage editor role (401 anonymous, 403 others) and changes nothing', async () => {
    const { id } = await createDraft(twoStopTour('Không được phép'));
    const before = await versionRows();
    const refusals = async () => Number((await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM access_log WHERE path LIKE '/api/tours/%/publish'"))[0]!.n);
    const logged = await refusals();
    expect((await api('POST', `/api/tours/${id}/publish`)).status).toBe(401);
    for (const token of [viewer, planner]) {
      const refused = await api('POST', `/api/tours/${id}/publish`, { token });
      expect(refused.status).toBe(403);
      expect(refused.type).toMatch(/problem\+json/);
      expect(refused.body.detail).toMatch(/heritage/);
    }
    expect((await api('POST', `/api/tours/${SAMPLE}/publish`, { token: planner })).status).toBe(403);
    expect(await versionRows()).toBe(before);
    expect((await api('GET', `/api/tours/${id}`)).status).toBe(404);
    expect(await refusals()).toBe(logged + 4);
  });

  it('refuses to publish with missing vi/en texts (422 listing them, nothing published); other languages are warnings', async () => {
    const doc = twoStopTour('Thiếu bản dịch');
    delete (doc.stops[1]!.narration as Record<string, string>).en;
    const { id } = await createDraft(doc);
    const before = await versionRows();
    const refused = await api('POST', `/api/tours/${id}/publish`, { token: editor });
    expect(refused.status).toBe(422);
    expect(refused.type).toMatch(/problem\+json/);
    expect(refused.body.missing).toEqual([{ field: 'stops[1].narration', language: 'en' }]);
    expect(refused.body.detail).toMatch(/stops\[1\]\.narration en/);
    expect(await versionRows()).toBe(before);

    const current = await api('GET', `/api/tours/${id}?draft=true`, { token: editor });
    const fixed = await api('PUT', `/api/tours/${id}/draft`, { token: editor, body: twoStopTour('Thiếu bản dịch'), headers: { 'if-match': current.headers.get('etag')! } });
    expect(fixed.status).toBe(200);
    const published = await api('POST', `/api/tours/${id}/publish`, { token: editor, body: { note: 'first' } });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ id, version: 1, publishedBy: 'heritage-ed' });
    expect(published.body.warnings).toEqual(['title: no fr text', 'stops[1].title: no fr text', 'stops[1].narration: no fr text']);
    const served = await api('GET', `/api/tours/${id}`);
    expect(served.body.languages).toEqual({ complete: ['vi', 'en'], partial: ['fr'] });
  });

  it('rejects an invalid document with errors naming the field, saving nothing', async () => {
    const tours = await tourRows();
    const doc = twoStopTour('Sai');
    (doc.stops[0]!.view as { pitchDeg: number }).pitchDeg = 120;
    (doc.stops[1] as { durationS: number }).durationS = 1;
    const bad = await api('POST', '/api/tours', { token: editor, body: { ...doc, colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining(['colour is not a known field', 'stops[0].view.pitchDeg must be <= 90', 'stops[1].durationS must be >= 3']));
    const noView = twoStopTour('Sai');
    delete noView.stops[0]!.view;
    expect((await api('POST', '/api/tours', { token: editor, body: noView })).body.errors).toEqual(['stops[0].view is required when the stop has no panorama']);
    expect(await tourRows()).toBe(tours);
    const draft = await api('PUT', `/api/tours/${SAMPLE}/draft`, { token: editor, body: { title: {} }, headers: { 'if-match': '"draft-1"' } });
    expect(draft.status).toBe(400);
    expect(draft.body.errors).toContain('stops is required');
  });

  it('guards the draft with its ETag: no If-Match → 428, stale → 412, current → saved with a new ETag', async () => {
    const { id, etag } = await createDraft(twoStopTour('Đồng thời'));
    expect(etag).toBe('"draft-1"');
    const edited = twoStopTour('Đồng thời 2');
    expect((await api('PUT', `/api/tours/${id}/draft`, { token: editor, body: edited })).status).toBe(428);
    const first = await api('PUT', `/api/tours/${id}/draft`, { token: editor, body: edited, headers: { 'if-match': etag } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"draft-2"');
    const stale = await api('PUT', `/api/tours/${id}/draft`, { token: editor, body: twoStopTour('ghi đè'), headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toMatch(/revision 2/);
    expect((await api('POST', `/api/tours/${id}/publish`, { token: editor, headers: { 'if-match': etag } })).status).toBe(412);
    const now = await api('GET', `/api/tours/${id}?draft=true`, { token: editor });
    expect(now.body.document.title.vi).toBe('Đồng thời 2');
  });

  it('keeps versions immutable, lists them, restores one as a new draft and publishes it as a new version', async () => {
    const { id } = await createDraft(twoStopTour('Phiên bản 1'), 'versions-test');
    expect((await api('POST', `/api/tours/${id}/publish`, { token: editor })).body.version).toBe(1);
    expect((await api('POST', `/api/tours/${id}/publish`, { token: editor })).status).toBe(409);
    let etag = (await api('GET', `/api/tours/${id}?draft=true`, { token: editor })).headers.get('etag')!;
    await api('PUT', `/api/tours/${id}/draft`, { token: editor, body: twoStopTour('Phiên bản 2'), headers: { 'if-match': etag } });
    expect((await api('POST', `/api/tours/${id}/publish`, { token: editor })).body.version).toBe(2);

    expect((await api('GET', `/api/tours/${id}?v=1`)).body.document.title.vi).toBe('Phiên bản 1');
    expect((await api('GET', `/api/tours/${id}`)).body).toMatchObject({ version: 2, latestVersion: 2 });
    expect((await api('GET', `/api/tours/${id}?v=9`)).status).toBe(404);
    await expect(server.db.query(`UPDATE tour_versions SET document = '{}'::jsonb WHERE tour_id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(server.db.query('DELETE FROM tour_versions WHERE tour_id = $1', [id])).rejects.toThrow(/immutable/);

    expect((await api('POST', `/api/tours/${id}/restore?v=1`)).status).toBe(401);
    expect((await api('POST', `/api/tours/${id}/restore?v=1`, { token: viewer })).status).toBe(403);
    expect((await api('POST', `/api/tours/${id}/restore?v=7`, { token: editor })).status).toBe(404);
    const restored = await api('POST', `/api/tours/${id}/restore?v=1`, { token: editor });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id, status: 'draft', restoredFrom: 1 });
    etag = restored.headers.get('etag')!;
    const draft = await api('GET', `/api/tours/${id}?draft=true`, { token: editor });
    expect(draft.headers.get('etag')).toBe(etag);
    expect(draft.body.document.title.vi).toBe('Phiên bản 1');
    expect((await api('GET', `/api/tours/${id}`)).body.version).toBe(2);
    const v3 = await api('POST', `/api/tours/${id}/publish`, { token: editor });
    expect(v3.body.version).toBe(3);
    const versions = await api('GET', `/api/tours/${id}/versions`);
    expect(versions.body.versions.map((v: { version: number; restoredFrom: number | null; publishedBy: string }) => [v.version, v.restoredFrom, v.publishedBy]))
      .toEqual([[3, 1, 'heritage-ed'], [2, null, 'heritage-ed'], [1, null, 'heritage-ed']]);
    expect(versions.body.draft).toBeUndefined();
    expect((await api('GET', `/api/tours/${id}?v=2`)).body.document.title.vi).toBe('Phiên bản 2');
  });

  it('exports the sample tour as a zip with the player, tour.json/tour.js, the monument tiles, the layers and a manifest', async () => {
    const response = await fetch(`${url}/api/tours/${SAMPLE}/bundle`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain(`${SAMPLE}-v1.zip`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    for (const name of ['index.html', 'assets/player.js', 'tour.json', 'tour.js', 'tour-files.js', 'manifest.json']) expect(files[name], name).toBeDefined();
    const tour = JSON.parse(new TextDecoder().decode(files['tour.json']));
    expect(tour).toMatchObject({ id: SAMPLE, version: 1, status: 'published' });
    expect(new TextDecoder().decode(files['tour.js'])).toBe(`window.HUE_TOUR = ${new TextDecoder().decode(files['tour.json'])};\n`);
    expect(tour.layers['heritage-monument-models'].url).toBe('tilesets/heritage-monument-models/tileset.json');
    expect(tour.layers['heritage-monuments'].url).toBe('layers/heritage-monuments.geojson');
    for (const p of referencedPaths(tour)) expect(files[p], p).toBeDefined();
    const tileset = JSON.parse(new TextDecoder().decode(files['tilesets/heritage-monument-models/tileset.json']));
    const uris: string[] = [];
    const walk = (n: { content?: { uri: string }; children?: unknown[] }) => { if (n.content) uris.push(n.content.uri); (n.children ?? []).forEach((c) => walk(c as typeof n)); };
    walk(tileset.root);
    expect(uris.length).toBeGreaterThanOrEqual(8);
    for (const uri of uris) expect(files[`tilesets/heritage-monument-models/${uri}`], uri).toBeDefined();
    const layer = JSON.parse(new TextDecoder().decode(files['layers/heritage-monuments.geojson']));
    const source = JSON.parse(await readFile('layers/heritage-monuments.geojson', 'utf8')) as { features: unknown[] };
    expect(layer.features.length).toBe(source.features.length);
    const embedded = new TextDecoder().decode(files['tour-files.js']);
    expect(embedded).toContain(`"tilesets/heritage-monument-models/${uris[0]}":`);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ tour: SAMPLE, version: 1 });
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(Object.keys(files).filter((n) => n !== 'manifest.json').sort());
    for (const f of manifest.files as Array<{ path: string; sha256: string; bytes: number }>) {
      expect(createHash('sha256').update(files[f.path]!).digest('hex'), f.path).toBe(f.sha256);
    }
    expect((await fetch(`${url}/api/tours/${SAMPLE}/bundle?v=5`)).status).toBe(404);
  });

  it('pins uploaded assets at publish and puts them into the bundle; a replaced asset does not change a published version', async () => {
    const send = (method: string, p: string, bytes: Uint8Array, type: string) =>
      fetch(`${url}${p}`, { method, body: new Blob([bytes as Uint8Array<ArrayBuffer>]), headers: { 'content-type': type, authorization: `Bearer ${editor}` } });
    const upload = async (kind: string, bytes: Uint8Array, type: string, query = '') => {
      const r = await send('POST', `/api/heritage/monuments/ngo-mon/assets?kind=${kind}${query}`, bytes, type);
      const body = await r.text();
      expect(r.status, body).toBe(201);
      return JSON.parse(body) as { id: string; sha256: string; version: number };
    };
    const audio = await upload('audio', wav(0.2), 'audio/wav', '&language=vi');
    const panorama = await upload('panorama', png(64, 32), 'image/png');
    const doc = twoStopTour('Có tệp');
    doc.stops[0]!.audio = { vi: audio.id };
    doc.stops[1]!.panorama = panorama.id;
    const wrong = twoStopTour('Sai loại');
    wrong.stops[0]!.audio = { vi: panorama.id };
    wrong.stops[1]!.media = [{ asset: 'a-missing' }];
    const { id: wrongId } = await createDraft(wrong);
    const refused = await api('POST', `/api/tours/${wrongId}/publish`, { token: editor });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([`stops[0].audio.vi: asset "${panorama.id}" is a panorama, not a audio`, 'stops[1].media[0].asset: there is no asset "a-missing"']);

    const { id } = await createDraft(doc);
    expect((await api('POST', `/api/tours/${id}/publish`, { token: editor })).status).toBe(201);
    const replaced = await send('PUT', `/api/heritage/assets/${audio.id}`, wav(0.4), 'audio/wav');
    expect(((await replaced.json()) as { version: number }).version).toBe(2);
    const served = await api('GET', `/api/tours/${id}`);
    expect(served.body.assets[audio.id]).toMatchObject({ version: 1, sha256: audio.sha256, url: `/api/heritage/assets/${audio.id}?v=1`, kind: 'audio', language: 'vi' });
    expect(served.body.assets[panorama.id]).toMatchObject({ kind: 'panorama', width: 64, height: 32 });

    const files = unzipSync(new Uint8Array(await (await fetch(`${url}/api/tours/${id}/bundle`)).arrayBuffer()));
    const tour = JSON.parse(new TextDecoder().decode(files['tour.json']));
    expect(tour.assets[audio.id].url).toBe(`media/${audio.sha256}.wav`);
    expect(tour.assets[panorama.id].url).toBe(`media/${panorama.sha256}.png`);
    expect(createHash('sha256').update(files[`media/${audio.sha256}.wav`]!).digest('hex')).toBe(audio.sha256);
    expect(files[`media/${panorama.sha256}.png`]).toEqual(png(64, 32));
    expect(new TextDecoder().decode(files['tour-files.js'])).toContain(`"media/${panorama.sha256}.png":`);
  });
});
