/**
 * The planning workspace's scenario & compliance tools in real headless Chromium against the real
 * server (one server, one page, `render=low`). The "must hold": opening `#/planning` with the
 * heritage-violating scenario reaches `data-ready` with the violating proposal listed in the panel
 * and drawn in the violation colour (more of that colour than the baseline shows from the same
 * camera), and the compliant scenario lists no violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLIANCE_COLOURS } from '../../src/planning/ui/buildingColours.ts';
import { VIEW_SELECTOR, setHash, viewScreenshot, waitForDataReady } from '../support/appPage.ts';
import { decodePng } from '../support/pixelStats.ts';
import type { ServerProcess } from '../support/startServerProcess.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';

/** Sample scenario breaking the zone II height limit inside the Citadel, and its proposal. */
const HERITAGE = { id: 'heritage-height-citadel', building: 'kt-guesthouse-1', rule: 'bv2-kinh-thanh-noi/heritage-height' };
/** Sample scenario that complies. */
const COMPLIANT = 'compliant-vinh-ninh';
/** How long a scenario may take to be drawn after a hash change, ms (SwiftShader). */
const SWITCH_TIMEOUT_MS = 120_000;

let session: BrowserSession;
let server: ServerProcess;
let page: Page;
let pageErrors: string[];

/** Server start on a fresh data dir (seeding 82k buildings) on a busy 2-core machine, ms (within the 240 s hook timeout). */
const SERVER_START_MS = 230_000;

beforeAll(async () => {
  session = await startBrowserSession({ server: { timeoutMs: SERVER_START_MS } });
  ({ server, page, pageErrors } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Waits until the scene has drawn `key` (`<id>@<version>` or `baseline`) and the page is ready. */
async function waitForScenario(key: string): Promise<void> {
  await page.waitForFunction((k) => document.documentElement.dataset.scenarioReady === k && document.documentElement.dataset.ready === 'true', key, { timeout: SWITCH_TIMEOUT_MS, polling: 200 });
}

/**
 * Share of the map's pixels in the hue of a violation colour (lit roofs and shaded walls alike:
 * red channel dominant, green between 35 % and 65 % of it, little blue).
 */
function violationColourShare(png: Buffer): number {
  const img = decodePng(png);
  const [r0, g0] = COMPLIANCE_COLOURS.major;
  const ratio = g0 / r0;
  let hits = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const r = img.data[i]!, g = img.data[i + 1]!, b = img.data[i + 2]!;
    if (r >= 90 && b <= 0.3 * r && Math.abs(g / r - ratio) <= 0.15) hits++;
  }
  return hits / (img.width * img.height);
}

/** Polls until the camera stops moving (the flight to a building has ended). */
async function waitForCameraAtRest(): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(500);
    const cam = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('cam') ?? '');
    if (cam && cam === last) return;
    last = cam;
  }
}

describe('planning scenarios', () => {
  it('the heritage-violating scenario lists its violating building and draws it in the violation colour', async () => {
    await page.goto(`${server.url}/#/planning?scenario=${HERITAGE.id}&render=low`, { waitUntil: 'commit' });
    await waitForDataReady(page);
    expect(await page.evaluate(() => document.documentElement.dataset.scenarioReady)).toBe(`${HERITAGE.id}@1`);

    const row = page.locator(`[data-testid="violation-list"] button[data-building-id="${HERITAGE.building}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('data-rule-id')).toBe(HERITAGE.rule);
    expect(await row.getAttribute('data-severity')).toBe('major');
    expect(await row.innerText()).toContain('11.90 m');

    // Click → the camera flies to the building; it fills a good part of the view in the violation colour.
    await row.click();
    await waitForCameraAtRest();
    const withScenario = violationColourShare(await viewScreenshot(page));

    // Same camera, baseline: the proposal is gone (the demolished house is back, neutral).
    await page.evaluate(() => {
      const [path, query] = location.hash.split('?');
      const params = new URLSearchParams(query);
      params.delete('scenario');
      location.hash = `${path}?${params.toString()}`;
    });
    await waitForScenario('baseline');
    const baseline = violationColourShare(await viewScreenshot(page));
    console.log(`violation-colour share of the map: scenario ${(withScenario * 100).toFixed(2)} %, baseline ${(baseline * 100).toFixed(2)} %`);
    expect(withScenario).toBeGreaterThan(0.005);
    expect(withScenario).toBeGreaterThan(3 * baseline);
  });

  it('the compliant scenario lists no violation', async () => {
    await setHash(page, `#/planning?scenario=${COMPLIANT}&render=low`);
    await waitForScenario(`${COMPLIANT}@1`);
    await expect.poll(() => page.getByTestId('violations-none').count()).toBe(1);
    expect(await page.locator('[data-testid="violation-list"] button').count()).toBe(0);
    expect(await page.locator('[data-testid="scenario-panel"]').getAttribute('data-scenario-id')).toBe(COMPLIANT);
    expect(await page.locator(VIEW_SELECTOR).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
