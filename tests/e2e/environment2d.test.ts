/**
 * The environment workspace on the 2D map (`view=2d`: MapLibre + deck.gl) in real Chromium against
 * the real server (PGlite, simulator off): three air-quality stations with 20 h of hourly
 * observations over SensorThings. The page `#/environment?view=2d&render=low` must reach data-ready
 * drawn from our own vector tiles with no request leaving the machine, show every station's VN_AQI,
 * draw the interpolated surface (pixels in the VN_AQI category colours, gone when the surface is
 * switched off), update a station's AQI when an observation is published over MQTT (no reload),
 * replay an earlier time (`time=`), open the station card when its circle is clicked, and switch to 3D and back with the header's toggle, the camera carried across.
 * SCREENSHOT_DIR=<dir> keeps the page's screenshots there.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VN_AQI_CATEGORIES } from '../../src/environment/aqi.ts';
import { authoredLayersDir } from '../api/testServer.ts';
import { apiCaller, expectedAqi, HOUR_MS, seedStations, testStations } from '../support/testStations.ts';
import { looksDrawn, setHash, viewScreenshot, viewStats, waitForDataReady, type RequestLog } from '../support/appPage.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';
import { changedFraction, decodePng } from '../support/pixelStats.ts';
import { REPO_ROOT, type ServerProcess } from '../support/startServerProcess.ts';
import { makeTempDir, removeTempDir } from '../support/tempDir.ts';

const ADMIN_PASSWORD = 'environment-2d-e2e-pw';
/** The test's start: the seeded hours count back from it. */
const T0 = Date.now();

const STATIONS = testStations('AQ-M');

let session: BrowserSession | undefined;
let server: ServerProcess;
let layersDir: string;
let appDir: string;
let page: Page;
let requests: RequestLog;
let pageErrors: string[];
let token = '';
let pm25Datastream = new Map<string, number>();
let thingId = new Map<string, number>();

const call = apiCaller(() => server.url, () => token);

async function stationAqi(code: string): Promise<string | null> {
  return page.locator(`[data-testid=env-station][data-station-id="${thingId.get(code)}"]`).getAttribute('data-aqi');
}

/** Fraction of the map's pixels whose colour is within `tolerance` of one of the six VN_AQI category colours. */
function categoryColourFraction(png: Buffer, tolerance = 10): number {
  const { width, height, data } = decodePng(png);
  const colours = VN_AQI_CATEGORIES.map((c) => c.rgb);
  let hits = 0;
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [data[4 * i]!, data[4 * i + 1]!, data[4 * i + 2]!];
    if (colours.some((c) => Math.abs(c[0] - r) <= tolerance && Math.abs(c[1] - g) <= tolerance && Math.abs(c[2] - b) <= tolerance)) hits++;
  }
  return hits / (width * height);
}

function keep(name: string, png: Buffer): void {
  if (process.env.SCREENSHOT_DIR) writeFileSync(join(process.env.SCREENSHOT_DIR, name), png);
}

beforeAll(async () => {
  layersDir = await authoredLayersDir();
  // A private copy of the built app: the 3D chunk is fetched only when the toggle is pressed, minutes
  // after the page loaded, and a rebuild of the shared dist/ meanwhile would rename it.
  appDir = makeTempDir('environment-2d-app-');
  cpSync(join(REPO_ROOT, 'dist'), appDir, { recursive: true });
  session = await startBrowserSession({ server: { env: { ADMIN_PASSWORD, SIMULATOR: 'off', LAYERS_DIR: layersDir, APP_DIR: appDir }, timeoutMs: 280_000 } });
  ({ server, page, requests, pageErrors } = session);
  token = (await call<{ token: string }>('POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).body.token;
  ({ thingId, pm25Datastream } = await seedStations(call, STATIONS, T0, 'e2e 2D'));
}, 320_000);

afterAll(async () => {
  await session?.close();
  if (layersDir) removeTempDir(layersDir);
  removeTempDir(appDir);
});

describe('environment workspace in 2D', () => {
  it('opens on the 2D map from our own tiles, every station with its VN_AQI, nothing fetched from outside', async () => {
    await page.goto(`${server.url}/#/environment?view=2d&render=low&opacity=100`);
    await waitForDataReady(page);
    expect(await page.locator('.workspace-view').getAttribute('data-engine')).toBe('2d');
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(await page.locator('.cesium-widget').count()).toBe(0);
    const { png, stats } = await viewStats(page);
    keep('environment-2d-view.png', png);
    expect(looksDrawn(stats), `map stddev ${stats.stddev}, ${stats.distinctColours} colours`).toBe(true);
    expect(requests.urls.some((u) => /\/api\/collections\/[\w-]+\/tiles\/WebMercatorQuad\/\d+\/\d+\/\d+/.test(u)), 'vector tiles from our server').toBe(true);
    expect(requests.external(), 'requests that left the machine').toEqual([]);
    for (const s of STATIONS) expect(await stationAqi(s.code), s.code).toBe(String(expectedAqi(s)));
    // The switch shows both engines, 2D pressed; the legend names the surface and where the stations come from.
    expect(await page.locator('[data-testid=engine-switch] button[aria-pressed=true]').getAttribute('data-engine')).toBe('2d');
    await expect.poll(() => page.getByTestId('env-map-legend').innerText()).toMatch(/VN_AQI[\s\S]*SensorThings/);
    expect(pageErrors).toEqual([]);
  });

  it('draws the surface in the VN_AQI category colours, and not when it is switched off', async () => {
    const on = categoryColourFraction(await viewScreenshot(page));
    expect(on, 'share of the map in category colours with the surface on').toBeGreaterThan(0.15);
    await setHash(page, '#/environment?view=2d&render=low&surface=off');
    await expect.poll(async () => categoryColourFraction(await viewScreenshot(page)), { timeout: 30_000, interval: 500 }).toBeLessThan(on / 5);
    await setHash(page, '#/environment?view=2d&render=low&opacity=100&plume=off');
    await expect.poll(async () => categoryColourFraction(await viewScreenshot(page)), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0.15);
  });

  it('updates a station\'s AQI in the 2D page without reload when an observation is published over MQTT', async () => {
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const health = (await call<{ brokerUrl: string }>('GET', '/api/health')).body;
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${new URL(health.brokerUrl).port}`, {
      username: 'admin', password: ADMIN_PASSWORD, reconnectPeriod: 0, connectTimeout: 10_000,
    });
    try {
      const s = STATIONS[0]!;
      // Plume particles off (they move); the surface at full opacity, as set by the previous test.
      await page.waitForTimeout(1000);
      const before = await viewScreenshot(page);
      const expected = expectedAqi(s, 400);
      expect(String(expected)).not.toBe(await stationAqi(s.code));
      await client.publishAsync(`v1.1/Datastreams(${pm25Datastream.get(s.code)})/Observations`, JSON.stringify({ phenomenonTime: new Date().toISOString(), result: 400 }), { qos: 1 });
      await page.waitForFunction(
        ([id, value]) => document.querySelector(`[data-testid=env-station][data-station-id="${id}"]`)?.getAttribute('data-aqi') === value,
        [String(thingId.get(s.code)), String(expected)] as const,
        { timeout: 30_000, polling: 100 },
      );
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await page.locator('.workspace-view').getAttribute('data-engine')).toBe('2d');
      // The map follows: the station's circle and the surface around it change colour.
      await expect.poll(async () => changedFraction(before, await viewScreenshot(page)), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0.01);
    } finally {
      await client.endAsync();
    }
  });

  it('replays an earlier time (time=): the stations\' AQI and the surface follow', async () => {
    const s = STATIONS[1]!;
    expect(expectedAqi(s, undefined, 6)).not.toBe(expectedAqi(s));
    await setHash(page, '#/environment?view=2d&render=low&opacity=100&plume=off');
    await page.waitForTimeout(3500);
    const live = await viewScreenshot(page);
    const at = new Date(T0 - 6 * HOUR_MS + 60_000).toISOString(); // just after hour 6's observation
    await setHash(page, `#/environment?view=2d&render=low&opacity=100&plume=off&time=${at}`);
    await page.waitForFunction(
      ([id, value]) => document.querySelector(`[data-testid=env-station][data-station-id="${id}"]`)?.getAttribute('data-aqi') === value,
      [String(thingId.get(s.code)), String(expectedAqi(s, undefined, 6))] as const,
      { timeout: 60_000, polling: 200 },
    );
    expect(await page.locator('.workspace-view').getAttribute('data-engine')).toBe('2d');
    await expect.poll(async () => changedFraction(live, await viewScreenshot(page)), { timeout: 30_000, interval: 500 }).toBeGreaterThan(0.01);
  });

  it('opens the station card (and nothing else) when a station circle is clicked on the map', async () => {
    const [lon, lat, zoom] = [107.575, 16.46, 13];
    await setHash(page, `#/environment?view=2d&render=low&plume=off&cam=${lon},${lat},${zoom},0,0`);
    await page.waitForTimeout(1500);
    // Web-mercator projection of the station relative to the map centre (512-px tiles).
    const s = STATIONS[1]!;
    const world = 512 * 2 ** zoom;
    const mercY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
    const box = (await page.locator('.workspace-view').boundingBox())!;
    const x = box.x + box.width / 2 + ((s.lon - lon) / 360) * world;
    const y = box.y + box.height / 2 - ((mercY(s.lat) - mercY(lat)) / (2 * Math.PI)) * world;
    await page.mouse.click(x, y);
    await page.waitForFunction((name) => document.querySelector('[data-testid=env-station-card]')?.getAttribute('aria-label') === name, s.name, { timeout: 10_000 });
    expect(await page.evaluate(() => location.hash)).toContain(`station=${thingId.get(s.code)}`);
    expect(await page.getByTestId('info-panel').count(), 'no generic info panel as well').toBe(0);
  });

  it('switches to 3D and back with the header toggle, keeping the place', async () => {
    await setHash(page, '#/environment?view=2d&render=low&cam=107.58,16.46,13.5,0,0');
    await page.waitForTimeout(500);
    await page.locator('[data-testid=engine-switch] button[data-engine="3d"]').click();
    await page.waitForFunction(() => document.querySelector('.workspace-view')?.getAttribute('data-engine') === '3d', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => location.hash)).not.toContain('view=');
    await waitForDataReady(page).catch(async (error: Error) => {
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? '/tmp', 'environment-2d-to-3d-failed.png') }).catch(() => undefined);
      throw new Error(`${error.message}; page errors: ${pageErrors.join(' | ') || 'none'}; body: ${(await page.locator('body').innerText().catch(() => '?')).slice(0, 400)}`);
    });
    expect(await page.locator('.cesium-widget').count()).toBe(1);
    const cam3d = /cam=([^&]+)/.exec(await page.evaluate(() => location.hash))?.[1]?.split(',').map(Number);
    expect(cam3d, 'a 3D camera in the URL').toBeDefined();
    expect(cam3d![0]).toBeCloseTo(107.58, 2);
    expect(cam3d![1]).toBeCloseTo(16.46, 2);
    expect(cam3d![2]).toBeGreaterThan(1000); // a height in metres, not a zoom
    for (const s of STATIONS.slice(1)) expect(await stationAqi(s.code), s.code).toBe(String(expectedAqi(s)));

    await page.locator('[data-testid=engine-switch] button[data-engine="2d"]').click();
    await page.waitForFunction(() => document.querySelector('.workspace-view')?.getAttribute('data-engine') === '2d', undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => location.hash)).toContain('view=2d');
    await waitForDataReady(page);
    const cam2d = /cam=([^&]+)/.exec(await page.evaluate(() => location.hash))?.[1]?.split(',').map(Number);
    expect(cam2d![2]).toBeCloseTo(13.5, 0);
    expect(requests.external(), 'requests that left the machine').toEqual([]);
    if (process.env.SCREENSHOT_DIR) {
      await page.waitForTimeout(1500);
      keep('environment-2d.png', await page.screenshot());
    }
    expect(pageErrors).toEqual([]);
  });
});
