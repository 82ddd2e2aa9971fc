/**
 * SensorThings API 1.1 against a live server (PGlite, and PostgreSQL when TEST_DATABASE_URL is
 * set): deep insert, every query option, $filter incl. geo.intersects and time, paging links,
 * CreateObservations, validation errors naming the field, and the write-access refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '../../src/server/auth/authService.ts';
import { startStaHarness, type StaHarness } from '../unit/server/sta/staHarness.ts';
import { call, loginAs } from './apiClient.ts';
import { BACKENDS } from './testServer.ts';

const MEASUREMENT = 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement';
const ug = { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'http://qudt.org/vocab/unit/MicroGM-PER-M3' };
/** A station Thing at lon/lat with one PM2.5 Datastream and `n` hourly observations. */
const station = (name: string, lon: number, lat: number, n: number) => ({
  name,
  description: `Trạm ${name}`,
  properties: { code: name, ward: lon > 107.59 ? 'east' : 'west' },
  Locations: [{ name: `${name} site`, description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [lon, lat] } }],
  Datastreams: [
    {
      name: `${name} PM2.5`,
      description: '',
      unitOfMeasurement: { ...ug },
      observationType: MEASUREMENT,
      Sensor: { name: 'PMS5003', description: 'optical', encodingType: 'application/pdf', metadata: 'https://example.org/pms5003.pdf' },
      ObservedProperty: { name: 'PM2.5', definition: 'http://vocab.nerc.ac.uk/collection/P01/current/PMSAL25A/', description: '' },
      Observations: Array.from({ length: n }, (_, i) => ({ phenomenonTime: new Date(Date.UTC(2025, 0, 1, i)).toISOString(), result: 10 + i })),
    },
  ],
});

describe.each(BACKENDS)('SensorThings API on %s', (backend) => {
  let h: StaHarness;
  let admin: string;
  let viewer: string;
  const get = (path: string) => call(h.url, 'GET', `/api/sta/v1.1/${path}`);
  const post = (path: string, body: unknown, token = admin) => call(h.url, 'POST', `/api/sta/v1.1/${path}`, { body, token });

  beforeAll(async () => {
    h = await startStaHarness(backend);
    admin = await loginAs(h.url, 'admin', 'test-admin-pw');
    await upsertUser(h.db, { username: 'planner', password: 'pw-planner-1', roles: { planning: 'editor' } });
    viewer = await loginAs(h.url, 'planner', 'pw-planner-1');
    for (const [name, lon, lat, n] of [['A', 107.58, 16.46, 5], ['B', 107.6, 16.47, 3], ['C', 107.7, 16.6, 2]] as const) {
      const created = await post('Things', station(name, lon, lat, n));
      expect(created.status, created.text).toBe(201);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves the service root with MQTT conformance', async () => {
    const root = await get('');
    expect(root.body.value.map((v: { name: string }) => v.name)).toContain('Datastreams');
    expect(root.body.serverSettings.conformance).toContain('http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation');
  });

  it('reads back a deep insert through navigation and $expand', async () => {
    const things = await get("Things?$filter=name eq 'A'&$expand=Locations,Datastreams($expand=Sensor,ObservedProperty,Observations($orderby=phenomenonTime desc;$top=2;$count=true))");
    const a = things.body.value[0];
    expect(a['@iot.selfLink']).toMatch(/Things\(\d+\)$/);
    expect(a.Locations[0].location.coordinates).toEqual([107.58, 16.46]);
    const ds = a.Datastreams[0];
    expect(ds.Sensor.name).toBe('PMS5003');
    expect(ds.unitOfMeasurement.symbol).toBe('µg/m³');
    expect(ds.Observations.map((o: { result: number }) => o.result)).toEqual([14, 13]);
    expect(ds['Observations@iot.count']).toBe(5);
    expect(ds['Observations@iot.nextLink']).toContain('$skip=2');
    const nav = await get(`Datastreams(${ds['@iot.id']})/Observations?$count=true`);
    expect(nav.body['@iot.count']).toBe(5);
    expect((await get(`Datastreams(${ds['@iot.id']})/Thing`)).body.name).toBe('A');
    expect((await get(`Things(${a['@iot.id']})/name`)).body).toEqual({ name: 'A' });
    expect((await get(`Things(${a['@iot.id']})/HistoricalLocations`)).body.value).toHaveLength(1);
    expect((await get('Things(999999)')).status).toBe(404);
  });

  it('supports $top, $skip, $orderby, $select and @iot.nextLink paging', async () => {
    const page1 = await get('Observations?$orderby=result desc&$top=4&$select=result,id&$count=true');
    expect(page1.body['@iot.count']).toBe(10);
    expect(page1.body.value.map((o: { result: number }) => o.result)).toEqual([14, 13, 12, 12]);
    expect(Object.keys(page1.body.value[0]).sort()).toEqual(['@iot.id', '@iot.selfLink', 'result']);
    const next = new URL(page1.body['@iot.nextLink']);
    const page2 = await call(h.url, 'GET', `${next.pathname}${next.search}`);
    expect(page2.body.value).toHaveLength(4);
    const page3 = await call(h.url, 'GET', new URL(page2.body['@iot.nextLink']).pathname + new URL(page2.body['@iot.nextLink']).search);
    expect(page3.body.value).toHaveLength(2);
    expect(page3.body['@iot.nextLink']).toBeUndefined();
    expect((await get('Things?$skip=2')).body.value).toHaveLength(1);
  });

  it('filters with comparisons, logic, functions, time and geo.intersects', async () => {
    const names = async (q: string) => ((await get(`Things?$filter=${encodeURIComponent(q)}`)).body.value ?? []).map((t: { name: string }) => t.name);
    expect(await names("name eq 'A' or (name eq 'B' and not (name ne 'B'))")).toEqual(['A', 'B']);
    expect(await names("properties/ward eq 'east'")).toEqual(['B', 'C']);
    expect(await names("startswith(tolower(description), 'trạm c')")).toEqual(['C']);
    const inside = "geo.intersects(location, geography'POLYGON((107.5 16.4, 107.65 16.4, 107.65 16.5, 107.5 16.5, 107.5 16.4))')";
    expect((await get(`Locations?$filter=${encodeURIComponent(inside)}`)).body.value.map((l: { name: string }) => l.name)).toEqual(['A site', 'B site']);
    const timeQ = 'phenomenonTime ge 2025-01-01T03:00:00Z and result lt 14';
    expect((await get(`Observations?$filter=${encodeURIComponent(timeQ)}`)).body.value.map((o: { result: number }) => o.result)).toEqual([13]);
    const viaNav = await get(`Observations?$filter=${encodeURIComponent("Datastream/Thing/name eq 'C'")}`);
    expect(viaNav.body.value).toHaveLength(2);
    const unknown = await get(`Things?$filter=${encodeURIComponent('colour eq 1')}`);
    expect(unknown.status).toBe(400);
    expect(unknown.type).toContain('problem+json');
    expect(unknown.body.detail).toContain('no property "colour"');
    expect((await get(`Things?$filter=${encodeURIComponent("name eq 'x")}`)).body.detail).toContain('unterminated');
    expect((await get(`Things?$filter=${encodeURIComponent("name eq 'x'); DROP TABLE sta_things; --")}`)).status).toBe(400);
    expect((await get('Things?$top=10001')).status).toBe(400);
  });

  it('creates Observations under a Datastream and in bulk (CreateObservations)', async () => {
    const ds = (await get("Datastreams?$filter=name eq 'C PM2.5'")).body.value[0]['@iot.id'];
    const one = await post(`Datastreams(${ds})/Observations`, { phenomenonTime: '2025-01-02T00:00:00Z', result: 7, parameters: { seq: 1 } });
    expect(one.status).toBe(201);
    expect((await get(`Observations(${one.body['@iot.id']})/FeatureOfInterest`)).body.feature.coordinates).toEqual([107.7, 16.6]);
    const dup = await post(`Datastreams(${ds})/Observations`, { phenomenonTime: '2025-01-02T00:00:00Z', result: 8 });
    expect(dup.status).toBe(409);
    const bulk = await post('CreateObservations', [
      { Datastream: { '@iot.id': ds }, components: ['phenomenonTime', 'result'], dataArray: [['2025-01-03T00:00:00Z', 1], ['2025-01-03T01:00:00Z', -1], ['2999-01-01T00:00:00Z', 2]] },
    ]);
    expect(bulk.status).toBe(201);
    expect(bulk.body[0]).toMatch(/Observations\(\d+\)$/);
    expect(bulk.body[1]).toMatch(/^error: out_of_range/);
    expect(bulk.body[2]).toMatch(/^error: future_time/);
    const stats = h.iot.ingestStats();
    expect(stats.rejected.out_of_range).toBeGreaterThanOrEqual(1);
    expect(stats.rejected.duplicate).toBeGreaterThanOrEqual(1);
  });

  it('names the faulty field and writes nothing on invalid input', async () => {
    const before = (await get('Things?$count=true&$top=0')).body['@iot.count'];
    const broken = station('D', 107.5, 16.4, 0);
    delete (broken.Datastreams[0].unitOfMeasurement as Partial<typeof ug>).symbol;
    const answer = await post('Things', broken);
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toContain('Thing.Datastreams[0].unitOfMeasurement.symbol');
    expect((await post('Things', { description: 'no name' })).body.detail).toContain('Thing.name');
    expect((await get('Things?$count=true&$top=0')).body['@iot.count']).toBe(before);
  });

  it('refuses writes without the environment editor role', async () => {
    expect((await call(h.url, 'POST', '/api/sta/v1.1/Things', { body: { name: 'x' } })).status).toBe(401);
    const forbidden = await post('Things', { name: 'x' }, viewer);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toContain('environment');
  });
});
