/**
 * `logistics`: the logistics router on the real server (PGlite, and PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set — that database is emptied; logistics layers only): route
 * latency over HTTP for 1,000 random facility pairs (p50/p95, truck, fastest), the same routes
 * computed in-process (no HTTP, no revision check), isochrones 15/30/60 min, a flood disruption
 * over all flow pairs, the graph build; plus A* on a synthetic 300 × 300 grid (≈ 90k nodes) to
 * show how the search scales beyond the small sample network.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EdgeIndex } from '../src/logistics/EdgeIndex.ts';
import { LogisticsGraph, type NetworkSegment } from '../src/logistics/LogisticsGraph.ts';
import { routeBetween } from '../src/logistics/routeBetween.ts';
import { createRandom } from '../src/sample/random.ts';
import { loadConfig } from '../src/server/config.ts';
import { createServer } from '../src/server/createServer.ts';
import { loadLogisticsNetwork, logisticsRevision } from '../src/server/logistics/loadLogisticsNetwork.ts';
import { resetPostgres } from '../tests/api/testServer.ts';
import { onCleanup } from './cleanup.ts';
import { emit, progress, round } from './emit.ts';

/** Random facility pairs routed. Default: 1,000. */
const PAIRS = Number(process.env.BENCH_LOGISTICS_PAIRS ?? 1000);
/** Isochrone requests. */
const ISOCHRONES = 50;
/** Side of the synthetic grid (nodes per side). */
const GRID = 300;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The 1-minute load average: on a shared 2-core machine the p95 figures follow it. */
const load = () => round(os.loadavg()[0], 1);

function emitPair(metric: string, times: number[], extra: Record<string, unknown> = {}): void {
  emit({ bench: 'logistics', metric: `${metric}_p50`, value: round(percentile(times, 50), 2), unit: 'ms', runs: times.length, load_avg_1m: load(), ...extra });
  emit({ bench: 'logistics', metric: `${metric}_p95`, value: round(percentile(times, 95), 2), unit: 'ms', runs: times.length, load_avg_1m: load(), ...extra });
}

async function timeGet(url: string, times: number[]): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  times.push(performance.now() - t0);
  return response.status;
}

/** A GRID × GRID lattice of 100 m blocks with mixed classes and 10 % one-way streets. */
function syntheticGrid(): NetworkSegment[] {
  const random = createRandom(42);
  const classes = ['trunk', 'primary', 'secondary', 'tertiary'];
  const step = 0.0009;
  const at = (i: number, j: number): [number, number] => [107.3 + j * step, 16.2 + i * step];
  const out: NetworkSegment[] = [];
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j + 1 < GRID; j++) {
      out.push({ id: `h${i}-${j}`, coordinates: [at(i, j), at(i, j + 1)], properties: { class: classes[random.int(0, 3)], oneway: random.chance(0.1) } });
      out.push({ id: `v${j}-${i}`, coordinates: [at(j, i), at(j + 1, i)], properties: { class: classes[random.int(0, 3)], oneway: random.chance(0.1) } });
    }
  }
  return out;
}

/** Runs the logistics bench on PGlite, then PostgreSQL when a database URL is set, then the grid. */
export async function logisticsBench(): Promise<void> {
  await benchServer('pglite');
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (databaseUrl) await benchServer('postgres', databaseUrl);
  gridBench();
}

async function benchServer(database: 'pglite' | 'postgres', databaseUrl?: string): Promise<void> {
  if (databaseUrl) await resetPostgres(databaseUrl);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-bench-logistics-'));
  const layersDir = path.join(dir, 'layers');
  await mkdir(layersDir);
  for (const id of ['logistics-network', 'logistics-facilities', 'logistics-flows', 'logistics-flood-zones', 'heritage-monuments']) {
    for (const ext of ['.json', '.geojson']) await symlink(path.resolve('layers', id + ext), path.join(layersDir, id + ext));
  }
  progress(`logistics: starting the server (${database})`);
  const server = await createServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', MQTT_PORT: '0', DATA_DIR: path.join(dir, 'data'), LAYERS_DIR: layersDir, SIMULATOR: 'off', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }));
  const stop = onCleanup(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  try {
    const revision = await logisticsRevision(server.db);
    const builds: number[] = [];
    let network = await loadLogisticsNetwork(server.db, revision);
    for (let i = 0; i < 5; i++) {
      network = await loadLogisticsNetwork(server.db, revision);
      builds.push(network.buildMs);
    }
    emit({ bench: 'logistics', metric: 'graph_build_from_db', value: round(percentile(builds, 50), 1), unit: 'ms', nodes: network.graph.nodeCount, edges: network.graph.edgeCount, database });

    const ids = [...network.facilities.keys()];
    const random = createRandom(1957);
    const pairs = Array.from({ length: PAIRS }, () => [ids[random.int(0, ids.length - 1)], ids[random.int(0, ids.length - 1)]] as const);
    const base = `${server.url}/api/logistics`;
    for (const [a, b] of pairs.slice(0, 20)) await fetch(`${base}/route?from=facility:${a}&to=facility:${b}&profile=truck`); // warm-up
    const http: number[] = [];
    let failures = 0;
    for (const [a, b] of pairs) if ((await timeGet(`${base}/route?from=facility:${a}&to=facility:${b}&profile=truck`, http)) !== 200) failures++;
    emitPair('route_http', http, { database, profile: 'truck', pairs: PAIRS, not_200: failures, note: 'HTTP round trip incl. the revision check query' });

    const compute: number[] = [];
    for (const [a, b] of pairs) {
      const t0 = performance.now();
      routeBetween(network.graph, network.index, { profile: 'truck', metric: 'time', from: network.facilities.get(a)!.point, to: network.facilities.get(b)!.point });
      compute.push(performance.now() - t0);
    }
    emitPair('route_compute', compute, { profile: 'truck', nodes: network.graph.nodeCount });

    const iso: number[] = [];
    for (let i = 0; i < ISOCHRONES; i++) await timeGet(`${base}/isochrone?from=facility:${ids[i % ids.length]}&minutes=15,30,60&profile=truck`, iso);
    emitPair('isochrone_http', iso, { database, minutes: '15,30,60', method: 'convex-hull' });
    const cells: number[] = [];
    for (let i = 0; i < ISOCHRONES; i++) await timeGet(`${base}/isochrone?from=facility:${ids[i % ids.length]}&minutes=15,30,60&profile=truck&method=cells`, cells);
    emitPair('isochrone_cells_http', cells, { database, minutes: '15,30,60', method: 'cells' });

    const disruption: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const response = await fetch(`${base}/disruption`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ floodLevelM: 2.5 }) });
      await response.arrayBuffer();
      disruption.push(performance.now() - t0);
    }
    emit({ bench: 'logistics', metric: 'disruption_flood_http_p50', value: round(percentile(disruption, 50), 1), unit: 'ms', runs: disruption.length, load_avg_1m: load(), routes: network.flows.length ? new Set(network.flows.map((f) => `${f.from}|${f.to}`)).size : 0, database, note: 'flood 2.5 m: every flow pair routed before/after, reachability, heritage and sensor queries' });
  } finally {
    await stop();
  }
}

/** A* on the synthetic grid (no server). */
function gridBench(): void {
  const random = createRandom(7);
  progress(`logistics: synthetic ${GRID} × ${GRID} grid`);
  const t0 = performance.now();
  const grid = LogisticsGraph.build(syntheticGrid());
  const index = new EdgeIndex(grid);
  emit({ bench: 'logistics', metric: 'grid_graph_build', value: round(performance.now() - t0, 0), unit: 'ms', nodes: grid.nodeCount, edges: grid.edgeCount });
  const span = (GRID - 1) * 0.0009;
  const gridTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const p = (): [number, number] => [107.3 + random.next() * span, 16.2 + random.next() * span];
    const t = performance.now();
    routeBetween(grid, index, { profile: 'car', metric: 'time', from: p(), to: p() });
    gridTimes.push(performance.now() - t);
  }
  emitPair('route_compute_grid', gridTimes, { nodes: grid.nodeCount, edges: grid.edgeCount, note: 'synthetic lattice, random point pairs, A* fastest by car' });
}
