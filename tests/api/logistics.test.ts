/**
 * Logistics API on the real server (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), with the
 * logistics layers and heritage monuments in a temp catalog: routes between facilities checked
 * against an independent shortest path over the network GeoJSON served by OGC API – Features,
 * isochrones that nest, disruption and flood impact (heritage sites, SensorThings Locations),
 * graph rebuild after a network edit, and problem+json answers for bad input.
 */
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, loginAs, type ApiAnswer } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

type Position = [number, number];
interface LineFeature {
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: Position[] };
}

async function logisticsLayersDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-logistics-layers-'));
  for (const id of ['logistics-network', 'logistics-facilities', 'logistics-flows', 'logistics-flood-zones', 'heritage-monuments']) {
    for (const ext of ['.json', '.geojson']) await symlink(path.resolve('layers', id + ext), path.join(dir, id + ext));
  }
  return dir;
}

/** Haversine distance in metres (independent of the product's geodesy module). */
function haversine(a: Position, b: Position): number {
  const r = Math.PI / 180;
  const s = Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(s));
}

/**
 * The independent check: a plain O(n²) Dijkstra over the network GeoJSON, joining lines at equal
 * vertices only (the served file is noded), on the segments `usable` accepts; length in metres
 * from the vertex nearest `from` to the vertex nearest `to`.
 */
function independentShortestM(lines: LineFeature[], usable: (f: LineFeature) => boolean, from: Position, to: Position): number {
  const key = (p: Position) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
  const adj = new Map<string, Array<[string, number]>>();
  const pos = new Map<string, Position>();
  for (const f of lines.filter(usable)) {
    const c = f.geometry.coordinates;
    for (let i = 1; i < c.length; i++) {
      const [a, b] = [key(c[i - 1]), key(c[i])];
      pos.set(a, c[i - 1]);
      pos.set(b, c[i]);
      const d = haversine(c[i - 1], c[i]);
      adj.set(a, [...(adj.get(a) ?? []), [b, d]]);
      adj.set(b, [...(adj.get(b) ?? []), [a, d]]);
    }
  }
  const nearest = (p: Position) => [...pos].reduce((best, [k, q]) => (haversine(p, q) < haversine(p, pos.get(best)!) ? k : best), pos.keys().next().value as string);
  const start = nearest(from);
  const goal = nearest(to);
  const dist = new Map<string, number>([[start, 0]]);
  const done = new Set<string>();
  for (;;) {
    let u: string | undefined;
    for (const [k, d] of dist) if (!done.has(k) && (u === undefined || d < dist.get(u)!)) u = k;
    if (u === undefined) return Infinity;
    if (u === goal) return dist.get(u)!;
    done.add(u);
    for (const [v, w] of adj.get(u) ?? []) if (dist.get(u)! + w < (dist.get(v) ?? Infinity)) dist.set(v, dist.get(u)! + w);
  }
}

/** Whether p lies inside the ring (ray casting). */
function inside(p: Position, ring: Position[]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i], ring[j]];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
}

describe.each(BACKENDS)('logistics API on %s', (backend) => {
  let server: TestServer;
  let layersDir: string;
  let network: LineFeature[];
  let facilities: Map<string, Position>;
  const api = (method: string, p: string, options: Parameters<typeof call>[3] = {}): Promise<ApiAnswer> => call(server.url, method, p, options);
  const expectProblem = (answer: ApiAnswer, status: number, detail: RegExp) => {
    expect(answer.status, answer.text).toBe(status);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.body.detail).toMatch(detail);
  };

  beforeAll(async () => {
    layersDir = await logisticsLayersDir();
    server = await startTestServer(backend, { LAYERS_DIR: layersDir, ADMIN_PASSWORD: 'logistics-admin-pw' });
    network = (await api('GET', '/api/collections/logistics-network/items?limit=1000')).body.features;
    const facilityItems = (await api('GET', '/api/collections/logistics-facilities/items?limit=1000')).body.features as Array<{ id: string; geometry: { coordinates: Position } }>;
    facilities = new Map(facilityItems.map((f) => [f.id, f.geometry.coordinates]));
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    if (layersDir) await rm(layersDir, { recursive: true, force: true });
  });

  it('serves the network, facilities and flows as collections, and builds the graph from them at start', async () => {
    expect(network.length).toBeGreaterThan(30);
    expect(facilities.size).toBeGreaterThanOrEqual(20);
    const summary = (await api('GET', '/api/logistics/network')).body;
    expect(summary.segments).toBe(network.length);
    expect(summary.nodes).toBeGreaterThan(50);
    expect(summary.components).toEqual({ car: 1, truck: 1, rail: 1 });
    expect(summary.facilities).toBe(facilities.size);
  });

  it.each([
    ['kcn-phong-dien', 'cang-chan-may'],
    ['trung-tam-phan-phoi-huong-so', 'san-bay-phu-bai'],
    ['hai-quan-thuy-an', 'cang-thuan-an'],
  ])('routes %s → %s within 5 percent of an independent shortest path over the served network', async (a, b) => {
    const answer = await api('GET', `/api/logistics/route?from=facility:${a}&to=facility:${b}&metric=distance`);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.type).toContain('application/geo+json');
    const route = answer.body;
    expect(route.type).toBe('Feature');
    expect(route.geometry.type).toBe('LineString');
    const truth = independentShortestM(network, (f) => f.properties.class !== 'railway', facilities.get(a)!, facilities.get(b)!);
    expect(truth).toBeLessThan(Infinity);
    expect(Math.abs(route.properties.length_m - truth) / truth).toBeLessThan(0.05);
    // The line drawn is the length reported; steps add up; the ends are the facilities.
    const drawn = route.geometry.coordinates.slice(1).reduce((s: number, p: Position, i: number) => s + haversine(route.geometry.coordinates[i], p), 0);
    expect(Math.abs(drawn - route.properties.length_m)).toBeLessThan(1);
    const stepSum = route.properties.steps.reduce((s: number, x: { length_m: number }) => s + x.length_m, 0);
    expect(Math.abs(stepSum - route.properties.length_m)).toBeLessThan(1);
    expect(route.properties.from).toMatchObject({ facility: a, snap_distance_m: 0 });
    expect(route.properties.duration_s).toBeGreaterThan(0);
    expect(route.properties.steps.every((s: { name_vi: string }) => typeof s.name_vi === 'string' && s.name_vi.length > 0)).toBe(true);
  });

  it('routes trucks around the Citadel truck ban and the Trường Tiền load limit; cars may use them', async () => {
    // North bank (Trần Hưng Đạo) to the south bank (Lê Lợi) right across Trường Tiền bridge.
    const q = 'from=107.5930,16.4705&to=107.5908,16.4655&metric=distance';
    const car = (await api('GET', `/api/logistics/route?${q}&profile=car`)).body;
    const truck = (await api('GET', `/api/logistics/route?${q}&profile=truck`)).body;
    expect(car.properties.segments).toContain('cau-truong-tien');
    expect(truck.properties.segments).not.toContain('cau-truong-tien');
    expect(truck.properties.length_m).toBeGreaterThan(car.properties.length_m);
    const bannedIds = network.filter((f) => f.properties.truck_banned === true).map((f) => f.id);
    expect(bannedIds.length).toBeGreaterThan(0);
    for (const id of truck.properties.segments) expect(bannedIds).not.toContain(id);
  });

  it('honours closures: closing a used segment reroutes, and fastest is no slower than shortest', async () => {
    const base = '/api/logistics/route?from=facility:kcn-phu-bai&to=facility:ga-hue&profile=truck';
    const fastest = (await api('GET', base)).body;
    const shortest = (await api('GET', `${base}&metric=distance`)).body;
    expect(fastest.properties.duration_s).toBeLessThanOrEqual(shortest.properties.duration_s + 0.1);
    const used = (fastest.properties.segments as string[]).find((s) => s.startsWith('ql1a'))!;
    const rerouted = await api('GET', `${base}&closed=${used}`);
    if (rerouted.status === 200) {
      expect(rerouted.body.properties.segments).not.toContain(used);
      expect(rerouted.body.properties.duration_s).toBeGreaterThanOrEqual(fastest.properties.duration_s);
      expect(rerouted.body.properties.closed_segments).toEqual([used]);
    } else {
      expectProblem(rerouted, 422, /No truck route/);
    }
  });

  it('answers bad input with problem+json: malformed, unknown facility, off the network, disconnected', async () => {
    expectProblem(await api('GET', '/api/logistics/route?to=107.58,16.46'), 400, /from is required/);
    for (const bad of ['abc', '16.46', '107.58,16.46,3', '200,16', '107.58;16.46', 'NaN,1']) {
      expectProblem(await api('GET', `/api/logistics/route?from=${encodeURIComponent(bad)}&to=107.58,16.46`), 400, /lon,lat/);
    }
    expectProblem(await api('GET', '/api/logistics/route?from=facility:nowhere&to=facility:ga-hue'), 404, /no facility "nowhere"/);
    expectProblem(await api('GET', '/api/logistics/route?from=107.2,16.2&to=facility:ga-hue'), 422, /from .* more than 2000 m/);
    expectProblem(await api('GET', '/api/logistics/route?from=facility:ga-hue&to=facility:cang-chan-may&profile=rail'), 422, /to .* more than 2000 m .* rail/);
    expectProblem(await api('GET', '/api/logistics/route?from=facility:ga-hue&to=facility:ga-hue&profile=bicycle'), 400, /profile must be/);
    expectProblem(await api('GET', '/api/logistics/route?from=facility:ga-hue&to=facility:ga-hue&closed=nope'), 400, /unknown segment id/);
    expectProblem(await api('GET', '/api/logistics/route?from=facility:ga-hue&to=facility:ga-hue&flood=deep'), 400, /flood must be/);
    // Thuận An port hangs off QL49A: with QL49A closed its access road is an island.
    expectProblem(await api('GET', '/api/logistics/route?from=facility:cang-thuan-an&to=facility:ga-hue&closed=ql49a-hue-thuan-an'), 422, /No car route/);
    expectProblem(await api('GET', '/api/logistics/isochrone?from=facility:ga-hue&minutes=0,30'), 400, /minutes must be/);
    expectProblem(await api('POST', '/api/logistics/disruption', { body: [1, 2] }), 400, /JSON object/);
    expectProblem(await api('POST', '/api/logistics/disruption', { body: { closed: ['x'] } }), 400, /Unknown field/);
    expectProblem(await api('POST', '/api/logistics/disruption', { body: { closedSegments: ['nope'] } }), 400, /unknown segment id/);
    expectProblem(await api('POST', '/api/logistics/disruption', { body: { routes: [{ from: 'facility:zzz', to: 'facility:ga-hue' }] } }), 404, /no facility "zzz"/);
  });

  it('returns isochrones that nest (15 ⊂ 30 ⊂ 60 min) and contain the start', async () => {
    const answer = await api('GET', '/api/logistics/isochrone?from=facility:san-bay-phu-bai&minutes=60,15,30&profile=truck');
    expect(answer.status, answer.text).toBe(200);
    const features = answer.body.features as Array<{ properties: { minutes: number; reached_nodes: number; snapped: Position }; geometry: { coordinates: Position[][] } }>;
    expect(features.map((f) => f.properties.minutes)).toEqual([15, 30, 60]);
    for (let i = 0; i + 1 < features.length; i++) {
      for (const p of features[i].geometry.coordinates[0]) expect(inside(p, features[i + 1].geometry.coordinates[0])).toBe(true);
      expect(features[i].properties.reached_nodes).toBeLessThanOrEqual(features[i + 1].properties.reached_nodes);
    }
    expect(inside(features[0].properties.snapped, features[0].geometry.coordinates[0])).toBe(true);

    const cells = await api('GET', '/api/logistics/isochrone?from=facility:san-bay-phu-bai&profile=truck&method=cells');
    expect(cells.status, cells.text).toBe(200);
    const bands = cells.body.features as Array<{ properties: { method: string }; geometry: { type: string; coordinates: Position[][][] } }>;
    expect(bands.map((f) => [f.geometry.type, f.properties.method])).toEqual(Array(3).fill(['MultiPolygon', 'cells']));
    const inBand = (p: Position, polygons: Position[][][]) => polygons.flat().filter((ring) => inside(p, ring)).length % 2 === 1;
    expect(inBand(features[0].properties.snapped, bands[0].geometry.coordinates)).toBe(true);
    expectProblem(await api('GET', '/api/logistics/isochrone?from=facility:ga-hue&method=concave'), 400, /method must be/);
  });

  it('assesses a disruption: reroutes, added time, unreachable facilities, flooded heritage sites and sensors', async () => {
    // A SensorThings Location by the Perfume River (north bank, in the lowest city zone).
    const token = await loginAs(server.url, 'admin', 'logistics-admin-pw');
    const created = await api('POST', '/api/sta/v1.1/Things', {
      token,
      body: { name: 'Trạm đo mực nước Kim Long', description: 'water level (test)', Locations: [{ name: 'Kim Long riverside', description: 'test', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.556, 16.4565] } }] },
    });
    expect(created.status, created.text).toBe(201);

    const calm = (await api('POST', '/api/logistics/disruption', { body: {} })).body;
    expect(calm.routes.length).toBe(12);
    expect(calm.routes.every((r: { rerouted: boolean; added_s: number }) => !r.rerouted && r.added_s === 0)).toBe(true);
    expect(calm.unreachableFacilities).toEqual([]);

    const answer = await api('POST', '/api/logistics/disruption', { body: { floodLevelM: 3.5, profile: 'truck' } });
    expect(answer.status, answer.text).toBe(200);
    const result = answer.body;
    expect(result.floodClosedSegments).toContain('ql49a-hue-thuan-an');
    expect(result.unreachableFacilities.map((f: { id: string }) => f.id)).toContain('cang-thuan-an');
    const fromThuanAn = result.routes.find((r: { from: string }) => r.from === 'facility:cang-thuan-an');
    expect(fromThuanAn).toMatchObject({ unreachable: true, after: null, added_s: null });
    // QL1A by the Cầu Hai lagoon is under water: Chân Mây port is cut off from Huế.
    expect(result.routes.find((r: { from: string; to: string }) => r.from === 'facility:kcn-phu-bai' && r.to === 'facility:cang-chan-may')).toMatchObject({ unreachable: true });
    const heritage = result.flood.heritageSites.map((h: { id: string }) => h.id);
    expect(heritage).toEqual(expect.arrayContaining(['chua-thien-mu', 'ngo-mon', 'dien-thai-hoa']));
    expect(heritage).not.toContain('lang-khai-dinh');
    expect(result.flood.sensors.map((s: { name: string }) => s.name)).toContain('Kim Long riverside');
    expect(result.flood.zones.map((z: { id: string }) => z.id)).toContain('trung-kinh-thanh');

    const low = (await api('POST', '/api/logistics/disruption', { body: { floodLevelM: 0.5 } })).body;
    expect(low.floodClosedSegments).toEqual([]);
    expect(low.flood.heritageSites).toEqual([]);

    // Closing Phú Xuân bridge: cars reroute over Trường Tiền (slower); trucks (8 t limit there) cannot cross.
    const routes = [{ from: 'facility:bai-hang-ga-hue', to: 'facility:trung-tam-phan-phoi-huong-so' }];
    const car = (await api('POST', '/api/logistics/disruption', { body: { closedSegments: ['cau-phu-xuan'], profile: 'car', routes } })).body;
    expect(car.routes).toHaveLength(1);
    expect(car.routes[0]).toMatchObject({ rerouted: true, unreachable: false });
    expect(car.routes[0].added_s).toBeGreaterThan(0);
    expect(car.routes[0].after.duration_s - car.routes[0].before.duration_s).toBeCloseTo(car.routes[0].added_s, 0);
    expect(car.flood).toBeUndefined();
    const truck = (await api('POST', '/api/logistics/disruption', { body: { closedSegments: ['cau-phu-xuan'], routes } })).body;
    expect(truck.profile).toBe('truck');
    expect(truck.routes[0]).toMatchObject({ unreachable: true, after: null });
    expect(truck.unreachableFacilities.map((f: { id: string }) => f.id)).toContain('trung-tam-phan-phoi-huong-so');
  });

  it('rebuilds the graph when the network collection changes (an island road cannot be reached)', async () => {
    const token = await loginAs(server.url, 'admin', 'logistics-admin-pw');
    const before = (await api('GET', '/api/logistics/network')).body;
    const island = { type: 'Feature', id: 'test-island-road', properties: { name_vi: 'Đường thử (đảo)', name_en: 'Test island road', class: 'secondary', synthetic: true, source: 'approximate: test' }, geometry: { type: 'LineString', coordinates: [[107.45, 16.3], [107.455, 16.3]] } };
    const created = await api('POST', '/api/collections/logistics-network/items', { token, body: island });
    expect(created.status, created.text).toBe(201);
    const after = (await api('GET', '/api/logistics/network')).body;
    expect(after.revision).not.toBe(before.revision);
    expect(after.segments).toBe(before.segments + 1);
    expect(after.components.car).toBe(2);
    expectProblem(await api('GET', '/api/logistics/route?from=107.452,16.3001&to=facility:ga-hue'), 422, /No car route/);
    const removed = await api('DELETE', '/api/collections/logistics-network/items/test-island-road', { token, headers: { 'if-match': created.headers.get('etag') ?? '*' } });
    expect([200, 204]).toContain(removed.status);
    expect((await api('GET', '/api/logistics/network')).body.components.car).toBe(1);
  });
});
