/**
 * Throws thousands of malformed bodies, CQL2 strings and query parameters at a live server
 * (seeded, so failures reproduce): no 5xx, every error is problem+json, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, loginAs } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';
import { createRandom } from '../../src/sample/random.ts';

const ATOMS: unknown[] = [null, true, false, 0, -1, 1e308, -1e-308, NaN, 'x', '', '\u0000', '💥', "'; DROP TABLE features; --", [], {}, [[]], [1], [1, 2], [200, 100], [107.58, 16.47], [[107.58, 16.47]], { type: 'Point' }];
const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', 'Nope', 1, null];

function randomValue(r: () => number, depth = 0): unknown {
  const pick = r();
  if (depth > 3 || pick < 0.5) return ATOMS[Math.floor(r() * ATOMS.length)];
  if (pick < 0.75) return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(r() * 3) }, (_, i) => [['type', 'coordinates', 'geometry', 'properties', `k${i}`][Math.floor(r() * 5)]!, randomValue(r, depth + 1)]));
}

function randomFeature(r: () => number): unknown {
  const feature: Record<string, unknown> = {
    type: r() < 0.8 ? 'Feature' : randomValue(r),
    properties: r() < 0.7 ? { name_vi: randomValue(r), built: randomValue(r), kind: randomValue(r) } : randomValue(r),
    geometry: r() < 0.8 ? { type: GEOMETRY_TYPES[Math.floor(r() * GEOMETRY_TYPES.length)], coordinates: randomValue(r) } : randomValue(r),
  };
  if (r() < 0.3) feature.id = randomValue(r);
  return feature;
}

function mutate(r: () => number, text: string): string {
  const chars = [...text];
  const edits = 1 + Math.floor(r() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (chars.length + 1));
    const op = r();
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, '(),\'" =<>%_-9.AND'[Math.floor(r() * 18)]!);
    else chars.splice(at, 0, ...chars.slice(Math.floor(r() * chars.length), Math.floor(r() * chars.length)));
  }
  return chars.join('');
}

const CQL = [
  "kind = 'gate' AND built > 1800",
  "name_vi LIKE 'Lăng%' OR kind IN ('tomb', 'pagoda')",
  'S_INTERSECTS(geometry, POLYGON((107.5 16.4, 107.6 16.4, 107.6 16.5, 107.5 16.4)))',
  'built BETWEEN 1800 AND 1900 AND NOT synthetic = true',
];
const PARAMS = ['limit', 'offset', 'bbox', 'bbox-crs', 'crs', 'datetime', 'filter', 'filter-lang', 'asOf', 'f', 'kind', 'built'];

describe.each(BACKENDS)('fuzzing the API on %s', (backend) => {
  let server: TestServer;
  let token: string;
  let baseline: { features: number; history: number };
  const counts = async () => {
    const [row] = await server.db.query<{ features: number; history: number }>(
      'SELECT (SELECT count(*) FROM features)::int AS features, (SELECT count(*) FROM feature_history)::int AS history',
    );
    return row!;
  };
  const expectClean = (status: number, type: string, what: string) => {
    expect(status, what).toBeLessThan(500);
    if (status >= 400) expect(type, what).toContain('application/problem+json');
  };

  beforeAll(async () => {
    server = await startTestServer(backend, { ADMIN_PASSWORD: 'test-admin-pw' });
    token = await loginAs(server.url, 'admin', 'test-admin-pw');
    baseline = await counts();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('survives 600 malformed feature bodies without a 5xx or a write', async () => {
    const r = createRandom(1957).next;
    let accepted = 0;
    for (let i = 0; i < 600; i++) {
      const body = randomFeature(r);
      const raw = r() < 0.15 ? mutate(r, JSON.stringify(body) ?? 'null') : JSON.stringify(body);
      const method = ['POST', 'PUT', 'PATCH'][i % 3]!;
      const path = method === 'POST' ? '/api/collections/heritage-monuments/items' : '/api/collections/heritage-monuments/items/ky-dai';
      const answer = await call(server.url, method, path, { token, body: raw ?? 'null', headers: { 'if-match': '"999"' } });
      expectClean(answer.status, answer.type, `${method} ${raw}`);
      if (answer.status < 400) accepted++;
    }
    // Anything accepted must have been a valid point (and is then a real, versioned write); the rest changed nothing.
    const after = await counts();
    expect(after.features - baseline.features).toBe(accepted);
  });

  it('survives 800 mutated CQL2 filters and 600 random query strings', async () => {
    const r = createRandom(678).next;
    for (let i = 0; i < 800; i++) {
      const filter = mutate(r, CQL[i % CQL.length]!);
      const answer = await call(server.url, 'GET', `/api/collections/heritage-monuments/items?filter=${encodeURIComponent(filter)}`);
      expectClean(answer.status, answer.type, filter);
    }
    for (let i = 0; i < 600; i++) {
      const params = new URLSearchParams();
      for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
        params.append(PARAMS[Math.floor(r() * PARAMS.length)]!, String(randomValue(r)).slice(0, 200));
      }
      const answer = await call(server.url, 'GET', `/api/collections/heritage-monuments/items?${params}`);
      expectClean(answer.status, answer.type, params.toString());
    }
    const after = await counts();
    expect(after.features).toBeGreaterThanOrEqual(baseline.features);
  });
});
