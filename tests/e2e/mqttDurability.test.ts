/**
 * Crash durability of MQTT ingest (issue 6): the real server process ingests QoS 1 publishes, is
 * killed with SIGKILL mid-stream, restarted on the same DATA_DIR, and every observation whose
 * PUBACK reached the device must be stored exactly once. Stored-but-unacknowledged rows (committed
 * just before the kill, PUBACK lost) are allowed, but only from the in-flight window. Then the
 * device retransmits everything it never saw acknowledged, as a QoS 1 device would, and the
 * Datastream ends up with every message exactly once (the duplicate rule on phenomenonTime makes
 * the retry idempotent).
 *
 * Runs with the embedded PGlite (the default). With TEST_DATABASE_URL set it runs against that
 * PostgreSQL instead (the database must be disposable: the test creates its own Thing in it and
 * reads only that Thing's Datastream).
 */
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { resetPostgres } from '../api/testServer.ts';
import { startServerProcess, type ServerProcess } from '../support/startServerProcess.ts';
import { makeTempDir, removeTempDir } from '../support/tempDir.ts';

const N = 2000;
/** SIGKILL once at least this many publishes were acknowledged. */
const KILL_AFTER = 500;
/** Publishes in flight at once (sent, PUBACK not yet received). */
const WINDOW = 64;
const ADMIN_PASSWORD = 'durability-admin-pw';
const BASE_TIME = Date.parse('2025-01-01T00:00:00Z');

const thing = {
  name: 'Durability station',
  Locations: [{ name: 'site', description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.59, 16.46] } }],
  Datastreams: [
    {
      name: 'Water level',
      description: '',
      unitOfMeasurement: { name: 'metre', symbol: 'm', definition: 'ucum:m' },
      observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement',
      Sensor: { name: 'gauge', description: '', encodingType: 'text/plain', metadata: 'none' },
      ObservedProperty: { name: 'level', definition: 'level', description: '' },
    },
  ],
};

const dataDir = makeTempDir('mqtt-durability');
const layersDir = makeTempDir('mqtt-durability-layers');
const servers: ServerProcess[] = [];
const clients: mqtt.MqttClient[] = [];

let resetDone = false;

async function start(): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { DATA_DIR: dataDir, LAYERS_DIR: layersDir, ADMIN_PASSWORD };
  if (process.env.TEST_DATABASE_URL) {
    // The shared test database holds other suites' users: start from scratch once (not on the restart).
    if (!resetDone) await resetPostgres(process.env.TEST_DATABASE_URL);
    resetDone = true;
    env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  }
  const server = await startServerProcess({ env, timeoutMs: 120_000 });
  servers.push(server);
  return server;
}

afterAll(async () => {
  for (const c of clients) c.end(true);
  for (const s of servers) await s.stop({ graceMs: 5_000, keepData: true });
  removeTempDir(dataDir);
  removeTempDir(layersDir);
});

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The broker address from `/api/health` (`mqtt://localhost:PORT`), pinned to IPv4 loopback. */
async function brokerUrl(server: ServerProcess): Promise<string> {
  const health = await json<{ brokerUrl: string }>(`${server.url}/api/health`);
  const port = new URL(health.brokerUrl).port;
  expect(port).toMatch(/^\d+$/);
  return `mqtt://127.0.0.1:${port}`;
}

async function connect(url: string): Promise<mqtt.MqttClient> {
  const client = await mqtt.connectAsync(url, { username: 'admin', password: ADMIN_PASSWORD, clean: true, reconnectPeriod: 0, connectTimeout: 10_000 });
  clients.push(client);
  client.on('error', () => undefined);
  return client;
}

function payload(seq: number): string {
  return JSON.stringify({ phenomenonTime: new Date(BASE_TIME + seq * 1000).toISOString(), result: seq / 10, parameters: { seq } });
}

/** Every `parameters.seq` stored on Datastream `ds`, read through SensorThings with paging. */
async function storedSeqs(server: ServerProcess, ds: number): Promise<{ count: number; seqs: number[] }> {
  const seqs: number[] = [];
  let count = -1;
  const top = 1000;
  for (let skip = 0; skip < 100_000; skip += top) {
    const page = await json<{ '@iot.count': number; value: Array<{ parameters?: { seq?: number } }> }>(`${server.url}/api/sta/v1.1/Datastreams(${ds})/Observations?$count=true&$top=${top}&$skip=${skip}&$orderby=id&$select=parameters`);
    if (count < 0) count = page['@iot.count'];
    for (const o of page.value) seqs.push(Number(o.parameters?.seq));
    if (page.value.length < top) break;
  }
  return { count, seqs };
}

function tally(seqs: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const s of seqs) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

describe('MQTT ingest survives SIGKILL mid-stream', () => {
  it('stores every acknowledged QoS 1 observation exactly once after a crash and restart', async () => {
    // 1. First start: Thing + Datastream over SensorThings as admin.
    const first = await start();
    const { token } = await json<{ token: string }>(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await fetch(`${first.url}/api/sta/v1.1/Things`, { method: 'POST', headers: auth, body: JSON.stringify(thing), signal: AbortSignal.timeout(30_000) });
    expect(created.status, await created.clone().text()).toBe(201);
    const thingUrl = created.headers.get('location');
    expect(thingUrl).toBeTruthy();
    const thingId = /Things\((\d+)\)/.exec(thingUrl!)![1];
    const dsList = await json<{ value: Array<{ '@iot.id': number }> }>(`${first.url}/api/sta/v1.1/Things(${thingId})/Datastreams`);
    const ds = dsList.value[0]['@iot.id'];
    expect(typeof ds).toBe('number');

    // 2. Publish QoS 1 (no MQTT device route over HTTP: the admin user may publish), a window of
    //    WINDOW in flight, recording every PUBACK; SIGKILL once KILL_AFTER are acknowledged.
    const topic = `v1.1/Datastreams(${ds})/Observations`;
    const client = await connect(await brokerUrl(first));
    const acked = new Set<number>();
    const sent = new Set<number>();
    let next = 0;
    let killedAt = -1;
    let inFlightAtKill = -1;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${acked.size} PUBACKs within 60 s`)), 60_000);
      const finish = () => {
        clearTimeout(timer);
        resolve();
      };
      const pump = () => {
        while (killedAt < 0 && next < N && sent.size - acked.size < WINDOW) {
          const seq = next++;
          sent.add(seq);
          client.publish(topic, payload(seq), { qos: 1 }, (error) => {
            if (error || killedAt >= 0) return; // a callback after the kill was not a PUBACK we trust
            acked.add(seq);
            if (acked.size >= KILL_AFTER) {
              killedAt = acked.size;
              inFlightAtKill = sent.size - acked.size;
              first.spawned.child.kill('SIGKILL');
              finish();
              return;
            }
            pump();
          });
        }
        if (next >= N && acked.size === sent.size) finish();
      };
      pump();
    });
    const exit = await Promise.race([first.spawned.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    expect(exit).toBe('SIGKILL');
    client.end(true);
    const ackedAtKill = new Set(acked);
    expect(ackedAtKill.size).toBe(killedAt);
    expect(killedAt).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(killedAt).toBeLessThan(N); // the kill really happened mid-stream

    // 3. Restart on the same DATA_DIR (and database) and read everything back.
    const second = await start();
    const after = await storedSeqs(second, ds);
    const counts = tally(after.seqs);
    const lost = [...ackedAtKill].filter((s) => !counts.has(s));
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([s]) => s);
    const unackedStored = [...counts.keys()].filter((s) => !ackedAtKill.has(s));
    const report =
      `acked at kill ${ackedAtKill.size}, sent ${sent.size}, in flight ${inFlightAtKill}; ` +
      `stored after restart ${after.seqs.length} (@iot.count ${after.count}); lost ${lost.length} ${JSON.stringify(lost.slice(0, 20))}; ` +
      `duplicated ${duplicated.length} ${JSON.stringify(duplicated.slice(0, 20))}; stored-but-unacked ${unackedStored.length}`;
    console.log(`[mqttDurability] ${report}`);
    expect(after.count, report).toBe(after.seqs.length);
    expect(after.seqs.every((s) => Number.isInteger(s)), report).toBe(true);
    expect(lost, report).toEqual([]);
    expect(duplicated, report).toEqual([]);
    // Only publishes already sent can be stored, and unacknowledged ones only from the window.
    expect(unackedStored.every((s) => sent.has(s) && !ackedAtKill.has(s)), report).toBe(true);
    expect(unackedStored.length, report).toBeLessThanOrEqual(inFlightAtKill);

    // 4. The device retransmits everything it never saw acknowledged (QoS 1 at-least-once);
    //    stored-but-unacked ones are duplicates by phenomenonTime, acknowledged and not stored again.
    const again = await connect(await brokerUrl(second));
    const retry = Array.from({ length: N }, (_, seq) => seq).filter((seq) => !ackedAtKill.has(seq));
    for (let i = 0; i < retry.length; i += WINDOW) {
      await Promise.all(retry.slice(i, i + WINDOW).map((seq) => again.publishAsync(topic, payload(seq), { qos: 1 })));
    }
    await again.endAsync();
    const final = await storedSeqs(second, ds);
    const finalCounts = tally(final.seqs);
    const finalReport = `after retransmitting ${retry.length}: stored ${final.seqs.length} (@iot.count ${final.count})`;
    console.log(`[mqttDurability] ${finalReport}`);
    expect(final.count, finalReport).toBe(N);
    expect(final.seqs, finalReport).toHaveLength(N);
    expect(finalCounts.size, finalReport).toBe(N);
    expect([...finalCounts.values()].every((n) => n === 1), finalReport).toBe(true);
    const health = await json<{ ingest: { rejected: Record<string, number> } }>(`${second.url}/api/health`);
    expect(health.ingest.rejected.duplicate ?? 0, finalReport).toBe(unackedStored.length);
  });
});
