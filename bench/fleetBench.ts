/**
 * `npm run bench -- fleet`: frames per second the logistics map draws in headless Chromium, idle
 * (continuous repainting, no vehicles) and with 5,000 synthetic trucks animated with trails (the
 * GPU-animated fleet layer). Same server, viewport and view for both; flows off so only the fleet
 * differs. The load average is recorded as each phase starts (the CPUs are shared).
 * The page counts MapLibre `render` events per second (`fps=1`, shown in the panel); the figure is
 * the median of the per-second counts after a warm-up. Target (issue 7): with 5,000 vehicles at
 * least half the idle frame rate.
 */
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/launchBrowser.ts';
import { waitForDataReady } from '../tests/support/appPage.ts';
import { startServerProcess } from '../tests/support/startServerProcess.ts';
import { isVisibleByDefault, type CatalogLayer } from '../src/catalog/LayerDefinition.ts';
import { onCleanup } from './cleanup.ts';
import { emit, median, progress, round } from './emit.ts';

/** Moving vehicles in the loaded case. */
const VEHICLES = 5000;
/** Seconds ignored after the fleet appears, then seconds sampled. */
const WARM_UP_S = 5;
const SAMPLE_S = 15;
const VIEWPORT = { width: 960, height: 540 };

async function framesPerSecond(browser: Browser, url: string, label: string): Promise<{ fps: number; samples: number[]; readyS: number; loadAverage: number }> {
  const loadAverage = round(os.loadavg()[0], 2);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url);
    await waitForDataReady(page);
    const readyS = (performance.now() - t0) / 1000;
    const meter = page.getByTestId('map-fps');
    await meter.waitFor();
    await page.waitForTimeout(WARM_UP_S * 1000);
    const samples: number[] = [];
    for (let i = 0; i < SAMPLE_S; i++) {
      await page.waitForTimeout(1000);
      const fps = Number(await meter.getAttribute('data-fps'));
      if (Number.isFinite(fps) && fps > 0) samples.push(fps);
    }
    if (samples.length === 0) throw new Error(`${label}: the page reported no frame rate`);
    progress(`fleet ${label}: ready in ${readyS.toFixed(1)} s, load average ${loadAverage}, fps samples ${samples.join(' ')}`);
    return { fps: median(samples), samples, readyS, loadAverage };
  } finally {
    await context.close();
  }
}

/** Runs the fleet bench. */
export async function fleetBench(): Promise<void> {
  const server = await startServerProcess({ env: { SIMULATOR: 'off' }, timeoutMs: 280_000 });
  const stopServer = onCleanup(() => server.stop());
  const browser = await launchBrowser();
  const closeBrowser = onCleanup(() => browser.close());
  try {
    // the Logistics workspace's default layers without the freight flows
    const { layers } = (await (await fetch(`${server.url}/api/layers`)).json()) as { layers: CatalogLayer[] };
    const shown = layers.filter((l) => isVisibleByDefault(l, 'logistics') && l.id !== 'logistics-flows').map((l) => l.id);
    const view = `${server.url}/#/logistics?render=low&fps=1&layers=${shown.join(',')}`;
    const idle = await framesPerSecond(browser, `${view}&fleet=0`, 'idle');
    const loaded = await framesPerSecond(browser, `${view}&vehicles=${VEHICLES}`, `${VEHICLES} vehicles`);
    const common = { unit: 'fps', stat: 'median', seconds: SAMPLE_S, viewport: `${VIEWPORT.width}x${VIEWPORT.height}` };
    emit({ bench: 'fleet', metric: 'map_idle_fps', value: round(idle.fps, 1), ...common, load_average: idle.loadAverage, min: Math.min(...idle.samples), max: Math.max(...idle.samples) });
    emit({
      bench: 'fleet', metric: `map_${VEHICLES}_vehicles_fps`, value: round(loaded.fps, 1), ...common, load_average: loaded.loadAverage, min: Math.min(...loaded.samples), max: Math.max(...loaded.samples),
      peer: 'map_idle_fps', peer_value: round(idle.fps, 1), ratio: round(loaded.fps / idle.fps, 3), target_ratio: 0.5,
    });
  } finally {
    await closeBrowser();
    await stopServer();
  }
}
