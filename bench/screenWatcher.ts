/**
 * The "screen" of the ingest bench: headless Chromium on the app's environment workspace
 * (`#/environment?render=low`, waited for until data-ready), with bench/screenProbe.ts injected.
 * Twice a second it collects the probe's screen times and turns them into publish → screen
 * latencies against the publish times the bench recorded (same machine clock, epoch ms).
 */
import type { Browser, Page } from 'playwright-core';
import { waitForDataReady } from '../tests/support/appPage.ts';
import { launchBrowser } from '../tests/support/launchBrowser.ts';
import { bundleScreenProbe } from './bundleScreenProbe.ts';
import { onCleanup } from './cleanup.ts';
import { progress } from './emit.ts';

/** Hash the screen shows. Default: the environment workspace at low render quality. */
export const SCREEN_HASH = process.env.BENCH_INGEST_SCREEN_HASH ?? '#/environment?render=low';
/**
 * `app` (default): the probe runs in the app page at {@link SCREEN_HASH}, beside the workspace's own
 * subscription. `bare`: in a same-origin page without the app (`/api/health`), which separates the
 * push path's own latency from the time the page's main thread is busy with the workspace.
 */
export const SCREEN_PAGE: 'app' | 'bare' = process.env.BENCH_INGEST_SCREEN_PAGE === 'bare' ? 'bare' : 'app';
/** How often the probe's records are collected (ms). */
const COLLECT_MS = 500;

/** An open screen. */
export interface ScreenWatcher {
  /** Publish → screen latencies (ms) matched so far; the bench empties it between phases. */
  latencies: number[];
  /** Of those, the part spent in the page: message handled → next animation frame (ms), in the same order. */
  inPage: number[];
  /** Observation events the page received so far. */
  received(): Promise<number>;
  /** HTTP requests the page made since it was ready, by method and path (most first). */
  requests(): Record<string, number>;
  /** Main-thread tasks over 50 ms in the page since the probe started: count and total ms. */
  longTasks(): Promise<{ count: number; ms: number }>;
  /** Collects what the probe recorded until now. */
  collect(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the screen on the server at `base`, timing observations of `sampled` Datastreams against
 * `sentAt` (`datastreamId|phenomenonTime` → publish time, epoch ms).
 */
export async function openScreen(base: string, sampled: number[], sentAt: Map<string, number>): Promise<ScreenWatcher> {
  const probe = await bundleScreenProbe();
  const browser: Browser = await launchBrowser();
  const closeBrowser = onCleanup(() => browser.close());
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (SCREEN_PAGE === 'bare') await page.goto(`${base}/api/health`);
    else {
      const load = async () => {
        await page.goto(`${base}/${SCREEN_HASH}`);
        await waitForDataReady(page);
      };
      // once more on failure: a rebuild of dist/ while the page loaded leaves it without its bundle
      await load().catch((error: unknown) => {
        progress(`screen: ${(error as Error).message.split('\n')[0]}; loading the page once more`);
        return load();
      });
    }
    const requests = new Map<string, number>();
    page.on('request', (request) => {
      const key = `${request.method()} ${new URL(request.url()).pathname}`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
    });
    await page.evaluate((ids) => {
      window.screenProbeDatastreams = ids;
    }, sampled);
    await page.addScriptTag({ content: probe });
    await page.waitForFunction(() => window.screenProbe?.open() === true, undefined, { timeout: 30_000 });
    const latencies: number[] = [];
    const inPage: number[] = [];
    let collecting: Promise<void> | undefined;
    const collect = () =>
      (collecting ??= page
        .evaluate(() => window.screenProbe!.take())
        .then((shown) => {
          for (const [key, receivedAt, shownAt] of shown) {
            const t0 = sentAt.get(key);
            if (t0 === undefined) continue;
            latencies.push(shownAt - t0);
            inPage.push(shownAt - receivedAt);
          }
        })
        .finally(() => {
          collecting = undefined;
        }));
    const timer = setInterval(() => void collect().catch(() => undefined), COLLECT_MS);
    return {
      latencies,
      inPage,
      received: () => page.evaluate(() => window.screenProbe!.received()),
      longTasks: () => page.evaluate(() => window.screenProbe!.longTasks()),
      requests: () => Object.fromEntries([...requests].sort((a, b) => b[1] - a[1]).slice(0, 8)),
      collect,
      close: async () => {
        clearInterval(timer);
        await collecting?.catch(() => undefined);
        await closeBrowser();
      },
    };
  } catch (error) {
    await closeBrowser();
    throw error;
  }
}
