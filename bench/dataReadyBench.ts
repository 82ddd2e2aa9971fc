/**
 * `data-ready`: per workspace and render mode (normal, `render=low`), seconds from navigation to
 * `<html data-ready="true">` in headless Chromium, and the bytes it downloaded on the way
 * (Playwright's encoded response sizes, workers included). Each measurement uses a fresh browser
 * context (cold HTTP cache) against one warm server.
 */
import type { Browser } from 'playwright-core';
import { WORKSPACES } from '../src/catalog/LayerDefinition.ts';
import { launchBrowser } from '../tests/support/launchBrowser.ts';
import { startServerProcess } from '../tests/support/startServerProcess.ts';
import { onCleanup } from './cleanup.ts';
import { emit, progress, round } from './emit.ts';

/** Give up waiting for data-ready after this long (SwiftShader needs ~15–40 s). */
const READY_TIMEOUT_MS = 180_000;
const MODES = ['normal', 'low'] as const;

async function measure(browser: Browser, url: string, workspace: string, mode: (typeof MODES)[number]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    let bytes = 0;
    let headerBytes = 0;
    let requests = 0;
    const sizes: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      if (!/^https?:/.test(request.url())) return;
      requests++;
      sizes.push(
        request.sizes().then(
          (s) => {
            bytes += s.responseBodySize;
            headerBytes += s.responseHeadersSize;
          },
          () => undefined,
        ),
      );
    });
    const target = `${url}/#/${workspace}${mode === 'low' ? '?render=low' : ''}`;
    const started = performance.now();
    await page.goto(target, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    });
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(sizes);
    const base = { bench: 'data-ready', workspace, render: mode };
    emit({ ...base, metric: `${workspace}_${mode}`, value: round(seconds), unit: 's' });
    emit({ ...base, metric: `${workspace}_${mode}_bytes`, value: bytes, unit: 'B', requests, header_bytes: headerBytes });
    progress(`data-ready: ${workspace} ${mode}: ${seconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(2)} MB in ${requests} requests`);
  } catch (error) {
    emit({ bench: 'data-ready', workspace, render: mode, metric: `${workspace}_${mode}`, value: null, unit: 's', error: String((error as Error).message).split('\n')[0] });
  } finally {
    await context.close();
  }
}

/** Runs the data-ready bench for every workspace (or those in `only`). */
export async function dataReadyBench(only: string[] = []): Promise<void> {
  const unknown = only.filter((w) => !(WORKSPACES as readonly string[]).includes(w));
  if (unknown.length) throw new Error(`unknown workspace "${unknown[0]}"; choose from: ${WORKSPACES.join(', ')}`);
  const server = await startServerProcess();
  const stopServer = onCleanup(() => server.stop());
  progress(`data-ready: server at ${server.url} (started in ${server.startSeconds.toFixed(1)} s)`);
  const browser = await launchBrowser();
  const closeBrowser = onCleanup(() => browser.close());
  try {
    const workspaces = only.length ? WORKSPACES.filter((w) => only.includes(w)) : WORKSPACES;
    for (const workspace of workspaces) for (const mode of MODES) await measure(browser, server.url, workspace, mode);
  } finally {
    await closeBrowser();
    await stopServer();
  }
}
