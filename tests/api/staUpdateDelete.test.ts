/**
 * SensorThings PATCH and DELETE on a real server: partial updates checked like creates (problem+json
 * naming the field, nothing changed on error), a Thing's new Location adds a HistoricalLocation, an
 * Observation is re-validated against its Datastream, and deletes follow the spec's integrity rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaHarness, type StaHarness } from '../unit/server/sta/staHarness.ts';
import { call, loginAs } from './apiClient.ts';
import { BACKENDS } from './testServer.ts';

const STA = '/api/sta/v1.1';
const thing = {
  name: 'Patch station',
  Locations: [{ name: 'old site', description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.58, 16.46] } }],
  Datastreams: [
    {
      name: 'PM10',
      description: '',
      unitOfMeasurement: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' },
      observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement',
      Sensor: { name: 's', description: '', encodingType: 'text/plain', metadata: 'none' },
      ObservedProperty: { name: 'PM10', definition: 'pm10', description: '' },
      Observations: [
        { phenomenonTime: '2025-05-01T00:00:00Z', result: 10 },
        { phenomenonTime: '2025-05-01T01:00:00Z', result: 11 },
      ],
    },
  ],
};

describe.each(BACKENDS)('SensorThings PATCH/DELETE on %s', (backend) => {
  let h: StaHarness;
  let admin: string;
  let thingId: number;
  let dsId: number;

  beforeAll(async () => {
    h = await startStaHarness(backend);
    admin = await loginAs(h.url, 'admin', 'test-admin-pw');
    thingId = (await call(h.url, 'POST', `${STA}/Things`, { body: thing, token: admin })).body['@iot.id'];
    dsId = (await call(h.url, 'GET', `${STA}/Things(${thingId})/Datastreams`)).body.value[0]['@iot.id'];
  });
  afterAll(async () => {
    await h?.close();
  });

  it('patches only the properties sent and refuses bad ones without changing anything', async () => {
    const ok = await call(h.url, 'PATCH', `${STA}/Things(${thingId})`, { body: { description: 'renovated', properties: { owner: 'city' } }, token: admin });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Patch station', description: 'renovated', properties: { owner: 'city' } });
    const bad = await call(h.url, 'PATCH', `${STA}/Things(${thingId})`, { body: { description: 'x', colour: 'red' }, token: admin });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.detail).toContain('Thing.colour');
    expect((await call(h.url, 'GET', `${STA}/Things(${thingId})`)).body.description).toBe('renovated');
    expect((await call(h.url, 'PATCH', `${STA}/Datastreams(${dsId})`, { body: { unitOfMeasurement: { symbol: 'x' } }, token: admin })).status).toBe(400);
    expect((await call(h.url, 'PATCH', `${STA}/Things(999999)`, { body: { name: 'x' }, token: admin })).status).toBe(404);
    expect((await call(h.url, 'PATCH', `${STA}/Things(${thingId})`, { body: { name: 'x' } })).status).toBe(401);
    expect((await call(h.url, 'PATCH', `${STA}/Things`, { body: { name: 'x' }, token: admin })).status).toBe(405);
  });

  it('moves a Thing to another Location and records a HistoricalLocation', async () => {
    const loc = (await call(h.url, 'POST', `${STA}/Locations`, { body: { name: 'new site', description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.6, 16.47] } }, token: admin })).body['@iot.id'];
    const before = (await call(h.url, 'GET', `${STA}/Things(${thingId})/HistoricalLocations?$count=true`)).body['@iot.count'];
    expect((await call(h.url, 'PATCH', `${STA}/Things(${thingId})`, { body: { Locations: [{ '@iot.id': loc }] }, token: admin })).status).toBe(200);
    const locations = (await call(h.url, 'GET', `${STA}/Things(${thingId})/Locations`)).body.value;
    expect(locations.map((l: { name: string }) => l.name)).toEqual(['new site']);
    expect((await call(h.url, 'GET', `${STA}/Things(${thingId})/HistoricalLocations?$count=true`)).body['@iot.count']).toBe(before + 1);
  });

  it('re-validates a patched Observation against its Datastream', async () => {
    const [first, second] = (await call(h.url, 'GET', `${STA}/Datastreams(${dsId})/Observations?$orderby=phenomenonTime`)).body.value;
    const ok = await call(h.url, 'PATCH', `${STA}/Observations(${first['@iot.id']})`, { body: { result: 12.5 }, token: admin });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ result: 12.5, phenomenonTime: '2025-05-01T00:00:00.000Z' });
    expect((await call(h.url, 'PATCH', `${STA}/Observations(${first['@iot.id']})`, { body: { result: -1 }, token: admin })).status).toBe(400);
    expect((await call(h.url, 'PATCH', `${STA}/Observations(${first['@iot.id']})`, { body: { phenomenonTime: second.phenomenonTime }, token: admin })).status).toBe(409);
    expect((await call(h.url, 'GET', `${STA}/Observations(${first['@iot.id']})`)).body.result).toBe(12.5);
  });

  it('deletes an Observation, then a Thing with its Datastreams and their Observations', async () => {
    const [first] = (await call(h.url, 'GET', `${STA}/Datastreams(${dsId})/Observations`)).body.value;
    expect((await call(h.url, 'DELETE', `${STA}/Observations(${first['@iot.id']})`, { token: admin })).status).toBe(200);
    expect((await call(h.url, 'GET', `${STA}/Observations(${first['@iot.id']})`)).status).toBe(404);
    expect((await call(h.url, 'DELETE', `${STA}/Things(${thingId})`)).status).toBe(401);
    expect((await call(h.url, 'DELETE', `${STA}/Things(${thingId})`, { token: admin })).status).toBe(200);
    expect((await call(h.url, 'GET', `${STA}/Things(${thingId})`)).status).toBe(404);
    expect((await call(h.url, 'GET', `${STA}/Datastreams(${dsId})`)).status).toBe(404);
    const [{ n }] = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sta_observations WHERE datastream_id = $1', [dsId]);
    expect(n).toBe(0);
    expect((await call(h.url, 'DELETE', `${STA}/Things(${thingId})`, { token: admin })).status).toBe(404);
  });
});
