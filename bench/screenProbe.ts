/**
 * Browser side of the ingest bench's "publish → screen" latency (bundled by `bundleScreenProbe`
 * and injected into the app page): subscribes to `/api/live` through the app's own client
 * (`subscribeLive`, the one the workspaces use) and, for observations of the sampled Datastreams,
 * records when they reach the screen: the first animation frame after their WebSocket message,
 * as `performance.timeOrigin + performance.now()` (epoch milliseconds, the clock the publishing
 * bench uses too). Everything else is received and parsed like any observation, then ignored.
 */
import { subscribeLive } from '../src/app/live/subscribeLive.ts';
import type { LiveMessageEvent } from '../src/app/live/liveCursor.ts';

/** What the bench reads from the page (`window.screenProbe`). */
export interface ScreenProbe {
  /** Observation events received so far (all Datastreams). */
  received(): number;
  /** What was recorded since the last call: `[datastreamId|phenomenonTime, received, shown]` (epoch ms: message handled, next frame began). */
  take(): Array<[string, number, number]>;
  /** Whether the socket is open. */
  open(): boolean;
  /** Main-thread tasks over 50 ms (PerformanceObserver `longtask`) since the probe started: count and total ms. */
  longTasks(): { count: number; ms: number };
}

declare global {
  interface Window {
    /** Datastream ids whose observations are timed; set by the bench before injecting the probe. */
    screenProbeDatastreams?: number[];
    screenProbe?: ScreenProbe;
  }
}

const sampled = new Set(window.screenProbeDatastreams ?? []);
let received = 0;
let open = false;
let waiting: Array<[string, number]> = [];
let frameRequested = false;
let shown: Array<[string, number, number]> = [];

function onFrame(): void {
  const now = performance.timeOrigin + performance.now();
  for (const [key, receivedAt] of waiting) shown.push([key, receivedAt, now]);
  waiting = [];
  frameRequested = false;
}

subscribeLive(
  { types: ['observation'] },
  {
    onEvents: (events: LiveMessageEvent[]) => {
      const receivedAt = performance.timeOrigin + performance.now();
      for (const e of events) {
        if (e.type !== 'observation') continue;
        received++;
        if (sampled.has(e.ds as number)) waiting.push([`${e.ds as number}|${e.t as string}`, receivedAt]);
      }
      if (waiting.length > 0 && !frameRequested) {
        frameRequested = true;
        requestAnimationFrame(onFrame);
      }
    },
    onStatus: (status) => {
      open = status === 'open';
    },
  },
);

const longTasks = { count: 0, ms: 0 };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.count++;
      longTasks.ms += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: false });
} catch {
  // no Long Tasks API: the counts stay 0
}

window.screenProbe = {
  received: () => received,
  take: () => {
    const out = shown;
    shown = [];
    return out;
  },
  open: () => open,
  longTasks: () => ({ ...longTasks }),
};
