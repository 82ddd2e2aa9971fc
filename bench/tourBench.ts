/**
 * `tour`: the heritage tour figures of issue 8 — seconds from opening a tour link to its first stop
 * fully drawn (`<html data-ready>`, which the tour holds until then; median of 3, fresh browser
 * context each, `render=low`), the same for the exported bundle opened from file://, the sample
 * tour's offline bundle size (zip and unpacked), and the frame rate during a fly-to between stops
 * (requestAnimationFrame callbacks while the 3 s flight runs; Cesium renders in them).
 * Targets (issue 8): first stop ≤ 3 s on a GPU desktop; bundle ≤ 50 MB. SwiftShader on these
 * 2-core machines is far slower: report what it gives.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { FLIGHT_DURATION_S } from '../src/heritage/player/stopFlight.ts';
import { launchBrowser } from '../tests/support/launchBrowser.ts';
import { startServerProcess } from '../tests/support/startServerProcess.ts';
import { makeTempDir, removeTempDir } from '../tests/support/tempDir.ts';
import { onCleanup } from './cleanup.ts';
import { emit, median, progress, round } from './emit.ts';

/** The sample tour (tours/imperial-city-one-hour.json). */
const TOUR_ID = 'imperial-city-one-hour';
const RUNS = 3;
/** SwiftShader on a loaded 2-core machine has needed up to ~140 s for the app's first stop. */
const READY_TIMEOUT_MS = 300_000;

async function timeToReady(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: READY_TIMEOUT_MS, polling: 50 });
    return (performance.now() - started) / 1000;
  } finally {
    await context.close();
  }
}

async function flyToFps(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: READY_TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: READY_TIMEOUT_MS, polling: 100 });
    // A string, not a function: the bench's TypeScript transpiler would wrap a named function in a helper the page lacks.
    await page.evaluate('(() => { window.__frames = 0; const count = () => { window.__frames++; requestAnimationFrame(count); }; requestAnimationFrame(count); })()');
    await page.getByTestId('tour-next').click();
    const t0 = performance.now();
    const before = Number(await page.evaluate('window.__frames'));
    await page.waitForTimeout(FLIGHT_DURATION_S * 1000);
    const after = Number(await page.evaluate('window.__frames'));
    return (after - before) / ((performance.now() - t0) / 1000);
  } finally {
    await context.close();
  }
}

let failures = 0;

/** Runs one measurement; a failure is a `null` figure with its error (the others still run). */
async function measured(metric: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    failures++;
    emit({ bench: 'tour', metric, value: null, unit: '', error: String((error as Error).message).split('\n')[0] });
  }
}

/** Runs the tour bench against one fresh server; throws at the end if a measurement failed (exit status 1). */
export async function tourBench(): Promise<void> {
  failures = 0;
  const server = await startServerProcess({ timeoutMs: 300_000 });
  const stopServer = onCleanup(() => server.stop());
  const dir = makeTempDir('tour-bench');
  const removeDir = onCleanup(() => removeTempDir(dir));
  const browser = await launchBrowser();
  const closeBrowser = onCleanup(() => browser.close());
  try {
    const link = `${server.url}/#/heritage?tour=${TOUR_ID}&render=low&lang=en`;
    // Warm-up: the server's first answers (app files, tour, tilesets) are not what is measured.
    await timeToReady(browser, link).catch((error: unknown) => progress(`tour: warm-up failed: ${(error as Error).message.split('\n')[0]}`));
    await measured('tour_link_first_stop', async () => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        times.push(await timeToReady(browser, link));
        progress(`tour: link → first stop drawn ${times.at(-1)!.toFixed(1)} s`);
      }
      emit({ bench: 'tour', metric: 'tour_link_first_stop', value: round(median(times)), unit: 's', stat: 'median', runs: RUNS, min: round(Math.min(...times)), max: round(Math.max(...times)), target: 3 });
    });
    await measured('tour_flyto_fps', async () => {
      const fps = await flyToFps(browser, link);
      emit({ bench: 'tour', metric: 'tour_flyto_fps', value: round(fps, 1), unit: 'fps', render: 'low', viewport: '1280x800' });
      progress(`tour: ${fps.toFixed(1)} fps during a fly-to`);
    });

    await measured('tour_bundle_zip', async () => {
      const response = await fetch(`${server.url}/api/tours/${TOUR_ID}/bundle`);
      if (!response.ok) throw new Error(`bundle: HTTP ${response.status}`);
      const zip = new Uint8Array(await response.arrayBuffer());
      const files = unzipSync(zip);
      let unpacked = 0;
      for (const [name, bytes] of Object.entries(files)) {
        if (name.endsWith('/')) continue;
        unpacked += bytes.byteLength;
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), bytes);
      }
      emit({ bench: 'tour', metric: 'tour_bundle_zip', value: zip.byteLength, unit: 'B', files: Object.keys(files).length, target: 50e6 });
      emit({ bench: 'tour', metric: 'tour_bundle_unpacked', value: unpacked, unit: 'B' });
      progress(`tour: bundle ${(zip.byteLength / 1e6).toFixed(1)} MB zipped, ${(unpacked / 1e6).toFixed(1)} MB unpacked`);
    });
    await measured('tour_bundle_file_first_stop', async () => {
      const offline: number[] = [];
      const fileUrl = pathToFileURL(path.join(dir, 'index.html')).href;
      for (let i = 0; i < RUNS; i++) offline.push(await timeToReady(browser, fileUrl));
      emit({ bench: 'tour', metric: 'tour_bundle_file_first_stop', value: round(median(offline)), unit: 's', stat: 'median', runs: RUNS, min: round(Math.min(...offline)), max: round(Math.max(...offline)) });
      progress(`tour: bundle from file:// → first stop ${median(offline).toFixed(1)} s`);
    });
    if (failures) throw new Error(`${failures} tour measurement(s) failed`);
  } finally {
    await closeBrowser();
    await stopServer();
    await removeDir();
  }
}
