/**
 * Heritage tours in real headless Chromium against the real server (PGlite, temp DATA_DIR, the
 * sample tour seeded from tours/): a tour link plays the sample through two stops (the camera in
 * the URL moves to each stop's view, the subtitle changes), the narration language switches, the
 * stop's monument opens in the in-page 3D/VR view (with the no-WebXR explanation), a
 * published version link (`&v=1`) opens that version, and the offline bundle downloaded from the
 * API, unzipped to a temp dir and opened via file:// reaches data-ready with every http(s) request
 * blocked — and none attempted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCamera, parseCamera, type Camera3D } from '../../src/app/urlState.ts';
import { waitForDataReady, type RequestLog } from '../support/appPage.ts';
import { changedFraction } from '../support/pixelStats.ts';
import type { ServerProcess } from '../support/startServerProcess.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';
import { makeTempDir, removeTempDir } from '../support/tempDir.ts';

const TOUR_ID = 'imperial-city-one-hour';

interface SampleStop { id: string; view: Omit<Camera3D, 'kind'>; narration: Record<string, string> }

let session: BrowserSession;
let server: ServerProcess;
let browser: Browser;
let page: Page;
let requests: RequestLog;
let stops: SampleStop[];
let pageErrors: string[];
const bundleDir = makeTempDir('tour-bundle');

beforeAll(async () => {
  session = await startBrowserSession({ server: { timeoutMs: 230_000 } });
  ({ server, browser, page, pageErrors, requests } = session);
  const served = await (await fetch(`${server.url}/api/tours/${TOUR_ID}`)).json() as { document: { stops: SampleStop[] } };
  stops = served.document.stops;
}, 300_000);

afterAll(async () => {
  await session?.close();
  removeTempDir(bundleDir);
});

const viewer = () => page.getByTestId('tour-viewer');
const subtitle = () => page.getByTestId('tour-subtitle');
const urlCamera = async () => parseCamera(new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1] ?? '').get('cam') ?? '', 'heritage');
const stopCamera = (stop: SampleStop): Camera3D => ({ kind: '3d', ...stop.view });

/** Waits until the viewer reports stop `index` drawn; returns the drawn camera readout. */
async function waitForDrawnStop(index: number): Promise<string> {
  await expect.poll(() => viewer().getAttribute('data-drawn-stop'), { timeout: 120_000, interval: 250 }).toBe(String(index));
  return (await viewer().getAttribute('data-drawn-camera')) ?? '';
}

/** The URL camera (debounced after the flight) must come to equal the stop's view, within rounding. */
async function expectUrlCameraAt(stop: SampleStop): Promise<void> {
  const want = stopCamera(stop);
  await expect.poll(async () => {
    const cam = await urlCamera();
    if (!cam || cam.kind !== '3d') return 'no camera in the URL';
    const near = Math.abs(cam.lonDeg - want.lonDeg) < 1e-5 && Math.abs(cam.latDeg - want.latDeg) < 1e-5
      && Math.abs(cam.heightM - want.heightM) < 1 && Math.abs(((cam.headingDeg - want.headingDeg + 540) % 360) - 180) < 0.5
      && Math.abs(cam.pitchDeg - want.pitchDeg) < 0.5;
    return near ? 'at the stop' : formatCamera(cam);
  }, { timeout: 30_000, interval: 250 }).toBe('at the stop');
}

describe('heritage tours in headless Chromium', () => {
  it('the sample tour has at least eight stops with vi, en and two more languages', () => {
    expect(stops.length).toBeGreaterThanOrEqual(8);
    for (const s of stops) for (const lang of ['vi', 'en']) expect(s.narration[lang]?.length, `${s.id} ${lang}`).toBeGreaterThan(20);
  });

  it('a tour link plays the sample through two stops: the camera flies and the subtitles change', async () => {
    await page.goto(`${server.url}/#/heritage?tour=${TOUR_ID}&render=low&lang=en`);
    await waitForDataReady(page);
    // data-ready was held until the first stop was drawn.
    expect(await viewer().getAttribute('data-drawn-stop')).toBe('0');
    expect(await subtitle().textContent()).toBe(stops[0].narration.en);
    await expectUrlCameraAt(stops[0]);
    const firstCamera = await urlCamera();

    await page.getByTestId('tour-next').click();
    await waitForDrawnStop(1);
    await expectUrlCameraAt(stops[1]);
    expect(formatCamera((await urlCamera())!)).not.toBe(formatCamera(firstCamera!));
    expect(await subtitle().textContent()).toBe(stops[1].narration.en);
    expect(await page.evaluate(() => location.hash)).toContain('stop=2');

    // The keyboard drives it too: → goes on to the third stop.
    await page.locator('body').press('ArrowRight');
    await waitForDrawnStop(2);
    await expectUrlCameraAt(stops[2]);
    expect(await subtitle().textContent()).toBe(stops[2].narration.en);
  });

  it('switches the narration language', async () => {
    const fr = stops[2].narration.fr;
    expect(fr, 'the sample has French narration').toBeTruthy();
    await page.locator('[data-tour-lang="fr"]').click();
    await expect.poll(() => subtitle().textContent()).toBe(fr);
    expect(await subtitle().getAttribute('lang')).toBe('fr');
    expect(await page.evaluate(() => location.hash)).toContain('narration=fr');
    await page.locator('[data-tour-lang="vi"]').click();
    await expect.poll(() => subtitle().textContent()).toBe(stops[2].narration.vi);
  });

  it('shows the monument of the stop in the in-page 3D/VR view, explaining why no headset mode is offered', async () => {
    await page.getByTestId('tour-model').click();
    const overlay = page.locator('[data-testid="tour-panorama"]');
    await expect.poll(() => overlay.getAttribute('data-status'), { timeout: 60_000 }).toBe('shown');
    // Headless Chromium has no XR device: a message says so instead of a dead "Enter VR" button.
    await expect.poll(() => page.getByTestId('vr-fallback').isVisible()).toBe(true);
    expect(await page.getByTestId('vr-enter').count()).toBe(0);
    const canvas = overlay.locator('canvas');
    const before = await canvas.screenshot();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    // Dragging turns the view.
    await expect.poll(async () => changedFraction(before, await canvas.screenshot()), { timeout: 10_000 }).toBeGreaterThan(0.01);
    await overlay.getByRole('button', { name: /Close|Đóng/ }).click();
    expect(await overlay.count()).toBe(0);
  });

  it('opens a published version link (&v=1) with a full page load', async () => {
    await page.goto('about:blank');
    await page.goto(`${server.url}/#/heritage?tour=${TOUR_ID}&v=1&render=low&lang=en`);
    await waitForDataReady(page);
    expect(await viewer().getAttribute('data-tour-version')).toBe('1');
    expect(await page.getByTestId('tour-meta').textContent()).toContain('Version 1');
    expect(await subtitle().textContent()).toBe(stops[0].narration.en);
    expect(await page.getByTestId('tour-share').inputValue()).toContain(`#/heritage?tour=${TOUR_ID}&v=1`);
    // A version that does not exist says so (and releases data-ready).
    await page.goto('about:blank');
    await page.goto(`${server.url}/#/heritage?tour=${TOUR_ID}&v=99&render=low&lang=en`);
    await waitForDataReady(page);
    await expect.poll(() => page.locator('[data-tour-error]').count()).toBe(1);
    expect(requests.external(), 'requests that left the machine').toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('the exported bundle plays from file:// with no server and no network', async () => {
    const response = await fetch(`${server.url}/api/tours/${TOUR_ID}/bundle?v=1`);
    expect(response.status, await response.clone().text().catch(() => '')).toBe(200);
    expect(response.headers.get('content-type')).toContain('zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      const target = path.join(bundleDir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['index.html', 'tour.json', 'tour.js']));

    // The server is of no use from here on: stop it, block every http(s) request, record everything.
    await server.stop();
    const offline = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const attempted: string[] = [];
    offline.on('request', (r) => attempted.push(r.url()));
    await offline.route(/^(https?|wss?):/, (route) => route.abort());
    const filePage = await offline.newPage();
    const errors: string[] = [];
    filePage.on('pageerror', (e) => errors.push(e.message));
    await filePage.goto(`${pathToFileURL(path.join(bundleDir, 'index.html')).href}`);
    await waitForDataReady(filePage);
    expect(await filePage.getByTestId('subtitle').textContent()).toBeTruthy();
    expect(await filePage.evaluate(() => document.documentElement.dataset.stop)).toBe('0');
    const network = attempted.filter((u) => !/^(file|data|blob):/.test(u));
    expect(network, 'requests other than file:, data:, blob:').toEqual([]);
    expect(attempted.some((u) => u.startsWith('file:'))).toBe(true);
    expect(errors).toEqual([]);
    await offline.close();
  });
});
