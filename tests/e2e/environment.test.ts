/**
 * The environment workspace in real Chromium against the real server (PGlite, simulator off):
 * three air-quality stations are created over SensorThings with 20 h of hourly observations, the
 * page `#/environment?render=low` must reach data-ready with every station's VN_AQI in the DOM
 * (value and category colour as `aqi.ts` computes them by hand from the seeded hours), then a new
 * PM2.5 observation published with a plain MQTT client must change that station's AQI in the page
 * without a reload (pushed over /api/live); the threshold alert it triggers is pushed into the
 * alerts list and the signed-in officer acknowledges it there. Replay: `time=` six hours back
 * shows the AQI of then.
 * The surface is really drawn: switching it off changes the map's pixels.
 */
import mqtt from 'mqtt';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authoredLayersDir } from '../api/testServer.ts';
import { apiCaller, expectedAqi, HOUR_MS, seedStations, testStations } from '../support/testStations.ts';
import { setHash, viewScreenshot, waitForDataReady, waitForPixelChange } from '../support/appPage.ts';
import { launchBrowser } from '../support/launchBrowser.ts';
import { startServerProcess, type ServerProcess } from '../support/startServerProcess.ts';
import { removeTempDir } from '../support/tempDir.ts';

const ADMIN_PASSWORD = 'environment-e2e-pw';
/** The test's start: the seeded hours count back from it. */
const T0 = Date.now();

const STATIONS = testStations('AQ-E');

let server: ServerProcess;
let layersDir: string;
let browser: Browser;
let page: Page;
let token: string;
let pm25Datastream = new Map<string, number>();
let thingId = new Map<string, number>();

const call = apiCaller(() => server.url, () => token);

async function stationAqi(code: string): Promise<string | null> {
  return page.locator(`[data-testid=env-station][data-station-id="${thingId.get(code)}"]`).getAttribute('data-aqi');
}

beforeAll(async () => {
  layersDir = await authoredLayersDir();
  server = await startServerProcess({ env: { ADMIN_PASSWORD, SIMULATOR: 'off', LAYERS_DIR: layersDir }, timeoutMs: 180_000 });
  token = (await call<{ token: string }>('POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).body.token;
  ({ thingId, pm25Datastream } = await seedStations(call, STATIONS, T0, 'e2e'));
  // Only the observation published below crosses this limit (seeded PM2.5 stays under 160 µg/m³).
  await call('POST', '/api/alerts/rules', { name: 'PM2.5 above 300 µg/m³ (e2e)', kind: 'threshold', quantity: 'pm25', limit: 300 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  // Signed in as admin from the first load, as the header's sign-in form would leave it (src/app/session).
  const user = (await call('GET', '/api/auth/me')).body;
  await page.addInitScript((session) => localStorage.setItem('hue-twin.session', session), JSON.stringify({ token, user }));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (layersDir) removeTempDir(layersDir);
});

describe('environment workspace', () => {
  it('shows every station with its VN_AQI, in the official colour, once data-ready', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/#/environment?render=low`);
    await waitForDataReady(page);
    const rows = page.locator('[data-testid=env-station]');
    expect(await rows.count()).toBe(STATIONS.length);
    for (const s of STATIONS) {
      const expected = expectedAqi(s);
      expect(expected, `${s.code} has an AQI`).toBeDefined();
      expect(await stationAqi(s.code), s.code).toBe(String(expected));
    }
    // The Vietnamese category name and the official colour of a station's badge (AQ-E3: PM2.5 around 140–150 µg/m³).
    const worst = page.locator(`[data-testid=env-station][data-station-id="${thingId.get('AQ-E3')}"]`);
    const level = await worst.locator('[data-testid=env-aqi]').getAttribute('data-level');
    const category = ['Tốt', 'Trung bình', 'Kém', 'Xấu', 'Rất xấu', 'Nguy hại'][Number(level) - 1];
    expect(await worst.innerText()).toContain(category);
    const bg = await worst.locator('[data-testid=env-aqi]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(['rgb(0, 228, 0)', 'rgb(255, 255, 0)', 'rgb(255, 126, 0)', 'rgb(255, 0, 0)', 'rgb(143, 63, 151)', 'rgb(126, 0, 35)'][Number(level) - 1]).toBe(bg);
    expect(errors).toEqual([]);
  });

  it('updates a station\'s AQI without reload when an observation is published over MQTT', async () => {
    const health = (await call<{ brokerUrl: string }>('GET', '/api/health')).body;
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${new URL(health.brokerUrl).port}`, {
      username: 'admin', password: ADMIN_PASSWORD, reconnectPeriod: 0, connectTimeout: 10_000,
    });
    try {
      const s = STATIONS[0]!;
      const before = await stationAqi(s.code);
      const expected = expectedAqi(s, 400);
      expect(String(expected)).not.toBe(before);
      await client.publishAsync(`v1.1/Datastreams(${pm25Datastream.get(s.code)})/Observations`, JSON.stringify({ phenomenonTime: new Date().toISOString(), result: 400 }), { qos: 1 });
      await page.waitForFunction(
        ([id, value]) => document.querySelector(`[data-testid=env-station][data-station-id="${id}"]`)?.getAttribute('data-aqi') === value,
        [String(thingId.get(s.code)), String(expected)] as const,
        { timeout: 30_000, polling: 100 },
      );
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('true'); // same page, no reload

      // The threshold alert arrives by push; the officer acknowledges it in the panel.
      const alertItem = page.locator('[data-testid=env-alert]', { hasText: s.name });
      await alertItem.waitFor({ timeout: 30_000 });
      const alertId = Number(await alertItem.getAttribute('data-alert-id'));
      await alertItem.getByRole('button', { name: /xác nhận|acknowledge/i }).click();
      await alertItem.waitFor({ state: 'detached', timeout: 30_000 });
      const acknowledged = (await call<{ alerts: { id: number; acknowledgedBy: string | null }[] }>('GET', '/api/alerts?state=acknowledged')).body.alerts;
      expect(acknowledged.find((a) => a.id === alertId)?.acknowledgedBy).toBe('admin');
    } finally {
      await client.endAsync();
    }
  });

  it('replays an earlier time from the URL (time=) and returns to live', async () => {
    const s = STATIONS[1]!;
    const at = new Date(T0 - 6 * HOUR_MS + 60_000).toISOString(); // just after hour 6's observation
    await setHash(page, `#/environment?render=low&time=${at}`);
    await page.waitForFunction(() => document.querySelector('[data-testid=env-mode]')?.classList.contains('replay'), undefined, { timeout: 30_000 });
    const expected = String(expectedAqi(s, undefined, 6));
    await page.waitForFunction(
      ([id, value]) => document.querySelector(`[data-testid=env-station][data-station-id="${id}"]`)?.getAttribute('data-aqi') === value,
      [String(thingId.get(s.code)), expected] as const,
      { timeout: 60_000, polling: 200 },
    );
    await page.getByRole('button', { name: /trực tiếp|live/i }).click();
    await page.waitForFunction(() => !location.hash.includes('time='), undefined, { timeout: 10_000 });
    expect(await stationAqi(s.code)).toBe(String(expectedAqi(s)));
  });

  it('draws the interpolated surface on the ground (switching it off changes the map)', async () => {
    await page.waitForTimeout(1500);
    const before = await viewScreenshot(page);
    await page.locator('[data-testid=env-surface]').selectOption('off');
    const changed = await waitForPixelChange(page, before, 0.05, 60_000);
    expect(changed).toBeGreaterThanOrEqual(0.05);
  });
});
