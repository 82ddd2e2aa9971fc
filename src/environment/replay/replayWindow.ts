/**
 * Time logic of the replay slider: the replayable window (the last 24 h by default), the `time=`
 * URL parameter (ISO 8601; absent = live), the playback clock, and which stretches of history must
 * still be fetched to show a given time (NowCast at time t needs the 12 hours before it).
 */
import { HOUR_MS } from './ObservationSeries.ts';

/** How far back the slider reaches by default: 24 h in milliseconds. */
export const REPLAY_SPAN_MS = 24 * HOUR_MS;

/** Hours of history needed before a shown time (NowCast uses 12 hourly means). */
export const HISTORY_NEEDED_MS = 12 * HOUR_MS;

/** Playback speeds offered (simulated seconds per real second). */
export const REPLAY_SPEEDS: readonly number[] = [60, 300, 900, 3600];

/** A closed time interval in epoch milliseconds. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** The replayable window ending at `nowMs`: [now − span, now]. */
export function replayWindow(nowMs: number, spanMs = REPLAY_SPAN_MS): TimeWindow {
  return { from: nowMs - spanMs, to: nowMs };
}

/**
 * The replay time from the `time` URL parameter: undefined (live) when absent or not a date;
 * otherwise clamped into `window`.
 */
export function parseTimeParam(text: string | undefined, window: TimeWindow): number | undefined {
  if (!text) return undefined;
  const t = Date.parse(text);
  if (!Number.isFinite(t)) return undefined;
  return Math.min(window.to, Math.max(window.from, t));
}

/** The `time` URL parameter for a replay time: ISO 8601 UTC to the second. */
export function formatTimeParam(timeMs: number): string {
  return new Date(Math.round(timeMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * Advances the replay clock by `elapsedMs` of real time at `speed` (simulated s per real s). At the
 * window's end the clock stops there and `ended` is true (the slider then offers live mode).
 */
export function advanceReplay(timeMs: number, elapsedMs: number, speed: number, window: TimeWindow): { time: number; ended: boolean } {
  const next = timeMs + Math.max(0, elapsedMs) * speed;
  if (next >= window.to) return { time: window.to, ended: true };
  return { time: Math.max(window.from, next), ended: false };
}

/**
 * The parts of `needed` not covered by `loaded` (both sorted, non-overlapping lists of windows), to
 * fetch before showing a time. Adjacent or overlapping loaded windows count as one.
 */
export function missingWindows(needed: TimeWindow, loaded: readonly TimeWindow[]): TimeWindow[] {
  const sorted = [...loaded].sort((a, b) => a.from - b.from);
  const out: TimeWindow[] = [];
  let cursor = needed.from;
  for (const w of sorted) {
    if (w.to < cursor) continue;
    if (w.from > needed.to) break;
    if (w.from > cursor) out.push({ from: cursor, to: Math.min(w.from, needed.to) });
    cursor = Math.max(cursor, w.to);
    if (cursor >= needed.to) break;
  }
  if (cursor < needed.to) out.push({ from: cursor, to: needed.to });
  return out;
}

/** Merges a newly loaded window into a list of loaded windows (result sorted, non-overlapping). */
export function addLoadedWindow(loaded: readonly TimeWindow[], added: TimeWindow): TimeWindow[] {
  const all = [...loaded, added].sort((a, b) => a.from - b.from);
  const out: TimeWindow[] = [];
  for (const w of all) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, w.to) };
    else out.push({ ...w });
  }
  return out;
}

/** History a time needs: from 12 h before it up to it. */
export function historyFor(timeMs: number): TimeWindow {
  return { from: timeMs - HISTORY_NEEDED_MS, to: timeMs };
}
