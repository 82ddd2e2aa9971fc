/**
 * `npm run bench -- surface`: the environment workspace's computations (issue 6 targets).
 * - `idw_50x150k_node`: IDW (power 2, typed arrays) of 50 sensors onto a 150,000-cell grid over
 *   Huế, in Node (median of 15 runs after 3 warm-ups);
 * - `idw_50x150k_chromium_worker` / `…_roundtrip`: the same in headless Chromium, inside the app's
 *   own built Web Worker (`dist/assets/surfaceWorker-*.js`), time inside the worker and the
 *   post → answer round trip including the transfer;
 * - `plume_100x40k_node`: the Gaussian plume field of 100 sources onto a 40,000-cell grid;
 * - `kriging_50x37k_node`: ordinary kriging with its variance, 50 sensors onto the 37,500-cell grid
 *   the app krigs on (median of 5 after 1 warm-up).
 * Sensors and sources are deterministic pseudo-random positions over the grid's rectangle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plumeGrid, type PlumeRun } from '../src/environment/plume/plumeGrid.ts';
import { STABILITY_CLASSES } from '../src/environment/plume/stabilityClass.ts';
import { idwGrid } from '../src/environment/surface/idw.ts';
import { krigingGrid } from '../src/environment/surface/kriging.ts';
import { gridOver, type SurfaceGrid } from '../src/environment/surface/SurfaceGrid.ts';
import { launchBrowser } from '../tests/support/launchBrowser.ts';
import { emit, median, progress, round } from './emit.ts';

/** Huế and its surroundings (degrees). */
const HUE = { west: 107.5, south: 16.38, east: 107.7, north: 16.55 };
const RUNS = 15;
const WARMUP = 3;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sensors(grid: SurfaceGrid, n: number) {
  const r = random(1957);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lon[i] = grid.west + r() * (grid.east - grid.west);
    lat[i] = grid.south + r() * (grid.north - grid.south);
    value[i] = 20 + r() * 180;
  }
  return { lon, lat, value };
}

function timed(fn: () => void): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function report(metric: string, times: number[], extra: Record<string, unknown>): void {
  // The 1-minute load average: on a shared 2-core machine it explains most of the spread.
  emit({ bench: 'surface', metric, value: round(median(times), 2), unit: 'ms', stat: 'median', runs: times.length, min: round(Math.min(...times), 2), max: round(Math.max(...times), 2), load1: round(os.loadavg()[0]!, 1), ...extra });
}

async function chromiumWorker(grid: SurfaceGrid, samples: ReturnType<typeof sensors>): Promise<void> {
  const assets = path.resolve('dist', 'assets');
  const file = readdirSync(assets).find((f) => /^surfaceWorker-.*\.js$/.test(f));
  if (!file) throw new Error('dist/assets/surfaceWorker-*.js not found: run `npm run build` first');
  const code = readFileSync(path.join(assets, file), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // A same-origin page and the worker as a module script, served from memory (nothing listens).
    await page.route('http://bench.localhost/**', (route) => route.fulfill(route.request().url().endsWith('.js')
      ? { contentType: 'text/javascript', body: code }
      : { contentType: 'text/html', body: '<!doctype html><title>surface bench</title>' }));
    await page.goto('http://bench.localhost/index.html');
    // A string, not a function: the bench runs under tsx, whose helper names do not exist in the page.
    const input = JSON.stringify({ grid, lon: [...samples.lon], lat: [...samples.lat], value: [...samples.value], runs: RUNS, warmup: WARMUP });
    const result = await page.evaluate<{ computeMs: number; roundTripMs: number }[]>(`(async () => {
      const { grid, lon, lat, value, runs, warmup } = ${input};
      const worker = new Worker('/surfaceWorker.js', { type: 'module' });
      const once = (id) => new Promise((resolve, reject) => {
        const t0 = performance.now();
        worker.onmessage = (e) => resolve({ computeMs: e.data.computeMs, roundTripMs: performance.now() - t0 });
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage({ id, grid, lon: Float64Array.from(lon), lat: Float64Array.from(lat), value: Float64Array.from(value), power: 2 });
      });
      const out = [];
      for (let i = 0; i < warmup + runs; i++) {
        const r = await once(i);
        if (i >= warmup) out.push(r);
      }
      worker.terminate();
      return out;
    })()`);
    const extra = { sensors: samples.value.length, cells: grid.cols * grid.rows, browser: browser.version() };
    report('idw_50x150k_chromium_worker', result.map((r) => r.computeMs), extra);
    report('idw_50x150k_chromium_worker_roundtrip', result.map((r) => r.roundTripMs), extra);
  } finally {
    await browser.close();
  }
}

/** Runs the surface and plume benchmarks. */
export async function surfaceBench(): Promise<void> {
  const grid = gridOver(HUE, 150_000);
  const samples = sensors(grid, 50);
  const out = new Float32Array(grid.cols * grid.rows);
  progress(`surface: IDW 50 sensors × ${grid.cols * grid.rows} cells (Node)`);
  report('idw_50x150k_node', timed(() => idwGrid(grid, samples, { out })), { sensors: 50, cells: grid.cols * grid.rows });

  const plumeCells = gridOver(HUE, 40_000);
  const r = random(1459);
  const runs: PlumeRun[] = Array.from({ length: 100 }, (_, i) => ({
    source: {
      id: `s${i}`, name: `source ${i}`, emissionGps: 0.5 + r() * 10, heightM: r() * 40,
      lon: HUE.west + r() * (HUE.east - HUE.west), lat: HUE.south + r() * (HUE.north - HUE.south),
    },
    windSpeedMs: 1 + r() * 7, windFromDeg: r() * 360, stability: STABILITY_CLASSES[Math.floor(r() * 6)]!,
  }));
  const plumeOut = new Float32Array(plumeCells.cols * plumeCells.rows);
  progress(`surface: plume 100 sources × ${plumeCells.cols * plumeCells.rows} cells (Node)`);
  report('plume_100x40k_node', timed(() => plumeGrid(plumeCells, runs, { out: plumeOut.fill(0) })), { sources: 100, cells: plumeCells.cols * plumeCells.rows });

  const krigingGridCells = gridOver(HUE, 37_500);
  progress(`surface: ordinary kriging with variance, 50 sensors × ${krigingGridCells.cols * krigingGridCells.rows} cells (Node)`);
  const krigingTimes: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    krigingGrid(krigingGridCells, samples);
    if (i > 0) krigingTimes.push(performance.now() - t0);
  }
  report('kriging_50x37k_node', krigingTimes, { sensors: 50, cells: krigingGridCells.cols * krigingGridCells.rows, note: 'estimate + kriging variance, variogram fitted each run' });

  progress('surface: IDW in the app\'s Web Worker (headless Chromium)');
  await chromiumWorker(grid, samples);
}
