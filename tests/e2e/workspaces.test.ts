/**
 * The four workspaces in real headless Chromium (WebGL on SwiftShader) against the real server
 * (PGlite, temp DATA_DIR). One server, one browser and one page for the whole file; the app runs
 * with `render=low`. Selectors use the app's stable attributes (data-workspace, data-layer-id,
 * data-testid) so the default Vietnamese UI and English give the same results.
 *
 * Per workspace: data-ready, four nav entries, a map that is not blank, and switching the Perfume
 * River off visibly changes the map. Then: clicking a monument (3D) and a transport hub (2D) at the
 * canvas centre opens the info panel with its attributes; a full reload of a link with
 * cam/layers/lang=en reproduces that view; and no request ever left localhost.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACES } from '../../src/catalog/LayerDefinition.ts';
import {
  DRAWN_MIN_COLOURS,
  DRAWN_MIN_STDDEV,
  isLocalUrl,
  looksDrawn,
  setHash,
  VIEW_SELECTOR,
  viewStats,
  waitForDataReady,
  waitForPixelChange,
  type RequestLog,
} from '../support/appPage.ts';
import { pixelStats } from '../support/pixelStats.ts';
import type { ServerProcess } from '../support/startServerProcess.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';

/** A big polygon on by default in every workspace: switching it off must change the picture. */
const TOGGLED_LAYER = 'perfume-river';
/** Share of map pixels that must change when that layer goes off (it covers ~5–10 % of the view). */
const MIN_CHANGED_FRACTION = 0.01;

let session: BrowserSession;
let server: ServerProcess;
let page: Page;
let requests: RequestLog;
let pageErrors: string[];
const timings: Record<string, number> = {};

beforeAll(async () => {
  session = await startBrowserSession();
  ({ server, page, pageErrors, requests } = session);
});

afterAll(async () => {
  console.log(`e2e timings (s): ${JSON.stringify(timings)}`);
  await session?.close();
});

const toggle = (id: string) => page.locator(`li[data-layer-id="${id}"] input[type="checkbox"]`);
const infoPanel = () => page.getByTestId('info-panel');

async function expectNav(current: string): Promise<void> {
  const links = page.locator('nav a[data-workspace]');
  await expect.poll(() => links.count()).toBe(4);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-workspace')))).toEqual([...WORKSPACES]);
  expect(await page.locator(`nav a[data-workspace="${current}"]`).getAttribute('aria-current')).toBe('page');
}

async function expectMapDrawn(label: string): Promise<Buffer> {
  const { png, stats } = await viewStats(page);
  const why = `${label}: map area ${stats.width}×${stats.height}, stddev ${stats.stddev.toFixed(1)} (≥ ${DRAWN_MIN_STDDEV}), ${stats.distinctColours} colours (≥ ${DRAWN_MIN_COLOURS})`;
  expect(looksDrawn(stats), why).toBe(true);
  return png;
}

/** Clicks the centre of the map repeatedly (the camera may still be settling) until the info panel opens. */
async function clickCentreUntilInfo(timeoutMs = 45_000): Promise<void> {
  const box = (await page.locator(VIEW_SELECTOR).boundingBox())!;
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (await infoPanel().isVisible({ timeout: 1_500 }).catch(() => false)) return;
    await page.waitForTimeout(1_000);
  }
  throw new Error(`no info panel after clicking the map centre for ${timeoutMs / 1000} s (hash ${await page.evaluate(() => location.hash)})`);
}

describe('workspaces in headless Chromium', () => {
  it('the blank-map check rejects a blank view (self-test of the pixel check)', async () => {
    await page.setContent('<main style="margin:0;width:800px;height:500px;background:#1d2733"></main>');
    const stats = pixelStats(await page.locator('main').screenshot());
    expect(stats.distinctColours).toBe(1);
    expect(looksDrawn(stats)).toBe(false);
    // …and the offline check tells local from remote URLs.
    expect(['http://localhost:8080/api/layers', 'http://127.0.0.1:9/x', 'ws://localhost:1/live', 'data:image/png;base64,AA', 'blob:http://localhost/1'].every(isLocalUrl)).toBe(true);
    expect(['https://tile.openstreetmap.org/1/0/0.png', 'https://api.cesium.com/v1/assets', 'http://localhost.example.com/'].some(isLocalUrl)).toBe(false);
  });

  for (const [i, workspace] of WORKSPACES.entries()) {
    it(`${workspace}: reaches data-ready, draws a map, and a layer toggle changes it`, async () => {
      const t0 = performance.now();
      if (i === 0) {
        await page.goto(`${server.url}/#/${workspace}?render=low`);
      } else {
        // Switch the way a user does: the nav tab (keeps render=low); data-ready must reset first.
        await page.locator(`nav a[data-workspace="${workspace}"]`).click();
        await expect.poll(() => page.evaluate(() => location.hash)).toMatch(new RegExp(`^#/${workspace}\\b`));
      }
      await waitForDataReady(page);
      timings[`${workspace}_ready`] = Number(((performance.now() - t0) / 1000).toFixed(1));
      expect(await page.evaluate(() => location.hash)).toContain('render=low');
      await expectNav(workspace);

      const before = await expectMapDrawn(workspace);
      const box = toggle(TOGGLED_LAYER);
      await expect.poll(() => box.isChecked()).toBe(true);
      await box.uncheck();
      expect(await box.isChecked()).toBe(false);
      const changed = await waitForPixelChange(page, before, MIN_CHANGED_FRACTION);
      expect(changed, `${workspace}: ${(changed * 100).toFixed(2)} % of the map changed after hiding ${TOGGLED_LAYER}`).toBeGreaterThanOrEqual(MIN_CHANGED_FRACTION);
      const layersParam = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('layers'));
      expect(layersParam ?? '').not.toContain(TOGGLED_LAYER);

      await box.check();
      expect(await box.isChecked()).toBe(true);
      expect(await page.evaluate(() => location.hash)).toContain(TOGGLED_LAYER);
    });
  }

  it('3D: clicking a monument at the centre of the view shows its attributes', async () => {
    const t0 = performance.now();
    await page.locator('nav a[data-workspace="heritage"]').click();
    await waitForDataReady(page);
    // Thiên Mụ Pagoda, looked at straight down from 1.5 km: it sits at the canvas centre.
    await setHash(page, '#/heritage?cam=107.5446,16.4533,1500,0,-90&layers=heritage-monuments&render=low');
    await expect.poll(() => toggle('perfume-river').isChecked()).toBe(false);
    await clickCentreUntilInfo();
    const panel = infoPanel();
    await expect.poll(() => panel.textContent()).toContain('chua-thien-mu');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('pagoda');
    expect(text).toContain('Chùa Thiên Mụ'.slice(0, 4));
    expect(await panel.locator('table.attributes th[scope="row"]').allTextContents()).toEqual(expect.arrayContaining(['id', 'kind', 'name_vi', 'name_en']));
    timings.click3d = Number(((performance.now() - t0) / 1000).toFixed(1));
  });

  it('2D: clicking a transport hub at the centre of the map shows its attributes', async () => {
    const t0 = performance.now();
    await page.locator('nav a[data-workspace="logistics"]').click();
    await waitForDataReady(page);
    // Huế railway station at the map centre, zoom 15, north up.
    await setHash(page, '#/logistics?cam=107.5784,16.4564,15,0,0&layers=transport-hubs&render=low');
    await expect.poll(() => toggle('heritage-monuments').isChecked()).toBe(false);
    await clickCentreUntilInfo();
    const panel = infoPanel();
    await expect.poll(() => panel.textContent()).toContain('ga-hue');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('rail_station');
    expect(await panel.locator('table.attributes th[scope="row"]').allTextContents()).toEqual(expect.arrayContaining(['id', 'kind', 'name_vi']));
    timings.click2d = Number(((performance.now() - t0) / 1000).toFixed(1));
  });

  it('a link with cam, layers and lang=en reproduces that view after a full reload', async () => {
    const t0 = performance.now();
    const cam = [107.5786, 16.4519, 2800, 20, -50];
    const hash = `#/heritage?cam=${cam.join(',')}&layers=heritage-monuments,perfume-river&lang=en&render=low`;
    await page.goto('about:blank');
    await page.goto(`${server.url}/${hash}`);
    await waitForDataReady(page);
    timings.reload = Number(((performance.now() - t0) / 1000).toFixed(1));

    // Language: English UI, <html lang="en">.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('nav a[data-workspace]').allTextContents()).toEqual(['Planning', 'Environment', 'Logistics', 'Heritage']);
    await expect.poll(() => page.locator('.catalog-panel h2').first().textContent()).toBe('Layers');
    // Layers: exactly those of the link (citadel-walls is on by default in heritage, so this proves the link won).
    await expect.poll(() => toggle('heritage-monuments').isChecked()).toBe(true);
    expect(await toggle('perfume-river').isChecked()).toBe(true);
    expect(await toggle('citadel-walls').isChecked()).toBe(false);
    expect(await toggle('transport-hubs').isChecked()).toBe(false);
    expect(await page.locator('nav a[data-workspace="heritage"]').getAttribute('aria-current')).toBe('page');
    // Camera: where the link put it (the app may rewrite the hash with rounded numbers).
    const current = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('cam'));
    const got = (current ?? cam.join(',')).split(',').map(Number);
    const tolerance = [1e-4, 1e-4, 5, 0.5, 0.5];
    got.forEach((v, k) => expect(Math.abs(v - cam[k]), `cam[${k}] = ${v}, link had ${cam[k]}`).toBeLessThanOrEqual(tolerance[k]));
    await expectMapDrawn('reloaded heritage');
  });

  it('no request left this machine, and the page threw no errors', () => {
    expect(requests.urls.length).toBeGreaterThan(10);
    expect(requests.urls.some((u) => u.includes('/api/layers'))).toBe(true);
    expect(requests.external().join('\n'), 'requests to hosts other than localhost').toBe('');
    expect(pageErrors.join('\n'), 'uncaught errors in the page').toBe('');
  });
});
