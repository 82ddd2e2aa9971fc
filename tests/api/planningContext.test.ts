/**
 * The read-only planning endpoints the browser uses: the baseline's violating buildings and the
 * engine context around a place. The context must let the browser reproduce the server's compliance
 * exactly (same engine, same inputs); bad boxes are refused with a problem naming `bbox`.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanningContext } from '../../src/planning/PlanningContext.ts';
import type { ScenarioDocument } from '../../src/planning/scenario/scenarioSchema.ts';
import { contextCells, evaluateDraft, mergeContexts } from '../../src/planning/ui/evaluateDraft.ts';
import type { BuildingCompliance } from '../../src/planning/Violation.ts';
import { call, type ApiAnswer } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

/** The baseline layers in a temp catalog; buildings as plain GeoJSON so no 3D Tiles are built. */
async function baselineLayersDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-planning-context-'));
  for (const f of ['zoning-plan.json', 'zoning-plan.geojson', 'heritage-protection-zones.json', 'heritage-protection-zones.geojson', 'hue-parcels.json']) {
    await symlink(path.resolve('layers', f), path.join(dir, f));
  }
  const buildings = JSON.parse(await readFile('layers/hue-buildings.json', 'utf8'));
  await writeFile(path.join(dir, 'hue-buildings.json'), JSON.stringify({ ...buildings, type: 'geojson' }));
  return dir;
}

describe.each(BACKENDS)('planning context API on %s', (backend) => {
  let server: TestServer;
  let layersDir: string;
  const get = (p: string): Promise<ApiAnswer> => call(server.url, 'GET', p);

  beforeAll(async () => {
    layersDir = await baselineLayersDir();
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw', LAYERS_DIR: layersDir });
  });
  afterAll(async () => {
    await server?.stop();
    if (layersDir) await rm(layersDir, { recursive: true, force: true });
  });

  it('baseline compliance lists only violating buildings, as many as the metrics count', async () => {
    const res = await get('/api/planning/baseline/compliance');
    expect(res.status).toBe(200);
    const body = res.body as { buildings: number; violating: BuildingCompliance[] };
    expect(body.buildings).toBeGreaterThan(80_000);
    expect(body.violating.length).toBeGreaterThan(0);
    expect(body.violating.every((r) => r.violations.length > 0)).toBe(true);
    const metrics = (await get('/api/scenarios/compliant-vinh-ninh/metrics')).body as { baseline: { violations: { buildings: number } } };
    expect(body.violating.length).toBe(metrics.baseline.violations.buildings);
  });

  it('the browser engine over the context reproduces the server compliance of every sample scenario', async () => {
    for (const id of ['heritage-height-citadel', 'view-blocking-vinh-ninh', 'compliant-vinh-ninh']) {
      const doc = ((await get(`/api/scenarios/${id}`)).body as { document: ScenarioDocument }).document;
      const server1 = (await get(`/api/scenarios/${id}/compliance`)).body as { proposals: Array<BuildingCompliance & { proposal: string }> };
      const parts = await Promise.all(contextCells(doc).map(async (cell) => {
        const res = await get(`/api/planning/context?bbox=${cell}`);
        expect(res.status).toBe(200);
        return res.body as PlanningContext;
      }));
      const context = mergeContexts(parts)!;
      expect(context.zones.length).toBeGreaterThan(0);
      expect(context.viewpoints.length).toBeGreaterThan(0);
      const draft = evaluateDraft(context, doc);
      const newOnes = (p: { proposal: string }) => p.proposal === 'new';
      expect(draft.proposals.filter(newOnes).map((p) => [p.buildingId, p.zoneIds, p.violations]))
        .toEqual(server1.proposals.filter(newOnes).map((p) => [p.buildingId, p.zoneIds, p.violations]));
      // The cached evaluation answers the same again.
      expect((await get(`/api/scenarios/${id}/compliance`)).body).toEqual(server1);
    }
  });

  it('refuses a missing, malformed, inverted or too large box with a problem naming bbox', async () => {
    for (const q of ['', '?bbox=1,2,3', '?bbox=a,b,c,d', '?bbox=107.59,16.46,107.58,16.47', '?bbox=107.5,16.4,107.6,16.5']) {
      const res = await get(`/api/planning/context${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(res.body)).toContain('bbox');
    }
  });
});
