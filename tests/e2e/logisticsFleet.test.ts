/**
 * The live fleet in real headless Chromium against the real server with the environment simulator
 * on (its waste trucks publish positions over MQTT, pushed to the page on `/api/live`): synthetic
 * trucks with trails are drawn in the fleet colour, move from frame to frame and are drawn in replay
 * too, and clicking a simulator truck where its latest position lies opens its info panel (GPU
 * picking of the fleet layer).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_SELECTOR, viewScreenshot, waitForDataReady } from '../support/appPage.ts';
import { startBrowserSession, type BrowserSession } from '../support/browserSession.ts';
import { changedFraction, decodePng } from '../support/pixelStats.ts';
import type { ServerProcess } from '../support/startServerProcess.ts';

const STA = '/api/sta/v1.1';
/** Colour of the synthetic trucks and their trails (fleetLayers.ts), and how far a pixel may differ from it (antialiasing, fading). */
const TRUCK_RGB = [255, 202, 40];
const COLOUR_TOLERANCE = 40;
/** Zoom of the camera centred on a waste truck. */
const ZOOM = 16;

let session: BrowserSession;
let server: ServerProcess;
let page: Page;
let pageErrors: string[];

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

interface TruckPosition {
  code: string;
  lonLat: [number, number];
}

/** The latest position of each simulator truck that has reported one. */
async function truckPositions(): Promise<TruckPosition[]> {
  const filter = encodeURIComponent("properties/simulator eq 'hue-twin-simulator' and properties/kind eq 'waste-truck'");
  const things = await getJson<{ value: { properties: { code: string }; Datastreams: { '@iot.id': number; properties?: { quantity?: string } }[] }[] }>(`${STA}/Things?$filter=${filter}&$expand=Datastreams`);
  const out: TruckPosition[] = [];
  for (const thing of things.value) {
    const ds = thing.Datastreams.find((d) => d.properties?.quantity === 'position');
    if (!ds) continue;
    const obs = await getJson<{ value: { result: { coordinates: [number, number] } }[] }>(`${STA}/Datastreams(${ds['@iot.id']})/Observations?$orderby=phenomenonTime%20desc&$top=1`);
    if (obs.value[0]) out.push({ code: thing.properties.code, lonLat: obs.value[0].result.coordinates });
  }
  return out;
}

/** Pixels within {@link COLOUR_TOLERANCE} of the synthetic fleet's colour. */
function truckPixels(png: Buffer): number {
  const { data } = decodePng(png);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - TRUCK_RGB[0]) + Math.abs(data[i + 1] - TRUCK_RGB[1]) + Math.abs(data[i + 2] - TRUCK_RGB[2]) <= COLOUR_TOLERANCE) n++;
  }
  return n;
}

/** Screen offset (CSS px) of `lonLat` from the centre of a north-up, flat Web Mercator view at `zoom` centred on `centre` (512-px tiles, as MapLibre). */
function offsetPx(lonLat: [number, number], centre: [number, number], zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const y = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
  return [((lonLat[0] - centre[0]) / 360) * world, (y(lonLat[1]) - y(centre[1])) * world];
}

beforeAll(async () => {
  session = await startBrowserSession({ server: { env: { SIMULATOR: 'on', SIMULATOR_INTERVAL_S: '20', SIMULATOR_BACKFILL_HOURS: '1' }, timeoutMs: 280_000 } });
  ({ server, page, pageErrors } = session);
  // The simulator provisions its devices after the server is ready: wait for a truck's first position.
  const until = Date.now() + 150_000;
  while ((await truckPositions()).length === 0) {
    if (Date.now() > until) throw new Error('no simulator truck reported a position within 150 s');
    await new Promise((r) => setTimeout(r, 2000));
  }
}, 460_000);

afterAll(async () => {
  await session?.close();
});

describe('logistics live fleet', () => {
  it('draws synthetic trucks with trails in the fleet colour, moving from frame to frame', async () => {
    await page.goto(`${server.url}/#/logistics?render=low&flows=0&fleet=0`);
    await waitForDataReady(page);
    const without = truckPixels(await viewScreenshot(page));

    await page.goto(`${server.url}/#/logistics?render=low&flows=0&vehicles=1000`);
    await page.reload();
    await waitForDataReady(page);
    await page.waitForTimeout(1000);
    const a = await viewScreenshot(page);
    await page.waitForTimeout(2000);
    const b = await viewScreenshot(page);
    const withFleet = truckPixels(b);
    expect(withFleet - without, `fleet-coloured pixels: ${without} without the fleet, ${withFleet} with 1,000 trucks`).toBeGreaterThan(2000);
    expect(changedFraction(a, b), 'pixels changed in 2 s').toBeGreaterThan(0.002);

    // Replay: the same fleet 7 minutes back (another point of its 15-minute loop) is drawn as well.
    await page.goto(`${server.url}/#/logistics?render=low&flows=0&vehicles=1000&replay=7`);
    await page.reload();
    await waitForDataReady(page);
    const replayed = truckPixels(await viewScreenshot(page));
    expect(replayed - without, `fleet-coloured pixels 7 minutes back: ${replayed}`).toBeGreaterThan(2000);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('opens the info panel of a simulator truck clicked where it last reported', async () => {
    const [first] = await truckPositions();
    await page.goto(`${server.url}/#/logistics?render=low&flows=0&vehicles=0&cam=${first.lonLat[0]},${first.lonLat[1]},${ZOOM},0,0`);
    await page.reload();
    await waitForDataReady(page);
    const box = await page.locator(VIEW_SELECTOR).boundingBox();
    if (!box) throw new Error('no map view');
    const panel = page.getByTestId('info-panel');
    // The truck may report a new position between reading it and clicking: read again, retry a few times.
    for (let attempt = 0; attempt < 4 && !(await panel.isVisible()); attempt++) {
      const now = (await truckPositions()).find((t) => t.code === first.code) ?? first;
      const [dx, dy] = offsetPx(now.lonLat, first.lonLat, ZOOM);
      await page.waitForTimeout(500);
      await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
      await panel.waitFor({ timeout: 4000 }).catch(() => undefined);
    }
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.textContent()).toContain(first.code);
    expect(await panel.textContent()).toContain('waste-truck');
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
