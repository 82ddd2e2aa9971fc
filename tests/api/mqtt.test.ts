/**
 * MQTT ingest against a live server: a plain `mqtt` client publishes with device credentials and
 * the observation is read back through SensorThings and arrives on a /api/live WebSocket;
 * malformed payloads are counted per reason without a crash; anonymous publish is refused; a
 * subscriber receives observations created over HTTP.
 */
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { upsertMqttClient } from '../../src/server/iot/mqttClients.ts';
import { startStaHarness, type StaHarness } from '../unit/server/sta/staHarness.ts';
import { call, loginAs } from './apiClient.ts';
import { BACKENDS } from './testServer.ts';

const thing = {
  name: 'MQTT station',
  Locations: [{ name: 'site', description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.59, 16.46] } }],
  Datastreams: [
    {
      name: 'NO2',
      description: '',
      unitOfMeasurement: { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' },
      observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement',
      Sensor: { name: 's', description: '', encodingType: 'text/plain', metadata: 'none' },
      ObservedProperty: { name: 'NO2', definition: 'no2', description: '' },
    },
  ],
};

describe.each(BACKENDS)('MQTT ingest on %s', (backend) => {
  let h: StaHarness;
  let admin: string;
  let ds: number;
  let device: mqtt.MqttClient;

  beforeAll(async () => {
    h = await startStaHarness(backend);
    admin = await loginAs(h.url, 'admin', 'test-admin-pw');
    await call(h.url, 'POST', '/api/sta/v1.1/Things', { body: thing, token: admin });
    ds = (await call(h.url, 'GET', '/api/sta/v1.1/Datastreams')).body.value[0]['@iot.id'];
    await upsertMqttClient(h.db, { username: 'station-1', password: 'device-secret-1', allowedDatastreams: [ds] });
    device = await mqtt.connectAsync(h.mqttUrl, { username: 'station-1', password: 'device-secret-1', reconnectPeriod: 0 });
  });
  afterAll(async () => {
    await device?.endAsync();
    await h?.close();
  });

  it('stores a QoS 1 publish before the PUBACK, reads it back and pushes it to the browser', async () => {
    const ws = new WebSocket(`${h.url.replace('http', 'ws')}/api/live`);
    const pushed = new Promise<Array<Record<string, unknown>>>((resolve) => {
      ws.on('message', (data) => {
        const events = JSON.parse(String(data)) as Array<Record<string, unknown>>;
        const obs = events.filter((e) => e.type === 'observation');
        if (obs.length) resolve(obs);
      });
    });
    await new Promise((resolve) => ws.once('open', resolve));
    await device.publishAsync(`v1.1/Datastreams(${ds})/Observations`, JSON.stringify({ phenomenonTime: '2025-03-01T00:00:00Z', result: 41.5, parameters: { seq: 'a1' } }), { qos: 1 });
    const back = await call(h.url, 'GET', `/api/sta/v1.1/Datastreams(${ds})/Observations?$filter=${encodeURIComponent("parameters/seq eq 'a1'")}`);
    expect(back.body.value).toHaveLength(1);
    expect(back.body.value[0].result).toBe(41.5);
    const [event] = await pushed;
    expect(event).toMatchObject({ ds, result: 41.5, t: '2025-03-01T00:00:00.000Z' });
    ws.close();
  });

  it('rejects and counts malformed payloads per reason and keeps serving', async () => {
    const topic = `v1.1/Datastreams(${ds})/Observations`;
    const future = new Date(Date.now() + 3600_000).toISOString();
    await device.publishAsync(topic, '{not json', { qos: 1 });
    await device.publishAsync(topic, JSON.stringify({ result: -3 }), { qos: 1 });
    await device.publishAsync(topic, JSON.stringify({ result: 3, parameters: { unit: 'ppm' } }), { qos: 1 });
    await device.publishAsync(topic, JSON.stringify({ result: 3, phenomenonTime: future }), { qos: 1 });
    await device.publishAsync(topic, JSON.stringify({ phenomenonTime: '2025-03-01T00:00:00Z', result: 1 }), { qos: 1 });
    await device.publishAsync('v1.1/Datastreams(999999)/Observations', JSON.stringify({ result: 1 }), { qos: 1 });
    const r = h.iot.ingestStats().rejected;
    expect(r).toMatchObject({ bad_json: 1, out_of_range: 1, wrong_unit: 1, future_time: 1, duplicate: 1, not_allowed: 1 });
    const anon = await mqtt.connectAsync(h.mqttUrl, { reconnectPeriod: 0 });
    const closed = new Promise<void>((resolve) => anon.once('close', () => resolve()));
    anon.publish(topic, JSON.stringify({ result: 5 }), { qos: 1 });
    await closed;
    await anon.endAsync(true);
    const wrong = mqtt.connectAsync(h.mqttUrl, { username: 'station-1', password: 'nope', reconnectPeriod: 0 });
    await expect(wrong).rejects.toThrow();
    expect((await call(h.url, 'GET', `/api/sta/v1.1/Datastreams(${ds})/Observations?$count=true`)).body['@iot.count']).toBe(1);
  });

  it('delivers observations created over HTTP to MQTT subscribers', async () => {
    const sub = await mqtt.connectAsync(h.mqttUrl, { reconnectPeriod: 0 });
    await sub.subscribeAsync(`v1.1/Datastreams(${ds})/Observations`, { qos: 1 });
    const got = new Promise<Record<string, unknown>>((resolve) => sub.on('message', (_t, payload) => resolve(JSON.parse(payload.toString()))));
    const created = await call(h.url, 'POST', `/api/sta/v1.1/Datastreams(${ds})/Observations`, { body: { phenomenonTime: '2025-03-02T00:00:00Z', result: 9 }, token: admin });
    expect(created.status).toBe(201);
    const msg = await got;
    expect(msg['@iot.id']).toBe(created.body['@iot.id']);
    expect(msg.result).toBe(9);
    await sub.endAsync();
  });
});
