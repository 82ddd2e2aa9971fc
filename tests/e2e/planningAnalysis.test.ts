/**
 * Planning analysis tools in real headless Chromium against the real server (PGlite, temp DATA_DIR,
 * `render=low`): a link with a 1 km viewshed and a sun instant reaches data-ready only once the
 * viewshed is computed (buildings fetched over OGC API in the worker) and drawn; the panel shows the
 * visible fraction; the same view without the analysis looks clearly different; the sun controls
 * show the link's Huế time; picking two points with the distance tool writes them to the URL and
 * shows a geodesic length; nothing leaves localhost and the page throws nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setHash, VIEW_SELECTOR, viewScreenshot, waitForDataReady, waitForPixelChange, type RequestLog } from '../support/appPage.ts';
import type { ServerProcess } from '../support/startServerProcess.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';

/** Observer: a street corner by Đông Ba market, eye 1.6 m above the ground; radius 1 km. */
const VIEWSHED = 'vs=107.5895,16.4722,1.6,1000';
/** Straight down from 3.2 km: the whole 2 km circle is in the view. */
const CAM = 'cam=107.5895,16.4722,3200,0,-90';
const SUN = 'sun=2026-06-21T09:00';
/** Share of the map's pixels that the viewshed drawing must change (it covers ~40 % of the view). */
const MIN_CHANGED_FRACTION = 0.05;
/** Generous limits: a cold PGlite start seeds ~167k features, and shadows on SwiftShader are slow (~110 s to data-ready on a loaded 2-core machine). */
const SERVER_START_MS = 400_000;
const READY_MS = 360_000;

let session: BrowserSession;
let server: ServerProcess;
let page: Page;
let requests: RequestLog;
let pageErrors: string[];

beforeAll(async () => {
  // E2E_APP_DIR: serve a snapshot of the built app (other jobs may rebuild dist/ mid-run).
  session = await startBrowserSession({ server: { timeoutMs: SERVER_START_MS, env: process.env.E2E_APP_DIR ? { APP_DIR: process.env.E2E_APP_DIR } : {} } });
  ({ server, page, pageErrors, requests } = session);
}, SERVER_START_MS + 20_000);

afterAll(async () => {
  await session?.close();
});

const hashParam = (name: string) => page.evaluate((n) => new URLSearchParams(location.hash.split('?')[1] ?? '').get(n), name);

describe('planning analysis tools', () => {
  it('a link with a viewshed and a sun instant is computed and drawn before data-ready', async () => {
    await page.goto(`${server.url}/#/planning?render=low&lang=en&${CAM}&${SUN}&tool=viewshed&${VIEWSHED}`);
    await waitForDataReady(page, READY_MS);

    // The result is in the panel at data-ready (readiness was held until it was drawn).
    const fraction = Number(await page.getByTestId('viewshed-visible-fraction').getAttribute('data-value'));
    expect(fraction).toBeGreaterThan(0.01);
    expect(fraction).toBeLessThan(0.99);
    const summary = (await page.getByTestId('analysis-summary').textContent()) ?? '';
    expect(summary).toMatch(/\d+\.\d %/);
    expect(summary).toContain('1.00 km');
    expect(await page.getByTestId('analysis-result').textContent()).toMatch(/\d+ \/ \d+ buildings visible/);
    expect(await page.locator('.analysis-tool[aria-pressed="true"]').getAttribute('data-tool')).toBe('viewshed');

    // Sun: on, at the link's Huế local time, with the sun up in the east at 9:00 in June.
    expect(await page.getByTestId('sun-toggle').isChecked()).toBe(true);
    expect(await page.getByTestId('sun-date').inputValue()).toBe('2026-06-21');
    expect(await page.getByTestId('sun-time').inputValue()).toBe('09:00');
    expect(await page.getByTestId('analysis-panel').textContent()).toContain('UTC+7');
    expect(await page.getByTestId('sun-position').textContent()).toMatch(/elevation (4\d|5\d)\.\d°, azimuth (7\d|8\d|9\d)\.\d°/);

    // The link is kept as it was (so it can be shared again).
    expect(await hashParam('vs')).toBe(VIEWSHED.slice(3));
    expect(await hashParam('sun')).toBe(SUN.slice(4));
  }, READY_MS + 30_000);

  it('the drawing changes the picture: the same view without the viewshed differs', async () => {
    const withAnalysis = await viewScreenshot(page);
    await setHash(page, `#/planning?render=low&lang=en&${CAM}&${SUN}`);
    await expect.poll(() => page.getByTestId('analysis-result').count()).toBe(0);
    const changed = await waitForPixelChange(page, withAnalysis, MIN_CHANGED_FRACTION);
    expect(changed, `${(changed * 100).toFixed(1)} % of the map changed when the viewshed was removed`).toBeGreaterThanOrEqual(MIN_CHANGED_FRACTION);
  });

  it('distance: two clicks in the view put both points in the URL and show a geodesic length', async () => {
    await page.locator('.analysis-tool[data-tool="distance"]').click();
    await expect.poll(() => hashParam('tool')).toBe('distance');
    const box = (await page.locator(VIEW_SELECTOR).boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.5);
    await expect.poll(() => hashParam('m')).toMatch(/^[\d.]+,[\d.]+,[\d.]+$/);
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await expect.poll(() => hashParam('m')).toMatch(/^[\d.]+,[\d.]+,[\d.]+;[\d.]+,[\d.]+,[\d.]+$/);
    await expect.poll(() => page.getByTestId('analysis-summary').textContent()).toMatch(/Distance \(geodesic\): [\d.,]+ (m|km)/);
    // 20 % of the width of a 3.2 km-high vertical view (60° field of view) is roughly 0.6–1 km.
    const [a, b] = (await hashParam('m'))!.split(';').map((p) => p.split(',').map(Number));
    const metres = Math.hypot((b![0]! - a![0]!) * 106_800, (b![1]! - a![1]!) * 110_600);
    expect(metres).toBeGreaterThan(300);
    expect(metres).toBeLessThan(2000);
  });

  it('no request left this machine, and the page threw no errors', () => {
    expect(requests.urls.some((u) => u.includes('/api/collections/hue-buildings/items?bbox='))).toBe(true);
    expect(requests.external().join('\n'), 'requests to hosts other than localhost').toBe('');
    expect(pageErrors.join('\n'), 'uncaught errors in the page').toBe('');
  });
});
