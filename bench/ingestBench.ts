/**
 * `ingest`: end-to-end MQTT → database → browser push. A real server process (SIMULATOR=off)
 * gets 100 Datastreams; 20 MQTT publishers (devices) send QoS 1 Observations at a paced target
 * rate (BENCH_INGEST_RATE, default 20,000/s) for BENCH_INGEST_SECONDS (default 60). Figures per
 * database (PostgreSQL when BENCH_DATABASE_URL/TEST_DATABASE_URL is set, and PGlite) with the
 * embedded aedes broker and, side by side, Debian Mosquitto as the external broker (MQTT_URL;
 * `apt-get install -y mosquitto`, skipped with a line when absent): stored observations/s,
 * observations stored vs sent (loss), CPU-seconds per 1,000 observations (server, PostgreSQL
 * backends, this process's publishers — comparable while other work shares the machine), and
 * latency for the observations of 10 of the 100 Datastreams, at BENCH_INGEST_LATENCY_RATE
 * (1,000/s) and under full load: publish → screen, in headless Chromium on the app's environment
 * workspace through the app's own live client (bench/screenWatcher.ts; BENCH_INGEST_SCREEN=off
 * skips it), and publish → push, a Node WebSocket client on /api/live.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mqtt from 'mqtt';
import WebSocket from 'ws';
import { QUANTITIES, type Quantity } from '../src/environment/ui/stations/Station.ts';
import { resetPostgres } from '../tests/api/testServer.ts';
import { startServerProcess, type ServerProcess } from '../tests/support/startServerProcess.ts';
import { makeTempDir, removeTempDir } from '../tests/support/tempDir.ts';
import { onCleanup } from './cleanup.ts';
import { emit, progress, round } from './emit.ts';
import { freePort } from './freePort.ts';
import { openScreen, SCREEN_HASH, SCREEN_PAGE } from './screenWatcher.ts';
import { backendCpuDelta, backendCpuSeconds, ownCpuSeconds, processCpuSeconds } from './processCpu.ts';

/** Debian's Mosquitto binary. */
const MOSQUITTO = '/usr/sbin/mosquitto';
const PUBLISHERS = 20;
/** Unit symbols of the bench stations' quantities (the published values, 0–49.9, are in range for all). */
const UNITS: Record<Quantity, string> = { pm25: 'µg/m³', pm10: 'µg/m³', no2: 'µg/m³', o3: 'µg/m³', co: 'µg/m³', so2: 'µg/m³', temperature: '°C', humidity: '%', wind_speed: 'm/s', wind_direction: '°' };
const THINGS = 10;
const DATASTREAMS_PER_THING = 10;
/** Largest number of unacknowledged publishes before the bench holds back (it then measures what the server sustains). */
const MAX_IN_FLIGHT = 20_000;
const ADMIN_PASSWORD = 'bench-admin-pw';
/** Paced phase before the full-load phase, for latency when the server keeps up. Default: 1,000/s for 20 s. */
const LATENCY_RATE = Number(process.env.BENCH_INGEST_LATENCY_RATE ?? 1000);
const LATENCY_SECONDS = Number(process.env.BENCH_INGEST_LATENCY_SECONDS ?? 20);
/** Observations of this many Datastreams (of 100, so 10 %: the first station's) are timed, by the Node client and on the screen. */
const TIMED_DATASTREAMS = 10;
/** Whether a browser screen is open during every case (BENCH_INGEST_SCREEN=off: only the Node WebSocket client). */
const SCREEN = process.env.BENCH_INGEST_SCREEN !== 'off';

interface CaseResult {
  sent: number;
  acked: number;
  stored: number;
  pushed: number;
  seconds: number;
  obsPerS: number;
  /** Publish → push latency percentiles (ms) in the paced phase and under full load. */
  p50: number | null;
  p95: number | null;
  loadedP50: number | null;
  loadedP95: number | null;
  /** CPU seconds per 1,000 stored observations in the full-load phase: server, PostgreSQL backends, bench (publishers + WS client). */
  cpuPer1000: { server: number; database: number; publishers: number; total: number };
  /** Publish → screen (Chromium, next animation frame after receipt) percentiles (ms) and the in-page part; observation events the page received; its HTTP requests; the share of wall time its main thread spent in tasks over 50 ms; timed observations matched. */
  screen?: { p50: number | null; p95: number | null; loadedP50: number | null; loadedP95: number | null; inPageP50: number | null; inPageP95: number | null; received: number; requests: Record<string, number>; longTaskShare: number; timed: number };
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function startMosquitto(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = makeTempDir('mosquitto');
  const port = await freePort();
  const conf = path.join(dir, 'mosquitto.conf');
  writeFileSync(conf, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'max_queued_messages 0', 'max_inflight_messages 0', 'log_type error', ''].join('\n'));
  const child: ChildProcess = spawn(MOSQUITTO, ['-c', conf], { stdio: 'ignore' });
  const stop = onCleanup(async () => {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    removeTempDir(dir);
  });
  const url = `mqtt://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const probe = await mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 1000 });
      await probe.endAsync();
      break;
    } catch (error) {
      if (i > 50) throw new Error(`mosquitto did not start: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, stop };
}

async function json(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

async function createDatastreams(base: string, token: string): Promise<number[]> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  for (let t = 0; t < THINGS; t++) {
    // a station as the environment workspace knows one (one Datastream per quantity), so the screen applies every observation
    const body = {
      name: `bench station ${t}`,
      properties: { kind: 'air-quality', code: `BENCH-${t}`, synthetic: true },
      Locations: [{ name: 'bench', description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [107.58 + t * 0.002, 16.46] } }],
      Datastreams: QUANTITIES.slice(0, DATASTREAMS_PER_THING).map((quantity) => ({
        name: `${quantity} ${t}`,
        description: 'synthetic bench data',
        unitOfMeasurement: { name: UNITS[quantity], symbol: UNITS[quantity], definition: `ucum:${UNITS[quantity]}` },
        observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement',
        properties: { quantity },
        Sensor: { name: 'bench sensor', description: '', encodingType: 'text/plain', metadata: 'none' },
        ObservedProperty: { name: quantity, definition: quantity, description: '' },
      })),
    };
    await json(`${base}/api/sta/v1.1/Things`, { method: 'POST', headers, body: JSON.stringify(body) });
  }
  const page = await json(`${base}/api/sta/v1.1/Datastreams?$select=id&$top=1000`);
  return (page.value as Array<{ '@iot.id': number }>).map((d) => d['@iot.id']);
}

async function runCase(database: 'postgres' | 'pglite', broker: 'aedes' | 'mosquitto', databaseUrl: string | undefined, rate: number, seconds: number): Promise<CaseResult> {
  const layersDir = makeTempDir('ingest-layers');
  const removeLayers = onCleanup(() => removeTempDir(layersDir));
  if (database === 'postgres') await resetPostgres(databaseUrl!);
  const mosquitto = broker === 'mosquitto' ? await startMosquitto() : undefined;
  const server: ServerProcess = await startServerProcess({
    env: {
      LAYERS_DIR: layersDir,
      ADMIN_PASSWORD,
      SIMULATOR: 'off',
      HOST: '127.0.0.1',
      ...(database === 'postgres' ? { DATABASE_URL: databaseUrl } : {}),
      ...(mosquitto ? { MQTT_URL: mosquitto.url } : {}),
      // BENCH_INGEST_SERVER_NODE_OPTIONS: e.g. `--import=<a module that starts node:inspector's profiler>` to profile the server
      ...(process.env.BENCH_INGEST_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_INGEST_SERVER_NODE_OPTIONS } : {}),
    },
    timeoutMs: 240_000,
  });
  const stopServer = onCleanup(() => server.stop({ graceMs: 20_000 }));
  const base = server.url.replace('localhost', '127.0.0.1');
  try {
    const token = (await json(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })).token as string;
    const datastreams = await createDatastreams(base, token);
    const health = await json(`${base}/api/health`);
    const brokerUrl = mosquitto?.url ?? String(health.brokerUrl).replace('localhost', '127.0.0.1');

    /** Publish times (epoch ms, `performance.timeOrigin + performance.now()`, the page's clock too) of the timed observations: those of the first {@link TIMED_DATASTREAMS} Datastreams. */
    const sentAt = new Map<string, number>();
    const timed = datastreams.slice(0, TIMED_DATASTREAMS);
    const epochNow = () => performance.timeOrigin + performance.now();
    let latencies: number[] = [];
    let pushed = 0;
    const ws = new WebSocket(`${base.replace('http', 'ws')}/api/live`);
    ws.on('message', (data) => {
      const now = epochNow();
      for (const e of JSON.parse(String(data)) as Array<{ type: string; ds?: number; t?: string }>) {
        if (e.type !== 'observation') continue;
        pushed++;
        const t0 = sentAt.get(`${e.ds}|${e.t}`);
        if (t0 !== undefined) latencies.push(now - t0);
      }
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ subscribe: { types: ['observation'] } }));
    if (SCREEN) progress(`ingest ${database}/${broker}: opening the screen (Chromium on the app page) and waiting for data-ready`);
    const screen = SCREEN ? await openScreen(base, timed, sentAt) : undefined;
    const screenOpenedAt = screen ? performance.now() : undefined;

    const auth = broker === 'aedes' ? { username: 'admin', password: ADMIN_PASSWORD } : {};
    const clients = await Promise.all(Array.from({ length: PUBLISHERS }, (_, i) => mqtt.connectAsync(brokerUrl, { ...auth, clientId: `bench-device-${i}`, reconnectPeriod: 0 })));
    const timeBase = Date.now() - 30 * 60_000;
    let sent = 0;
    let acked = 0;
    let lastAck = 0;
    /** Publishes at `phaseRate`/s for `phaseSeconds`, then waits for every acknowledgement. */
    const phase = async (phaseRate: number, phaseSeconds: number): Promise<{ start: number; sent: number }> => {
      const start = performance.now();
      const first = sent;
      await new Promise<void>((resolve) => {
        const tick = () => {
          const elapsed = (performance.now() - start) / 1000;
          if (elapsed >= phaseSeconds) return resolve();
          const due = first + Math.min(Math.floor(phaseRate * elapsed), sent - first + 5000);
          // back-pressure end to end: an external broker acks before our commit, so also bound what is not yet pushed
          while (sent < due && sent - acked < MAX_IN_FLIGHT && sent - pushed < MAX_IN_FLIGHT) {
            const k = sent++;
            const ds = datastreams[k % datastreams.length];
            const t = new Date(timeBase + Math.floor(k / datastreams.length)).toISOString();
            if (k % datastreams.length < TIMED_DATASTREAMS) sentAt.set(`${ds}|${t}`, epochNow());
            clients[k % PUBLISHERS].publish(`v1.1/Datastreams(${ds})/Observations`, `{"phenomenonTime":"${t}","result":${(k % 500) / 10}}`, { qos: 1 }, (error) => {
              if (!error) {
                acked++;
                lastAck = performance.now();
              }
            });
          }
          // a timer, never setImmediate: spinning while held back by MAX_IN_FLIGHT took CPU from the server measured
          setTimeout(tick, phaseRate >= 5000 ? 1 : 5);
        };
        tick();
      });
      const sendEnd = performance.now();
      while (acked < sent && performance.now() - sendEnd < 120_000) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500));
      return { start, sent: sent - first };
    };
    progress(`ingest ${database}/${broker}: warm-up (caches, generated FeaturesOfInterest, JIT), 3 s at ${LATENCY_RATE}/s`);
    await phase(LATENCY_RATE, 3);
    /** Waits until the screen received every pushed observation (or 30 s), collects its records, and returns its latencies sorted. */
    const screenPhaseEnd = async (): Promise<{ sorted: number[]; inPage: number[] }> => {
      if (!screen) return { sorted: [], inPage: [] };
      const until = performance.now() + 30_000;
      while ((await screen.received()) < pushed && performance.now() < until) await new Promise((r) => setTimeout(r, 100));
      await screen.collect();
      await screen.collect();
      const sorted = [...screen.latencies].sort((a, b) => a - b);
      const inPage = [...screen.inPage].sort((a, b) => a - b);
      screen.latencies.length = 0;
      screen.inPage.length = 0;
      return { sorted, inPage };
    };
    await screenPhaseEnd();
    latencies = [];
    sentAt.clear();
    /**
     * Waits until the database holds `target` observations (an external broker acknowledges
     * publishers before our commit, so its backlog drains after the publishers are done) or the
     * count stopped growing for 20 s; returns the count and when it last grew.
     */
    const settle = async (target: number): Promise<{ stored: number; at: number }> => {
      let stored = -1;
      let seenPushed = pushed;
      let at = performance.now();
      const deadline = performance.now() + 600_000;
      for (;;) {
        // the count may time out while the server is busy; ask again (pushes also show progress)
        const n = Number((await json(`${base}/api/sta/v1.1/Observations?$top=0&$count=true`).catch(() => ({ '@iot.count': stored })))['@iot.count']);
        if (n > stored || pushed > seenPushed) {
          stored = Math.max(stored, n);
          seenPushed = pushed;
          at = performance.now();
        }
        if ((stored >= target && pushed >= stored) || performance.now() - at > 30_000 || performance.now() > deadline) return { stored, at };
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    progress(`ingest ${database}/${broker}: latency at ${LATENCY_RATE}/s for ${LATENCY_SECONDS} s`);
    await phase(LATENCY_RATE, LATENCY_SECONDS);
    const paced = [...latencies].sort((a, b) => a - b);
    const screenPaced = await screenPhaseEnd();
    latencies = [];
    sentAt.clear();
    progress(`ingest ${database}/${broker}: publishing ${rate}/s for ${seconds} s`);
    const before = await settle(acked);
    const serverPid = server.spawned.child.pid!;
    const cpu0 = { server: processCpuSeconds(serverPid), own: ownCpuSeconds(), db: database === 'postgres' ? await backendCpuSeconds(databaseUrl!) : new Map<number, number>() };
    const load = await phase(rate, seconds);
    const { stored, at } = await settle(acked);
    const screenLoaded = await screenPhaseEnd();
    const screenReceived = screen ? await screen.received() : null;
    const screenRequests = screen?.requests();
    const longTasks = screen ? await screen.longTasks() : undefined;
    const screenSeconds = (performance.now() - (screenOpenedAt ?? 0)) / 1000;
    const serverCpu = processCpuSeconds(serverPid) - cpu0.server;
    const ownCpu = ownCpuSeconds() - cpu0.own;
    const dbCpu = database === 'postgres' ? backendCpuDelta(cpu0.db, await backendCpuSeconds(databaseUrl!)) : 0;
    const perK = (s: number) => round((s / Math.max(1, stored - before.stored)) * 1000, 3);
    await Promise.all(clients.map((c) => c.endAsync()));
    ws.close();
    await screen?.close();
    // stored (not merely acknowledged by a broker) per second, from the first publish of the load phase to the last commit
    const elapsedS = (Math.max(at, lastAck) - load.start) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      sent,
      acked,
      stored,
      pushed,
      seconds: elapsedS,
      obsPerS: (stored - before.stored) / elapsedS,
      p50: percentile(paced, 50),
      p95: percentile(paced, 95),
      loadedP50: percentile(latencies, 50),
      loadedP95: percentile(latencies, 95),
      screen: screen
        ? {
            p50: percentile(screenPaced.sorted, 50),
            p95: percentile(screenPaced.sorted, 95),
            loadedP50: percentile(screenLoaded.sorted, 50),
            loadedP95: percentile(screenLoaded.sorted, 95),
            inPageP50: percentile(screenPaced.inPage, 50),
            inPageP95: percentile(screenPaced.inPage, 95),
            received: screenReceived!,
            requests: screenRequests!,
            longTaskShare: round(longTasks!.ms / 1000 / screenSeconds, 2),
            timed: screenPaced.sorted.length + screenLoaded.sorted.length,
          }
        : undefined,
      cpuPer1000: { server: perK(serverCpu), database: perK(dbCpu), publishers: perK(ownCpu), total: perK(serverCpu + dbCpu + ownCpu) },
    };
  } finally {
    await stopServer();
    await mosquitto?.stop();
    await removeLayers();
  }
}

/** Runs the ingest bench (see the file comment). */
export async function ingestBench(): Promise<void> {
  const rate = Number(process.env.BENCH_INGEST_RATE ?? 20_000);
  const seconds = Number(process.env.BENCH_INGEST_SECONDS ?? 60);
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const only = (process.env.BENCH_INGEST_DATABASES ?? 'postgres,pglite').split(',');
  const databases = (databaseUrl ? (['postgres', 'pglite'] as const) : (['pglite'] as const)).filter((d) => only.includes(d));
  if (!databaseUrl) progress('ingest: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to measure PostgreSQL (the 20,000/s target is for PostgreSQL)');
  const hasMosquitto = existsSync(MOSQUITTO) && process.env.BENCH_INGEST_MOSQUITTO !== 'off';
  if (!hasMosquitto) progress(`ingest: Mosquitto side skipped: ${MOSQUITTO} not found (apt-get install -y mosquitto)`);
  for (const database of databases) {
    const ours = await runCase(database, 'aedes', databaseUrl, rate, seconds);
    const peer = hasMosquitto ? await runCase(database, 'mosquitto', databaseUrl, rate, seconds) : undefined;
    const common = { database, target_rate: rate, duration_s: seconds, load_average_1m: round(os.loadavg()[0], 1) };
    const side = (key: 'obsPerS' | 'p50' | 'p95' | 'loadedP50' | 'loadedP95', digits: number) =>
      peer ? { peer: 'Mosquitto 2 (Debian) as MQTT_URL', peer_value: peer[key] === null ? null : round(peer[key]!, digits), ratio: peer[key] && ours[key] ? round(ours[key]! / peer[key]!, 2) : null } : {};
    emit({
      bench: 'ingest',
      metric: `${database}_obs_per_s`,
      value: round(ours.obsPerS, 0),
      unit: 'obs/s',
      ...common,
      broker: 'aedes (embedded)',
      sent: ours.sent,
      acknowledged: ours.acked,
      stored: ours.stored,
      pushed: ours.pushed,
      lost: ours.acked - ours.stored,
      cpu_s_per_1000_obs: ours.cpuPer1000,
      ...side('obsPerS', 0),
      ...(peer ? { peer_sent: peer.sent, peer_stored: peer.stored, peer_pushed: peer.pushed, peer_lost: peer.acked - peer.stored, peer_cpu_s_per_1000_obs: peer.cpuPer1000 } : {}),
    });
    const paced = { ...common, rate: LATENCY_RATE, duration_s: LATENCY_SECONDS };
    const ms = (v: number | null) => (v === null ? null : round(v, 1));
    const nodeClient = { client: 'Node ws client on /api/live (message received)' };
    emit({ bench: 'ingest', metric: `${database}_publish_to_push_p50`, value: ms(ours.p50), unit: 'ms', ...paced, ...nodeClient, ...side('p50', 1) });
    emit({ bench: 'ingest', metric: `${database}_publish_to_push_p95`, value: ms(ours.p95), unit: 'ms', ...paced, ...nodeClient, ...side('p95', 1) });
    emit({ bench: 'ingest', metric: `${database}_publish_to_push_p50_at_full_load`, value: ms(ours.loadedP50), unit: 'ms', ...common, ...nodeClient, ...side('loadedP50', 1) });
    emit({ bench: 'ingest', metric: `${database}_publish_to_push_p95_at_full_load`, value: ms(ours.loadedP95), unit: 'ms', ...common, ...nodeClient, ...side('loadedP95', 1) });
    if (ours.screen) {
      const page = SCREEN_PAGE === 'app' ? `app page ${SCREEN_HASH}` : 'bare same-origin page (no app)';
      const screenClient = { client: `headless Chromium, ${page}, subscribeLive, first animation frame after receipt`, screen_received: ours.screen.received, timed: ours.screen.timed, screen_requests: ours.screen.requests, page_long_task_share: ours.screen.longTaskShare };
      const screenSide = (key: 'p50' | 'p95' | 'loadedP50' | 'loadedP95') =>
        peer?.screen ? { peer: 'Mosquitto 2 (Debian) as MQTT_URL', peer_value: ms(peer.screen[key]), peer_screen_received: peer.screen.received } : {};
      emit({ bench: 'ingest', metric: `${database}_publish_to_screen_p50`, value: ms(ours.screen.p50), unit: 'ms', ...paced, ...screenClient, ...screenSide('p50') });
      emit({ bench: 'ingest', metric: `${database}_publish_to_screen_p95`, value: ms(ours.screen.p95), unit: 'ms', ...paced, ...screenClient, in_page_p50_ms: ms(ours.screen.inPageP50), in_page_p95_ms: ms(ours.screen.inPageP95), ...screenSide('p95') });
      emit({ bench: 'ingest', metric: `${database}_publish_to_screen_p50_at_full_load`, value: ms(ours.screen.loadedP50), unit: 'ms', ...common, ...screenClient, ...screenSide('loadedP50') });
      emit({ bench: 'ingest', metric: `${database}_publish_to_screen_p95_at_full_load`, value: ms(ours.screen.loadedP95), unit: 'ms', ...common, ...screenClient, ...screenSide('loadedP95') });
    }
  }
}
