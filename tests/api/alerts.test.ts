/**
 * Alerts on a real server: rules over HTTP (validation → problem+json, roles, versions), alerts
 * raised by MQTT observations (threshold and VN_AQI category) and by a silent sensor, pushed on
 * /api/live, stored, sent to a webhook (retried after a failure), and acknowledged by an officer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { upsertUser } from '../../src/server/auth/authService.ts';
import { upsertMqttClient } from '../../src/server/iot/mqttClients.ts';
import { startStaHarness, type StaHarness } from '../unit/server/sta/staHarness.ts';
import { call, loginAs } from './apiClient.ts';
import { BACKENDS } from './testServer.ts';

const MEASUREMENT = 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement';
const ug = { name: 'microgram per cubic metre', symbol: 'µg/m³', definition: 'ucum:ug/m3' };
const datastream = (quantity: string) => ({
  name: quantity,
  description: '',
  unitOfMeasurement: ug,
  observationType: MEASUREMENT,
  properties: { quantity },
  Sensor: { name: 's', description: '', encodingType: 'text/plain', metadata: 'none' },
  ObservedProperty: { name: quantity, definition: quantity, description: '' },
});
const station = {
  name: 'Alert station',
  Locations: [{ name: 'site', description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.6, 16.46] } }],
  Datastreams: [datastream('pm25'), datastream('no2')],
};

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BACKENDS)('alerts on %s', (backend) => {
  let h: StaHarness;
  let admin: string;
  let officer: string;
  let planner: string;
  let pm25: number;
  let no2: number;
  let thing: number;
  let device: mqtt.MqttClient;
  let ws: WebSocket;
  const events: Array<{ type: string; action?: string; alert?: Record<string, unknown> }> = [];
  const hooks: Array<{ alert: Record<string, unknown> }> = [];
  let hookServer: http.Server;
  let hookUrl: string;

  beforeAll(async () => {
    h = await startStaHarness(backend);
    admin = await loginAs(h.url, 'admin', 'test-admin-pw');
    await upsertUser(h.db, { username: 'officer', password: 'officer-pw-1', roles: { environment: 'editor' } });
    await upsertUser(h.db, { username: 'planner', password: 'planner-pw-1', roles: { planning: 'editor' } });
    officer = await loginAs(h.url, 'officer', 'officer-pw-1');
    planner = await loginAs(h.url, 'planner', 'planner-pw-1');
    thing = (await call(h.url, 'POST', '/api/sta/v1.1/Things', { body: station, token: admin })).body['@iot.id'];
    const ds = (await call(h.url, 'GET', `/api/sta/v1.1/Things(${thing})/Datastreams?$select=id,name`)).body.value as Array<{ '@iot.id': number; name: string }>;
    pm25 = ds.find((d) => d.name === 'pm25')!['@iot.id'];
    no2 = ds.find((d) => d.name === 'no2')!['@iot.id'];
    await upsertMqttClient(h.db, { username: 'alert-station', password: 'device-pw-1', allowedDatastreams: [pm25, no2] });
    device = await mqtt.connectAsync(h.mqttUrl, { username: 'alert-station', password: 'device-pw-1', reconnectPeriod: 0 });
    ws = new WebSocket(`${h.url.replace('http', 'ws')}/api/live`);
    ws.on('message', (data) => events.push(...(JSON.parse(String(data)) as typeof events)));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ subscribe: { types: ['alert'] } }));
    let calls = 0;
    hookServer = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        calls++;
        if (calls === 1) return res.writeHead(503).end('busy'); // the first delivery fails: the sender must retry
        hooks.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    ws?.close();
    await device?.endAsync();
    await new Promise((resolve) => hookServer?.close(resolve));
    await h?.close();
  });

  const publish = (ds: number, result: number, phenomenonTime = new Date().toISOString()) =>
    device.publishAsync(`v1.1/Datastreams(${ds})/Observations`, JSON.stringify({ phenomenonTime, result }), { qos: 1 });

  it('refuses bad rules with problem+json and stores nothing; writes need the environment role', async () => {
    const bad = await call(h.url, 'POST', '/api/alerts/rules', { body: { name: 'no limit', kind: 'threshold', quantity: 'pm25' }, token: officer });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.detail).toMatch(/^limit:/);
    expect((await call(h.url, 'POST', '/api/alerts/rules', { body: '{"name":', token: officer, headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await call(h.url, 'POST', '/api/alerts/rules', { body: { name: 'x', kind: 'aqi', aqiLevel: 3 } })).status).toBe(401);
    expect((await call(h.url, 'POST', '/api/alerts/rules', { body: { name: 'x', kind: 'aqi', aqiLevel: 3 }, token: planner })).status).toBe(403);
    expect((await call(h.url, 'GET', '/api/alerts/rules')).body.rules).toEqual([]);
    expect((await call(h.url, 'GET', '/api/alerts?state=closed')).status).toBe(400);
    expect((await call(h.url, 'GET', '/api/alerts/rules/abc')).status).toBe(400);
  });

  it('raises one threshold alert per exceedance from MQTT data, pushes it, and posts it to the webhook (with a retry)', async () => {
    const created = await call(h.url, 'POST', '/api/alerts/rules', {
      body: { name: 'PM2.5 above 50', kind: 'threshold', quantity: 'pm25', thing, limit: 50, webhookUrl: hookUrl },
      token: officer,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), kind: 'threshold', limit: 50, version: 1, enabled: true });
    expect((await call(h.url, 'GET', '/api/alerts/rules')).body.rules[0].webhookUrl).toBe('(hidden)');

    await publish(pm25, 30, new Date(Date.now() - 5000).toISOString());
    await publish(pm25, 80, new Date(Date.now() - 4000).toISOString());
    await publish(pm25, 95, new Date(Date.now() - 3000).toISOString());
    const pushed = await waitFor('the pushed alert', () => events.find((e) => e.type === 'alert' && e.action === 'opened'));
    expect(pushed.alert).toMatchObject({ kind: 'threshold', thing, datastream: pm25, quantity: 'pm25', value: 80, limit: 50, state: 'open', ruleName: 'PM2.5 above 50' });

    const open = (await call(h.url, 'GET', '/api/alerts?state=open')).body.alerts;
    expect(open).toHaveLength(1);
    expect(open[0].message).toContain('80 µg/m³ > 50');

    const hook = await waitFor('the webhook delivery', () => hooks[0]);
    expect(hook.alert).toMatchObject({ id: open[0].id, kind: 'threshold' });
    const delivered = await waitFor('the delivery to be recorded', async () => {
      const a = (await call(h.url, 'GET', `/api/alerts/${open[0].id}`)).body;
      return a.webhook?.status === 'delivered' ? a : undefined;
    });
    expect(delivered.webhook).toMatchObject({ status: 'delivered', attempts: 2 });

    // back under the limit, then over again: a new alert (the first is still open → still one open per key)
    await publish(pm25, 20, new Date(Date.now() - 2000).toISOString());
    await publish(pm25, 70, new Date(Date.now() - 1000).toISOString());
    expect((await call(h.url, 'GET', '/api/alerts?state=open')).body.alerts).toHaveLength(1);
  });

  it('lets an officer acknowledge an alert once, pushes the change, and keeps it', async () => {
    const [alert] = (await call(h.url, 'GET', '/api/alerts?state=open')).body.alerts;
    expect((await call(h.url, 'POST', `/api/alerts/${alert.id}/ack`, { body: {} })).status).toBe(401);
    expect((await call(h.url, 'POST', `/api/alerts/${alert.id}/ack`, { body: {}, token: planner })).status).toBe(403);
    expect((await call(h.url, 'POST', `/api/alerts/${alert.id}/ack`, { body: { note: 42 }, token: officer })).status).toBe(400);
    const ack = await call(h.url, 'POST', `/api/alerts/${alert.id}/ack`, { body: { note: 'checked on site' }, token: officer });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'officer', note: 'checked on site' });
    await waitFor('the pushed acknowledgement', () => events.find((e) => e.action === 'acknowledged'));
    expect((await call(h.url, 'POST', `/api/alerts/${alert.id}/ack`, { body: {}, token: officer })).status).toBe(409);
    expect((await call(h.url, 'POST', '/api/alerts/999999/ack', { body: {}, token: officer })).status).toBe(404);
    expect((await call(h.url, 'GET', '/api/alerts?state=acknowledged')).body.alerts.map((a: { id: number }) => a.id)).toContain(alert.id);
    expect((await call(h.url, 'GET', '/api/alerts?state=open')).body.alerts).toHaveLength(0);
  });

  it('raises a VN_AQI category alert from the station NowCast', async () => {
    const rule = (await call(h.url, 'POST', '/api/alerts/rules', { body: { name: 'AQI Kém or worse', kind: 'aqi', thing, aqiLevel: 3 }, token: officer })).body;
    const now = Date.now();
    // PM2.5 75 µg/m³ in the two previous hours → NowCast 75 → AQI 142 (category 3, Kém)
    await publish(pm25, 75, new Date(now - 2 * 3600_000).toISOString());
    await publish(pm25, 75, new Date(now - 3600_000).toISOString());
    const pushed = await waitFor('the AQI alert', () => events.find((e) => e.alert?.ruleId === rule.id));
    expect(pushed.alert).toMatchObject({ kind: 'aqi', thing, datastream: null, state: 'open' });
    expect(pushed.alert!.aqi).toBeGreaterThanOrEqual(101);
  });

  it('raises a silence alert for a sensor that sent nothing for N minutes', async () => {
    await call(h.url, 'POST', `/api/sta/v1.1/Datastreams(${no2})/Observations`, { body: { phenomenonTime: new Date(Date.now() - 20 * 60_000).toISOString(), result: 12 }, token: admin });
    const rule = (await call(h.url, 'POST', '/api/alerts/rules', { body: { name: 'NO2 quiet', kind: 'silence', thing, quantity: 'no2', silenceMinutes: 10 }, token: officer })).body;
    const pushed = await waitFor('the silence alert', () => events.find((e) => e.alert?.ruleId === rule.id));
    expect(pushed.alert).toMatchObject({ kind: 'silence', datastream: no2, limit: 10 });
    expect(pushed.alert!.value).toBeGreaterThanOrEqual(20);
  });

  it('versions rule edits, refuses a bad edit without changing anything, and deletes', async () => {
    const [rule] = (await call(h.url, 'GET', '/api/alerts/rules', { token: officer })).body.rules;
    expect(rule.webhookUrl).toBe(hookUrl);
    const put = await call(h.url, 'PUT', `/api/alerts/rules/${rule.id}`, { body: { ...rule, limit: 75 }, token: officer });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ limit: 75, version: 2 });
    const bad = await call(h.url, 'PUT', `/api/alerts/rules/${rule.id}`, { body: { ...rule, limit: 'high' }, token: officer });
    expect(bad.status).toBe(400);
    expect((await call(h.url, 'GET', `/api/alerts/rules/${rule.id}`)).body).toMatchObject({ limit: 75, version: 2 });
    const [history] = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM alert_rule_history WHERE rule_id = $1', [rule.id]);
    expect(history.n).toBe(1);
    expect((await call(h.url, 'DELETE', `/api/alerts/rules/${rule.id}`, { token: officer })).status).toBe(204);
    expect((await call(h.url, 'GET', `/api/alerts/rules/${rule.id}`)).status).toBe(404);
    expect((await call(h.url, 'DELETE', `/api/alerts/rules/${rule.id}`, { token: officer })).status).toBe(404);
    const kept = (await call(h.url, 'GET', '/api/alerts?state=acknowledged')).body.alerts[0];
    expect(kept).toMatchObject({ ruleId: null, ruleName: 'PM2.5 above 50' });
  });
});
