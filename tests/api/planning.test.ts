/**
 * Scenario API on the real sample (82k buildings): seeded sample scenarios, compliance of proposals,
 * metrics, report, validation that names the field and writes nothing, versions, write access.
 * Runs against the real server, which seeds scenarios/ on start and registers the planning routes.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../../src/server/auth/authService.ts';
import { call, loginAs, type ApiAnswer } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

/**
 * The baseline layers (zoning, protection zones, the generated buildings and parcels) in a temp
 * catalog; the buildings layer as plain GeoJSON so no 3D Tiles are built for this test.
 */
async function baselineLayersDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-planning-layers-'));
  for (const f of ['zoning-plan.json', 'zoning-plan.geojson', 'heritage-protection-zones.json', 'heritage-protection-zones.geojson', 'hue-parcels.json']) {
    await symlink(path.resolve('layers', f), path.join(dir, f));
  }
  const buildings = JSON.parse(await readFile('layers/hue-buildings.json', 'utf8'));
  await writeFile(path.join(dir, 'hue-buildings.json'), JSON.stringify({ ...buildings, type: 'geojson' }));
  return dir;
}

describe.each(BACKENDS)('scenarios API on %s', (backend) => {
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let layersDir: string;
  const api = (method: string, path: string, options: Parameters<typeof call>[3] = {}): Promise<ApiAnswer> => call(url, method, path, options);
  const rows = async () => Number((await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM scenario_versions'))[0]!.n);

  beforeAll(async () => {
    layersDir = await baselineLayersDir();
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw', LAYERS_DIR: layersDir });
    url = server.url;
    await upsertUser(server.db, { username: 'planning-ed', password: 'pw-planning-ed', roles: { planning: 'editor' } });
    await upsertUser(server.db, { username: 'planning-view', password: 'pw-planning-view', roles: { planning: 'viewer' } });
    editor = await loginAs(url, 'planning-ed', 'pw-planning-ed');
    viewer = await loginAs(url, 'planning-view', 'pw-planning-view');
  });
  afterAll(async () => {
    await server?.stop();
    if (layersDir) await rm(layersDir, { recursive: true, force: true });
  });

  it('lists the seeded sample scenarios', async () => {
    const list = await api('GET', '/api/scenarios');
    expect(list.status).toBe(200);
    expect(list.body.scenarios.map((s: { id: string }) => s.id)).toEqual(['compliant-vinh-ninh', 'heritage-height-citadel', 'view-blocking-vinh-ninh']);
    const one = await api('GET', '/api/scenarios/compliant-vinh-ninh');
    expect(one.body).toMatchObject({ id: 'compliant-vinh-ninh', version: 1, createdBy: 'seed' });
    expect(one.body.document.newBuildings).toHaveLength(1);
    expect((await api('GET', '/api/scenarios/nope')).status).toBe(404);
  });

  it('compliant scenario: no violations among the proposals', async () => {
    const c = await api('GET', '/api/scenarios/compliant-vinh-ninh/compliance');
    expect(c.status).toBe(200);
    expect(c.body.proposals.map((p: { buildingId: string }) => p.buildingId).sort()).toEqual(['hue-b-038447', 'vn-house-1']);
    expect(c.body.proposals.flatMap((p: { violations: unknown[] }) => p.violations)).toEqual([]);
    expect(c.body.proposals.find((p: { buildingId: string }) => p.buildingId === 'vn-house-1').zoneIds).toEqual(['qh-vinh-ninh']);
    expect(c.body.demolished).toEqual(['hue-b-038442']);
  });

  it('heritage-violating scenario: the proposal breaks the zone II height limit, measured vs allowed', async () => {
    const c = await api('GET', '/api/scenarios/heritage-height-citadel/compliance');
    const p = c.body.proposals.find((q: { buildingId: string }) => q.buildingId === 'kt-guesthouse-1');
    expect(p.zoneIds).toEqual(expect.arrayContaining(['qh-kt-dong', 'bv2-kinh-thanh-noi']));
    expect(p.violations).toEqual([
      expect.objectContaining({ ruleId: 'bv2-kinh-thanh-noi/heritage-height', kind: 'heritage-height', zoneId: 'bv2-kinh-thanh-noi', measured: 11.9, allowed: 11, severity: 'major' }),
    ]);
  });

  it('view-blocking scenario: the tower rises into the protected cone from Kỳ Đài, with the line of sight', async () => {
    const c = await api('GET', '/api/scenarios/view-blocking-vinh-ninh/compliance');
    const p = c.body.proposals.find((q: { buildingId: string }) => q.buildingId === 'vn-tower-1');
    const v = p.violations.find((x: { ruleId: string }) => x.ruleId === 'view/ky-dai/ngu-binh');
    expect(v).toMatchObject({ kind: 'view-cone', measured: 40.6, severity: 'critical' });
    expect(v.allowed).toBeLessThan(40.6);
    expect(v.lineOfSight.from).toEqual([107.5806, 16.4654, 19]);
    expect(v.lineOfSight.distanceM).toBeGreaterThan(500);
    expect(p.violations.every((x: { kind: string }) => x.kind === 'view-cone')).toBe(true);
  });

  it('metrics: baseline vs scenario', async () => {
    const m = await api('GET', '/api/scenarios/compliant-vinh-ninh/metrics');
    expect(m.status).toBe(200);
    expect(m.body.scenario.buildings).toBe(m.body.baseline.buildings);
    expect(m.body.scenario.grossFloorAreaM2).toBeGreaterThan(m.body.baseline.grossFloorAreaM2);
    expect(m.body.scenario.estimatedResidents).toBeGreaterThan(m.body.baseline.estimatedResidents);
    const vn = m.body.scenario.zones.find((z: { zoneId: string }) => z.zoneId === 'qh-vinh-ninh');
    expect(vn.far).toBeGreaterThan(0);
    expect(vn.coverage).toBeGreaterThan(0);
    const h = await api('GET', '/api/scenarios/heritage-height-citadel/metrics');
    expect(h.body.scenario.violations.bySeverity.major).toBe(h.body.baseline.violations.bySeverity.major + 1);
  });

  it('report: printable HTML with the plan, metrics and each violation', async () => {
    const r = await api('GET', '/api/scenarios/view-blocking-vinh-ninh/report');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/html');
    expect(r.text).toContain('<svg');
    expect(r.text).toContain('Estimated residents');
    expect(r.text).toContain('view/ky-dai/ngu-binh');
    expect(r.text).not.toMatch(/(src|href)="https?:/);
  });

  it('rejects an invalid document naming the field, and saves nothing', async () => {
    const before = await rows();
    const bad = await api('POST', '/api/scenarios', { token: editor, body: { title: 'x', newBuildings: [{ id: 'a', footprint: { type: 'Polygon', coordinates: [[[107.58, 16.46], [107.581, 16.46], [107.581, 16.461], [107.58, 16.46]]] }, heightM: -3, use: 'residential' }] } });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('problem+json');
    expect(bad.body.detail).toContain('newBuildings[0].heightM');
    expect(await rows()).toBe(before);
    expect((await api('GET', '/api/scenarios')).body.scenarios).toHaveLength(3);
  });

  it('creates and versions scenarios for planning editors only', async () => {
    const doc = { title: 'Empty test scenario', demolitions: ['hue-b-000001'] };
    expect((await api('POST', '/api/scenarios', { body: doc })).status).toBe(401);
    expect((await api('POST', '/api/scenarios', { token: viewer, body: doc })).status).toBe(403);
    const created = await api('POST', '/api/scenarios', { token: editor, body: doc });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.headers.get('location')).toBe(`/api/scenarios/${id}`);
    const saved = await api('PUT', `/api/scenarios/${id}`, { token: editor, body: { ...doc, title: 'Renamed' } });
    expect(saved.body).toMatchObject({ id, version: 2 });
    expect((await api('GET', `/api/scenarios/${id}`)).body).toMatchObject({ version: 2, title: 'Renamed', updatedBy: 'planning-ed' });
    expect((await api('GET', `/api/scenarios/${id}?version=1`)).body).toMatchObject({ version: 1, title: 'Empty test scenario' });
    expect((await api('PUT', '/api/scenarios/nope', { token: editor, body: doc })).status).toBe(404);
    const c = await api('GET', `/api/scenarios/${id}/compliance`);
    expect(c.body.demolished).toEqual(['hue-b-000001']);
  });
});
