/** Replay time logic: the window, the time= parameter, the playback clock, and what history is missing. */
import { describe, expect, it } from 'vitest';
import { HOUR_MS, ObservationSeries } from '../../../../src/environment/replay/ObservationSeries.ts';
import {
  addLoadedWindow, advanceReplay, formatTimeParam, historyFor, missingWindows, parseTimeParam, replayWindow,
} from '../../../../src/environment/replay/replayWindow.ts';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const window = replayWindow(NOW);

describe('replay window and time parameter', () => {
  it('spans the last 24 hours', () => {
    expect(window).toEqual({ from: NOW - 24 * HOUR_MS, to: NOW });
  });

  it('reads time= as ISO, clamps it into the window, and treats absence or garbage as live', () => {
    expect(parseTimeParam(undefined, window)).toBeUndefined();
    expect(parseTimeParam('yesterday', window)).toBeUndefined();
    expect(parseTimeParam('2025-03-10T06:30:00Z', window)).toBe(Date.parse('2025-03-10T06:30:00Z'));
    expect(parseTimeParam('2025-03-01T00:00:00Z', window)).toBe(window.from);
    expect(parseTimeParam('2025-03-11T00:00:00Z', window)).toBe(window.to);
  });

  it('formats the parameter to the second and round-trips', () => {
    const t = Date.parse('2025-03-10T06:30:15.400Z');
    expect(formatTimeParam(t)).toBe('2025-03-10T06:30:15Z');
    expect(parseTimeParam(formatTimeParam(t), window)).toBe(Date.parse('2025-03-10T06:30:15Z'));
  });
});

describe('advanceReplay', () => {
  it('moves simulated time by real time × speed and stops at the end', () => {
    const start = window.from;
    expect(advanceReplay(start, 1000, 300, window)).toEqual({ time: start + 300_000, ended: false });
    expect(advanceReplay(NOW - 1000, 1000, 60, window)).toEqual({ time: NOW, ended: true });
    expect(advanceReplay(start, -50, 60, window).time).toBe(start);
  });
});

describe('missingWindows / addLoadedWindow', () => {
  it('lists what is not loaded yet', () => {
    const needed = historyFor(window.from); // 12 h before the window's start
    expect(needed).toEqual({ from: window.from - 12 * HOUR_MS, to: window.from });
    const loaded = [{ from: NOW - 13 * HOUR_MS, to: NOW }];
    expect(missingWindows({ from: NOW - 36 * HOUR_MS, to: NOW }, loaded)).toEqual([{ from: NOW - 36 * HOUR_MS, to: NOW - 13 * HOUR_MS }]);
    expect(missingWindows({ from: NOW - 5 * HOUR_MS, to: NOW }, loaded)).toEqual([]);
    const gappy = [{ from: 10, to: 20 }, { from: 30, to: 40 }];
    expect(missingWindows({ from: 0, to: 50 }, gappy)).toEqual([{ from: 0, to: 10 }, { from: 20, to: 30 }, { from: 40, to: 50 }]);
  });

  it('merges overlapping and touching windows', () => {
    expect(addLoadedWindow([{ from: 0, to: 10 }, { from: 30, to: 40 }], { from: 10, to: 30 })).toEqual([{ from: 0, to: 40 }]);
    expect(addLoadedWindow([{ from: 0, to: 10 }], { from: 20, to: 25 })).toEqual([{ from: 0, to: 10 }, { from: 20, to: 25 }]);
  });
});

describe('ObservationSeries', () => {
  const s = new ObservationSeries();
  // Observations every 20 min over 3 hours, value = minutes since start; one late arrival inserted out of order.
  for (let m = 0; m <= 180; m += 20) if (m !== 100) s.insert(NOW - 180 * 60_000 + m * 60_000, m);
  s.insert(NOW - 80 * 60_000, 100);

  it('keeps time order with late arrivals and replaces a duplicate time', () => {
    expect(s.between(NOW - 90 * 60_000, NOW - 70 * 60_000)).toEqual([{ time: NOW - 80 * 60_000, value: 100 }]);
    s.insert(NOW - 80 * 60_000, 101);
    expect(s.latestAt(NOW - 80 * 60_000)?.value).toBe(101);
    s.insert(NOW - 80 * 60_000, 100);
    expect(s.size).toBe(10);
  });

  it('finds the latest value at a time, within a maximum age', () => {
    expect(s.latestAt(NOW - 79 * 60_000)).toEqual({ time: NOW - 80 * 60_000, value: 100 });
    expect(s.latestAt(NOW - 181 * 60_000)).toBeUndefined();
    expect(s.latestAt(NOW + 3 * HOUR_MS, HOUR_MS)).toBeUndefined();
  });

  it('averages the hours ending at a time, newest first, null for empty hours', () => {
    // (NOW−1h, NOW]: minutes 140, 160, 180 → 160; (NOW−2h, NOW−1h]: 80, 100, 120 → 100; (NOW−3h, NOW−2h]: 20, 40, 60 → 40;
    // minute 0 lies exactly on NOW − 3 h, so it belongs to (NOW−4h, NOW−3h]; nothing before that.
    expect(s.hourlyMeans(NOW, 5)).toEqual([160, 100, 40, 0, null]);
    // Replaying at NOW − 1 h sees nothing newer.
    expect(s.hourlyMeans(NOW - HOUR_MS, 2)).toEqual([100, 40]);
  });
});
