/**
 * Helpers for driving the web app in Playwright: the readiness contract (`<html data-ready>`),
 * screenshots of the map alone (panels hidden), pixel-change polling, and a request recorder that
 * proves nothing leaves the machine.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { changedFraction, pixelStats, type PixelStats } from './pixelStats.ts';

/** How long a workspace may take to reach data-ready on SwiftShader (Cesium: ~12–21 s typical). */
export const DATA_READY_TIMEOUT_MS = 180_000;

/** The element that holds the map canvas (Cesium or MapLibre), covering the whole main area. */
export const VIEW_SELECTOR = '.workspace-view';

/** Waits until `<html data-ready="true">`; the error says what the page showed instead. */
export async function waitForDataReady(page: Page, timeoutMs = DATA_READY_TIMEOUT_MS): Promise<number> {
  const started = performance.now();
  try {
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: timeoutMs, polling: 100 });
  } catch (error) {
    const state = await page
      .evaluate(() => `hash=${location.hash} data-ready=${document.documentElement.dataset.ready} footer=${document.querySelector('footer')?.textContent ?? ''}`)
      .catch(() => 'page not readable');
    throw new Error(`data-ready did not become "true" within ${timeoutMs / 1000} s (${state}): ${(error as Error).message.split('\n')[0]}`);
  }
  return (performance.now() - started) / 1000;
}

/** Sets `location.hash` in the page (a same-document navigation that fires `hashchange`). */
export async function setHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/**
 * PNG of the map area only: every sibling of the workspace view (floating panels) is hidden while
 * the screenshot is taken, so panel pixels cannot make a blank map look drawn.
 */
export async function viewScreenshot(page: Page): Promise<Buffer> {
  const style = await page.addStyleTag({ content: `.app-main > :not(${VIEW_SELECTOR}) { visibility: hidden !important; }` });
  try {
    return await page.locator(VIEW_SELECTOR).screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await style.evaluate((el) => (el as Element).remove());
  }
}

/**
 * Thresholds of {@link looksDrawn}. A blank canvas has stddev 0 and one colour; the low-render
 * Cesium view of Huế (flat green ground, river, walls, points) measures stddev ≈ 6, ≈ 4,000 colours;
 * the 2D map stddev ≈ 26, ≈ 3,400 colours.
 */
export const DRAWN_MIN_STDDEV = 3;
export const DRAWN_MIN_COLOURS = 64;

/** Whether pixel stats look like a drawn map rather than a blank or single-colour canvas. */
export function looksDrawn(stats: PixelStats): boolean {
  return stats.stddev >= DRAWN_MIN_STDDEV && stats.distinctColours >= DRAWN_MIN_COLOURS;
}

/** Stats of the map area, from {@link viewScreenshot}. */
export async function viewStats(page: Page): Promise<{ png: Buffer; stats: PixelStats }> {
  const png = await viewScreenshot(page);
  return { png, stats: pixelStats(png) };
}

/**
 * Polls the map area until at least `minFraction` of its pixels differ from `before`
 * (renderers redraw asynchronously). Returns the largest fraction seen within `timeoutMs`.
 */
export async function waitForPixelChange(page: Page, before: Buffer, minFraction: number, timeoutMs = 30_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let best = 0;
  for (;;) {
    best = Math.max(best, changedFraction(before, await viewScreenshot(page)));
    if (best >= minFraction || performance.now() > deadline) return best;
    await page.waitForTimeout(400);
  }
}

/** Whether a URL stays on this machine: http(s)/ws(s) to localhost/127.0.0.1/[::1], or data:/blob:/about:. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}

/** Every URL the context requested (pages, workers, WebSockets), and those that left the machine. */
export interface RequestLog {
  urls: string[];
  external(): string[];
}

/** Records every request of `context` from now on (attach before the first navigation). */
export function recordRequests(context: BrowserContext): RequestLog {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  context.on('page', (page) => page.on('websocket', (ws) => urls.push(ws.url())));
  for (const page of context.pages()) page.on('websocket', (ws) => urls.push(ws.url()));
  return { urls, external: () => [...new Set(urls.filter((u) => !isLocalUrl(u)))] };
}
