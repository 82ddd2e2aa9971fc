/** Nowcast maths: forecasts and backtest errors worked by hand on small series. */
import { describe, expect, it } from 'vitest';
import { backtest } from '../../../../src/environment/nowcast/backtest.ts';
import { diurnalProfile, forecastFrom } from '../../../../src/environment/nowcast/diurnalPersistence.ts';
import type { HourlyValue } from '../../../../src/environment/nowcast/hourlySeries.ts';

// epoch hour 17 = 00:00 local (UTC+7); two days of a series that is 10 at night and 30 at hour 1–3 local
const day = (start: number, values: number[]): HourlyValue[] => values.map((value, i) => ({ hour: start + i, value }));

describe('diurnal persistence nowcast', () => {
  it('builds the profile from earlier days only, by local hour', () => {
    const series = [...day(17, [10, 30, 30, 30]), ...day(41, [20, 50])];
    const profile = diurnalProfile(series, 42);
    expect(profile[0]).toBe(15); // (10 + 20) / 2 — both before hour 42
    expect(profile[1]).toBe(30); // only day 1: hour 42 itself is excluded
    expect(profile[2]).toBe(30);
    expect(profile[5]).toBeNull();
  });

  it('forecasts P(t0+h) + φ^h (y0 − P(t0)), falling back to persistence without a profile', () => {
    const series = [...day(17, [10, 30, 30, 30]), ...day(41, [20])];
    const f = forecastFrom(series, 41, { damping: 0.5 })!;
    // P(0) = 10 (day 1), y0 = 20, anomaly 10; P(1..3) = 30
    expect(f.map((x) => x.value)).toEqual([30 + 0.5 * 10, 30 + 0.25 * 10, 30 + 0.125 * 10]);
    expect(f.every((x) => x.basis === 'diurnal-persistence')).toBe(true);
    const cold = forecastFrom(day(17, [10]), 17)!;
    expect(cold.map((x) => [x.value, x.basis])).toEqual([
      [10, 'persistence'],
      [10, 'persistence'],
      [10, 'persistence'],
    ]);
    expect(forecastFrom(series, 99)).toBeNull();
  });

  it('measures MAE per horizon on past data, with persistence as the baseline', () => {
    // a flat series: every method is exact
    expect(backtest(day(17, [5, 5, 5, 5, 5])).map((e) => [e.mae, e.persistenceMae, e.n])).toEqual([
      [0, 0, 4],
      [0, 0, 3],
      [0, 0, 2],
    ]);
    // a ramp 0,1,2,3 with no earlier days: persistence only, error h at horizon h
    const ramp = backtest(day(17, [0, 1, 2, 3]));
    expect(ramp.map((e) => e.mae)).toEqual([1, 2, 3]);
    expect(ramp.map((e) => e.n)).toEqual([3, 2, 1]);
  });

  it('beats persistence on a repeating daily cycle', () => {
    const cycle = (h: number) => 20 + 15 * Math.sin((h / 24) * 2 * Math.PI);
    const series = Array.from({ length: 24 * 4 }, (_, i) => ({ hour: 1000 + i, value: cycle(i) }));
    const errors = backtest(series);
    for (const e of errors) expect(e.mae!).toBeLessThan(e.persistenceMae!);
  });
});
