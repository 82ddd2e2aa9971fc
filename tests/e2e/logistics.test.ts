/**
 * The logistics workspace in real headless Chromium against the real server (PGlite, temp
 * DATA_DIR, simulator off): `#/logistics` reaches data-ready drawn from our own tiles and glyphs
 * (no request leaves localhost), filtering by a chain stage changes the facility count to the
 * number of facilities in that stage (read independently from OGC API – Features), and a route
 * requested in the panel is within 5 % of the shortest path the test computes itself with Dijkstra
 * over the `logistics-network` GeoJSON (noded at shared vertices and crossings, car roads only).
 */
import type { Page } from 'playwright-core';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksDrawn, viewStats, waitForDataReady, type RequestLog } from '../support/appPage.ts';
import type { ServerProcess } from '../support/startServerProcess.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';
import { networkShortestPathM } from '../support/networkShortestPath.ts';

/** Route ends: a station in the city and the deep-water port ~45 km south-east (a long, multi-road path). */
const ROUTE_FROM = 'ga-hue';
const ROUTE_TO = 'cang-chan-may';
/** The stage the filter test selects alone. */
const STAGE = 'port-handling';

let session: BrowserSession;
let server: ServerProcess;
let page: Page;
let requests: RequestLog;
let pageErrors: string[];

beforeAll(async () => {
  // Generous: a cold start seeds and builds the 3D Tiles first (~1–2 min; more on a loaded machine).
  session = await startBrowserSession({ server: { env: { SIMULATOR: 'off' }, timeoutMs: 280_000 } });
  ({ server, page, pageErrors, requests } = session);
}, 300_000);

afterAll(async () => {
  await session?.close();
});

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const count = () => page.getByTestId('facility-count');
const shownCount = async () => Number(await count().getAttribute('data-shown'));

describe('logistics workspace', () => {
  it('opens #/logistics drawn from our own tiles and glyphs, with every facility counted', async () => {
    await page.goto(`${server.url}/#/logistics?render=low&fleet=0`);
    await waitForDataReady(page);
    const { stats } = await viewStats(page);
    expect(looksDrawn(stats), `map stddev ${stats.stddev}, ${stats.distinctColours} colours`).toBe(true);
    const facilities = await getJson<FeatureCollection<Point>>('/api/collections/logistics-facilities/items?limit=1000');
    await expect.poll(() => count().getAttribute('data-total')).toBe(String(facilities.features.length));
    expect(await shownCount()).toBe(facilities.features.length);
    // The base style's Vietnamese labels came from our glyph server (Latin Extended Additional range included).
    const glyphs = requests.urls.filter((u) => u.includes('/fonts/'));
    expect(glyphs.some((u) => u.endsWith('/7680-7935.pbf')), glyphs.join('\n')).toBe(true);
    expect(requests.urls.some((u) => /\/api\/collections\/[\w-]+\/tiles\/WebMercatorQuad\/\d+\/\d+\/\d+/.test(u))).toBe(true);
  });

  it('filters by a chain stage and shows the count of facilities in that stage', async () => {
    const facilities = await getJson<FeatureCollection<Point, { stages: string[] }>>('/api/collections/logistics-facilities/items?limit=1000');
    const expected = facilities.features.filter((f) => f.properties.stages.includes(STAGE)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(facilities.features.length);
    const before = await shownCount();
    await page.getByTestId('logistics-panel').locator('button').nth(1).click(); // "none"
    await expect.poll(shownCount).toBe(0);
    await page.locator(`input[data-stage="${STAGE}"]`).check();
    await expect.poll(shownCount).toBe(expected);
    expect(expected).not.toBe(before);
    expect(page.url()).toContain(`stages=${STAGE}`);
  });

  it('requests a route in the panel whose length is within 5 % of the true shortest path', async () => {
    await page.getByTestId('route-metric').selectOption('distance');
    await page.getByTestId('place-from').selectOption(`facility:${ROUTE_FROM}`);
    await page.getByTestId('place-to').selectOption(`facility:${ROUTE_TO}`);
    const result = page.getByTestId('route-result');
    await result.waitFor({ timeout: 60_000 });
    const shownM = Number(await result.getAttribute('data-length-m'));

    const network = await getJson<FeatureCollection<LineString>>('/api/collections/logistics-network/items?limit=1000');
    const facilities = await getJson<FeatureCollection<Point>>('/api/collections/logistics-facilities/items?limit=1000');
    const at = (id: string) => (facilities.features.find((f) => f.id === id) as Feature<Point>).geometry.coordinates as [number, number];
    const trueM = networkShortestPathM(network.features, at(ROUTE_FROM), at(ROUTE_TO), { exclude: (p) => p.class === 'railway' });
    expect(trueM).toBeGreaterThan(1000);
    expect(Math.abs(shownM - trueM) / trueM, `panel ${shownM} m vs Dijkstra ${trueM.toFixed(1)} m`).toBeLessThanOrEqual(0.05);
    // The route is drawn: the panel lists its steps and the URL reproduces it.
    expect(await page.locator('.logistics-steps li').count()).toBeGreaterThan(0);
    expect(decodeURIComponent(page.url())).toContain(`from=facility:${ROUTE_FROM}`);
  });

  it('never left localhost and raised no page error', () => {
    expect(requests.external()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
