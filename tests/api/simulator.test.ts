/**
 * The simulator on a real server: it provisions ~40 synthetic Things through the SensorThings
 * model, backfills hourly history, and its devices publish over MQTT with their own credentials —
 * the observations arrive in SensorThings and on /api/live. A restart on the same data creates
 * nothing twice. Emission sources are served as GeoJSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SIMULATED_DEVICES } from '../../src/environment/simulator/simulatedDevice.ts';
import { call } from './apiClient.ts';
import { BACKENDS, startTestServer, type TestServer } from './testServer.ts';

const SIM_ENV = { SIMULATOR: 'on', SIMULATOR_INTERVAL_S: '2', SIMULATOR_BACKFILL_HOURS: '3', SIMULATOR_SEED: '7' };
const MARK = encodeURIComponent("properties/simulator eq 'hue-twin-simulator'");

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.each(BACKENDS)('simulator on %s', (backend) => {
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(backend, SIM_ENV);
    base = server.url.replace('localhost', '127.0.0.1');
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('provisions synthetic Things, backfills, and publishes over MQTT into SensorThings and /api/live', async () => {
    const ws = new WebSocket(`${base.replace('http', 'ws')}/api/live`);
    const pushed: Array<Record<string, unknown>> = [];
    ws.on('message', (data) => pushed.push(...(JSON.parse(String(data)) as Array<Record<string, unknown>>)));
    await new Promise((resolve) => ws.once('open', resolve));

    const status = await waitFor('the simulator to publish', async () => {
      const s = (await call(base, 'GET', '/api/environment/simulator')).body;
      if (s.state === 'failed') throw new Error(`simulator failed: ${s.error}`);
      return s.state === 'running' && s.published > 0 ? s : undefined;
    });
    expect(status).toMatchObject({ enabled: true, seed: 7, intervalSeconds: 2, devices: { stations: 30, waterSensors: 4, trucks: 5 } });
    expect(status.backfilled).toBeGreaterThan(300);

    const things = (await call(base, 'GET', `/api/sta/v1.1/Things?$filter=${MARK}&$expand=Datastreams($select=id,properties)&$top=100&$count=true`)).body;
    expect(things['@iot.count']).toBe(SIMULATED_DEVICES.length);
    const station = things.value.find((t: { properties: { code: string } }) => t.properties.code === 'AQ-15');
    expect(station.properties).toMatchObject({ synthetic: true, kind: 'air-quality' });
    const pm25 = station.Datastreams.find((d: { properties: { quantity: string } }) => d.properties.quantity === 'pm25')['@iot.id'];

    // hourly backfill (on the hour) and live readings (any second) of the same Datastream
    const obs = await waitFor('live observations of AQ-15 PM2.5', async () => {
      const body = (await call(base, 'GET', `/api/sta/v1.1/Datastreams(${pm25})/Observations?$orderby=phenomenonTime desc&$top=50`)).body;
      return body.value.some((o: { phenomenonTime: string }) => !o.phenomenonTime.endsWith(':00:00.000Z')) ? body.value : undefined;
    });
    expect(obs.filter((o: { phenomenonTime: string }) => o.phenomenonTime.endsWith(':00:00.000Z')).length).toBeGreaterThanOrEqual(2);
    expect(obs.every((o: { result: number }) => typeof o.result === 'number' && o.result >= 0)).toBe(true);

    // live push of what the devices published
    await waitFor('observation events on /api/live', async () => (pushed.some((e) => e.type === 'observation') ? true : undefined));
    ws.close();

    // the devices logged in with their own credentials (a device row per simulated device)
    const [{ n }] = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM mqtt_clients WHERE username LIKE 'sim-%'");
    expect(n).toBe(SIMULATED_DEVICES.length);

    // trucks report GeoJSON positions
    const truck = things.value.find((t: { properties: { code: string } }) => t.properties.code === 'TRUCK-2');
    const position = truck.Datastreams.find((d: { properties: { quantity: string } }) => d.properties.quantity === 'position')['@iot.id'];
    const last = (await call(base, 'GET', `/api/sta/v1.1/Datastreams(${position})/Observations?$top=1&$orderby=phenomenonTime desc`)).body.value[0];
    expect(last.result.type).toBe('Point');
  }, 180_000);

  it('nowcasts a station 1–3 h ahead from its history, with the method and its error on past data', async () => {
    const things = (await call(base, 'GET', `/api/sta/v1.1/Things?$filter=${encodeURIComponent("properties/code eq 'AQ-15'")}`)).body.value;
    const answer = await call(base, 'GET', `/api/environment/nowcast?thing=${things[0]['@iot.id']}&quantity=pm25`);
    expect(answer.status).toBe(200);
    expect(answer.body.method).toContain('diurnal profile');
    const [pm25] = answer.body.datastreams;
    expect(pm25).toMatchObject({ quantity: 'pm25', unit: 'µg/m³' });
    expect(pm25.hoursOfData).toBeGreaterThanOrEqual(3);
    expect(pm25.forecasts.map((f: { horizonHours: number }) => f.horizonHours)).toEqual([1, 2, 3]);
    expect(pm25.forecasts.every((f: { value: number }) => f.value >= 0)).toBe(true);
    expect(pm25.error[0]).toMatchObject({ horizonHours: 1, n: expect.any(Number) });
    expect(pm25.error[0].n).toBeGreaterThanOrEqual(2);
    expect(pm25.error[0].mae).toBeGreaterThanOrEqual(0);
    const bad = await call(base, 'GET', '/api/environment/nowcast?thing=abc');
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect((await call(base, 'GET', '/api/environment/nowcast?thing=999999')).status).toBe(404);
  });

  it('serves the registered emission sources as GeoJSON, marked synthetic', async () => {
    const answer = await call(base, 'GET', '/api/environment/emission-sources');
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/geo+json');
    expect(answer.body.features.length).toBeGreaterThanOrEqual(10);
    for (const f of answer.body.features) {
      expect(f.properties.synthetic).toBe(true);
      expect(['industrial', 'waste', 'road', 'construction']).toContain(f.properties.kind);
    }
  });

  it('creates nothing twice when restarted on the same data', async () => {
    const before = (await call(base, 'GET', '/api/sta/v1.1/Datastreams?$count=true&$top=1')).body['@iot.count'];
    await server.stop({ keepData: true });
    server = await startTestServer(backend, { ...SIM_ENV, DATA_DIR: server.dataDir }, { reset: false });
    base = server.url.replace('localhost', '127.0.0.1');
    await waitFor('the restarted simulator to publish', async () => {
      const s = (await call(base, 'GET', '/api/environment/simulator')).body;
      return s.state === 'running' && s.published > 0 ? s : undefined;
    });
    const things = (await call(base, 'GET', `/api/sta/v1.1/Things?$filter=${MARK}&$count=true&$top=1`)).body;
    expect(things['@iot.count']).toBe(SIMULATED_DEVICES.length);
    expect((await call(base, 'GET', '/api/sta/v1.1/Datastreams?$count=true&$top=1')).body['@iot.count']).toBe(before);
  }, 180_000);
});
