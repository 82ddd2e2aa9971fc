/**
 * OGC API – Features Part 4 and the audit history against a live server (PGlite, and PostgreSQL
 * when TEST_DATABASE_URL is set): create, replace, patch, delete with ETags; validation that names
 * the fault and writes nothing; versions, as-of queries, revert and restore; the access matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../../src/server/auth/authService.ts';
import { call, loginAs, type ApiAnswer } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const C = 'heritage-monuments';
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (id: string, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  id,
  properties: { name_vi: `Điểm ${id}`, kind: 'gate', synthetic: true, ...props },
  geometry: point(107.58, 16.47),
});

describe.each(BACKENDS)('feature edits on %s', (backend) => {
  let server: TestServer;
  let admin: string;
  let heritageEditor: string;
  let planningEditor: string;
  let heritageViewer: string;
  const api = (method: string, path: string, options: Parameters<typeof call>[3] = {}): Promise<ApiAnswer> => call(server.url, method, path, options);
  const count = async () => (await api('GET', `/api/collections/${C}/items?limit=1`)).body.numberMatched as number;

  beforeAll(async () => {
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw' });
    admin = await loginAs(server.url, 'admin', 'test-admin-pw');
    await upsertUser(server.db, { username: 'heritage-ed', password: 'pw-heritage-ed', roles: { heritage: 'editor' } });
    await upsertUser(server.db, { username: 'planning-ed', password: 'pw-planning-ed', roles: { planning: 'editor' } });
    await upsertUser(server.db, { username: 'heritage-view', password: 'pw-heritage-view', roles: { heritage: 'viewer' } });
    heritageEditor = await loginAs(server.url, 'heritage-ed', 'pw-heritage-ed');
    planningEditor = await loginAs(server.url, 'planning-ed', 'pw-planning-ed');
    heritageViewer = await loginAs(server.url, 'heritage-view', 'pw-heritage-view');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses wrong passwords and unknown tokens', async () => {
    expect((await api('POST', '/api/auth/login', { body: { username: 'admin', password: 'nope' } })).status).toBe(401);
    expect((await api('POST', '/api/auth/login', { body: { username: 'ghost', password: 'nope' } })).status).toBe(401);
    const bad = await api('GET', '/api/auth/me', { token: 'not-a-token' });
    expect(bad.status).toBe(401);
    expect(bad.type).toContain('problem+json');
    expect((await api('GET', '/api/auth/me', { token: heritageEditor })).body.roles).toEqual({ heritage: 'editor' });
  });

  it('creates, patches, replaces and deletes with ETags, recording every version', async () => {
    const created = await api('POST', `/api/collections/${C}/items`, { token: heritageEditor, body: feature('edit-1'), headers: { 'content-type': 'application/geo+json' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/collections/${C}/items/edit-1`);
    expect(created.headers.get('etag')).toBe('"1"');
    const stale = await api('PATCH', `/api/collections/${C}/items/edit-1`, { token: heritageEditor, body: { properties: { name_vi: 'x' } }, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.detail).toContain('version 1');
    const patched = await api('PATCH', `/api/collections/${C}/items/edit-1`, {
      token: heritageEditor,
      body: { properties: { name_vi: 'Cửa mới', synthetic: null } },
      headers: { 'if-match': '"1"', 'content-type': 'application/merge-patch+json' },
    });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');
    const after = await api('GET', `/api/collections/${C}/items/edit-1`);
    expect(after.body.properties.name_vi).toBe('Cửa mới');
    expect('synthetic' in after.body.properties).toBe(false);
    const replaced = await api('PUT', `/api/collections/${C}/items/edit-1`, { token: heritageEditor, body: { ...feature('edit-1'), geometry: point(107.59, 16.46) }, headers: { 'if-match': '"2"' } });
    expect(replaced.headers.get('etag')).toBe('"3"');
    expect((await api('GET', `/api/collections/${C}/items/edit-1`)).body.geometry.coordinates).toEqual([107.59, 16.46]);
    const deleted = await api('DELETE', `/api/collections/${C}/items/edit-1`, { token: heritageEditor, headers: { 'if-match': '"3"' } });
    expect(deleted.status).toBe(204);
    expect((await api('GET', `/api/collections/${C}/items/edit-1`)).status).toBe(404);
    const versions = (await api('GET', `/api/collections/${C}/items/edit-1/versions`)).body.versions;
    expect(versions.map((v: { operation: string }) => v.operation)).toEqual(['insert', 'update', 'update', 'delete']);
    expect(versions[1].changedProperties).toEqual(['name_vi', 'synthetic']);
    expect(versions[1].geometryChanged).toBe(false);
    expect(versions[2].geometryChanged).toBe(true);
    expect(versions.every((v: { changedBy: string }) => v.changedBy === 'heritage-ed')).toBe(true);
  });

  it('restores a deleted feature and reverts to an earlier version', async () => {
    const restored = await api('POST', `/api/collections/${C}/items/edit-1/restore`, { token: heritageEditor });
    expect(restored.status).toBe(200);
    expect(restored.body.version).toBe(5);
    expect((await api('GET', `/api/collections/${C}/items/edit-1`)).body.geometry.coordinates).toEqual([107.59, 16.46]);
    const reverted = await api('POST', `/api/collections/${C}/items/edit-1/revert`, { token: heritageEditor, body: { version: 1 } });
    expect(reverted.body.version).toBe(6);
    const now = (await api('GET', `/api/collections/${C}/items/edit-1`)).body;
    expect(now.properties.name_vi).toBe('Điểm edit-1');
    expect(now.geometry.coordinates).toEqual([107.58, 16.47]);
    const v2 = await api('GET', `/api/collections/${C}/items/edit-1/versions/2`);
    expect(v2.body.properties.name_vi).toBe('Cửa mới');
    expect((await api('POST', `/api/collections/${C}/items/edit-1/restore`, { token: heritageEditor })).status).toBe(409);
    expect((await api('POST', `/api/collections/${C}/items/edit-1/revert`, { token: heritageEditor, body: { version: 99 } })).status).toBe(404);
  });

  it('shows the collection as of a past time', async () => {
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await api('POST', `/api/collections/${C}/items`, { token: admin, body: feature('later-1') });
    const then = await api('GET', `/api/collections/${C}/items?limit=1000&asOf=${before}`);
    const nowIds = (await api('GET', `/api/collections/${C}/items?limit=1000`)).body.features.map((f: { id: string }) => f.id);
    const thenIds = then.body.features.map((f: { id: string }) => f.id);
    expect(nowIds).toContain('later-1');
    expect(thenIds).not.toContain('later-1');
    expect(thenIds).toContain('edit-1');
    expect(thenIds.length).toBe(nowIds.length - 1);
  });

  it.each([
    [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107.5] } }, 'geometry.coordinates must be a position'],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [200, 16] } }, 'outside lon'],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[107, 16], [108, 16], [108, 17], [107, 16]]] } }, 'geometry.type is Polygon'],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Hexagon', coordinates: [] } }, 'geometry.type must be one of'],
    [{ type: 'Feature', properties: { built: 'long ago' }, geometry: point(107.58, 16.47) }, 'property "built" must be integer'],
    [{ type: 'FeatureCollection', features: [] }, '"type" must be "Feature"'],
    ['{"type": "Feature", "geometry": ', 'JSON'],
    [[1, 2, 3], 'must be a GeoJSON Feature object'],
  ])('refuses a bad body (%#) with a problem naming the fault, and writes nothing', async (body, message) => {
    const before = await count();
    const answer = await api('POST', `/api/collections/${C}/items`, { token: admin, body });
    expect(answer.status).toBe(400);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.body.detail).toContain(message);
    expect(await count()).toBe(before);
  });

  it('refuses a self-intersecting polygon with the PostGIS reason', async () => {
    const answer = await api('POST', '/api/collections/citadel-walls/items', {
      token: admin,
      body: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[107.57, 16.46], [107.58, 16.47], [107.58, 16.46], [107.57, 16.47], [107.57, 16.46]]] } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(/not valid: Self-intersection/i);
  });

  it('enforces the role matrix on every write route', async () => {
    const routes: Array<[string, string, unknown?]> = [
      ['POST', `/api/collections/${C}/items`, feature('matrix-1')],
      ['PUT', `/api/collections/${C}/items/later-1`, feature('later-1')],
      ['PATCH', `/api/collections/${C}/items/later-1`, { properties: { name_vi: 'x' } }],
      ['DELETE', `/api/collections/${C}/items/later-1`],
      ['POST', `/api/collections/${C}/items/later-1/revert`, { version: 1 }],
      ['POST', `/api/collections/${C}/items/edit-1/restore`],
    ];
    const callers: Array<[string, string | undefined, number]> = [
      ['anonymous', undefined, 401],
      ['viewer of heritage', heritageViewer, 403],
      ['editor of another sector', planningEditor, 403],
    ];
    const refusedBefore = (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))[0]!.n;
    for (const [method, path, body] of routes) {
      for (const [who, token, status] of callers) {
        const answer = await api(method, path, { token, body });
        expect(answer.status, `${who} ${method} ${path}`).toBe(status);
        expect(answer.type).toContain('application/problem+json');
      }
    }
    const refusedAfter = (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM access_log'))[0]!.n;
    expect(refusedAfter - refusedBefore).toBe(routes.length * callers.length);
    expect((await api('GET', `/api/collections/${C}/items/later-1`)).body.properties.name_vi).toBe('Điểm later-1');
  });

  it('lets only admins manage users, with checked roles', async () => {
    const created = await api('PUT', '/api/users/env-officer', { token: admin, body: { password: 'long-enough-pw', roles: { environment: 'editor' } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'env-officer', isAdmin: false, roles: { environment: 'editor' } });
    expect((await loginAs(server.url, 'env-officer', 'long-enough-pw')).length).toBeGreaterThan(20);
    expect((await api('PUT', '/api/users/x1', { token: admin, body: { password: 'short' } })).body.detail).toContain('at least 10');
    expect((await api('PUT', '/api/users/x1', { token: admin, body: { password: 'long-enough-pw', roles: { moon: 'editor' } } })).body.detail).toContain('unknown sector "moon"');
    expect((await api('PUT', '/api/users/x1', { token: admin, body: { password: 'long-enough-pw', roles: { planning: 'boss' } } })).status).toBe(400);
    expect((await api('PUT', '/api/users/x1', { token: heritageEditor, body: { password: 'long-enough-pw' } })).status).toBe(403);
    expect((await api('GET', '/api/users')).status).toBe(401);
    const users = (await api('GET', '/api/users', { token: admin })).body.users.map((u: { username: string }) => u.username);
    expect(users).toEqual(expect.arrayContaining(['admin', 'env-officer', 'heritage-ed']));
    expect((await api('DELETE', '/api/users/admin', { token: admin })).status).toBe(409);
    expect((await api('DELETE', '/api/users/env-officer', { token: admin })).status).toBe(204);
    expect((await api('POST', '/api/auth/login', { body: { username: 'env-officer', password: 'long-enough-pw' } })).status).toBe(401);
  });

  it('hides sector-internal collections from outsiders', async () => {
    await server.db.query(`UPDATE collections SET access = 'sector' WHERE id = 'citadel-walls'`);
    try {
      expect((await api('GET', '/api/collections/citadel-walls/items')).status).toBe(401);
      expect((await api('GET', '/api/collections/citadel-walls/items', { token: planningEditor })).status).toBe(403);
      expect((await api('GET', '/api/collections/citadel-walls/items', { token: heritageViewer })).status).toBe(200);
      const listed = (await api('GET', '/api/collections')).body.collections.map((c: { id: string }) => c.id);
      expect(listed).not.toContain('citadel-walls');
    } finally {
      await server.db.query(`UPDATE collections SET access = 'public' WHERE id = 'citadel-walls'`);
    }
  });
});
