// NowCast of QĐ 1459/QĐ-TCMT (2019) §2.2.1a, worked by hand:
//   w* = Cmin / Cmax over the hours with data; w = w* if w* > 1/2, else 1/2;
//   NowCast = Σ w^(i−1)·ci / Σ w^(i−1) (i = 1 is the current hour; a missing hour has weight 0);
//   needs data in at least 2 of c1, c2, c3.
import { describe, expect, it } from 'vitest';
import { aqiHourly, nowcast } from '../../../src/environment/aqi.ts';

describe('nowcast: weighting', () => {
  it('reproduces the decision example (§2.3a): w* = 16,5/26,9 = 0,61 > 1/2 → NowCast 20,3 µg/m³ → AQI 41', () => {
    // 20:00 back to 09:00, newest first.
    const pm25 = [20.6, 19.6, 22.4, 20.3, 16.5, 19.0, 16.5, 19.5, 23.5, 20.5, 24.7, 26.9];
    const value = nowcast(pm25)!;
    expect(value).toBeCloseTo(20.27, 2);
    expect(Number(value.toFixed(1))).toBe(20.3);
    // AQI(PM2.5) = 50/25 × 20.3 = 40.6 → 41 (decision: 41)
    expect(aqiHourly({ pm25: 20.3 }).byPollutant.pm25?.aqi).toBe(41);
  });

  it('w* > 1/2 is used as the weight', () => {
    // c = [40, 30]: w* = 30/40 = 0.75 → w = 0.75; (40 + 0.75×30) / (1 + 0.75) = 62.5/1.75 = 35.714285…
    expect(nowcast([40, 30])).toBeCloseTo(62.5 / 1.75, 10);
  });

  it('w* = 1/2 exactly gives w = 1/2', () => {
    // c = [100, 50]: w* = 0.5 ≤ 1/2 → w = 0.5; (100 + 0.5×50) / (1 + 0.5) = 125/1.5 = 83.333…
    expect(nowcast([100, 50])).toBeCloseTo(125 / 1.5, 10);
  });

  it('w* < 1/2 is replaced by 1/2', () => {
    // c = [80, 20]: w* = 0.25 → w = 0.5; (80 + 0.5×20) / 1.5 = 90/1.5 = 60 (with w* it would be 85/1.25 = 68)
    expect(nowcast([80, 20])).toBeCloseTo(60, 10);
  });

  it('steady air (w* = 1) gives the plain mean', () => {
    // all 12 hours 35 µg/m³: w = 1, Σ35 / 12 = 35
    expect(nowcast(Array<number>(12).fill(35))).toBeCloseTo(35, 10);
  });

  it('w = 1/2 over 12 hours uses the normalised formula (see docs/vn-aqi.md)', () => {
    // c1 = 100, c2…c12 = 10: w* = 0.1 → w = 0.5.
    // numerator = 100 + 10 × Σ(i=1..11) 0.5^i = 100 + 10 × (1 − 2^−11) = 109.9951171875
    // denominator = Σ(i=0..11) 0.5^i = 2 − 2^−11 = 1.99951171875 → 55.010989…
    // (the decision's printed w = 1/2 form, 0.5×100 + 10 × Σ(i=2..12) 0.5^i, would give 54.99756)
    expect(nowcast([100, ...Array<number>(11).fill(10)])).toBeCloseTo(109.9951171875 / 1.99951171875, 10);
  });

  it('a zero minimum gives w = 1/2; all zeros give 0', () => {
    // c = [0, 0, 0, 5]: w* = 0 → w = 0.5; (5 × 0.5³) / (1 + 0.5 + 0.25 + 0.125) = 0.625/1.875 = 0.3333…
    expect(nowcast([0, 0, 0, 5])).toBeCloseTo(1 / 3, 10);
    expect(nowcast([0, 0, 0])).toBe(0);
  });
});

describe('nowcast: missing hours and data completeness', () => {
  it('a missing current hour keeps the others at their own position weights', () => {
    // c = [–, 40, 20]: c2, c3 present (2 of 3). w* = 20/40 = 0.5 → w = 0.5;
    // weights c1: 0, c2: 0.5^1, c3: 0.5^2 → (0.5×40 + 0.25×20) / (0.5 + 0.25) = 25/0.75 = 33.333…
    expect(nowcast([null, 40, 20])).toBeCloseTo(25 / 0.75, 10);
  });

  it('a missing older hour drops out with weight 0', () => {
    // c = [60, 50, –, 40]: w* = 40/60 = 2/3 → w = 2/3; weights 1, 2/3, 0, (2/3)³ = 8/27
    // numerator = 60 + 2/3×50 + 8/27×40 = 2840/27; denominator = 1 + 2/3 + 8/27 = 53/27 → 2840/53 = 53.5849…
    expect(nowcast([60, 50, null, 40])).toBeCloseTo(2840 / 53, 10);
    expect(nowcast([60, 50, undefined, 40])).toBeCloseTo(2840 / 53, 10);
  });

  it('exactly 2 of the 3 most recent hours is enough', () => {
    // c = [10, –, 10]: w* = 1 → (10 + 10) / 2 = 10
    expect(nowcast([10, null, 10])).toBeCloseTo(10, 10);
  });

  it('fewer than 2 of the 3 most recent hours → null, whatever the older hours hold', () => {
    expect(nowcast([10, null, null, 10, 10, 10, 10, 10, 10, 10, 10, 10])).toBeNull();
    expect(nowcast([null, null, 10, 10, 10])).toBeNull();
    expect(nowcast([10])).toBeNull();
    expect(nowcast([])).toBeNull();
  });

  it('negative, NaN or infinite values are data removed by QA: treated as missing', () => {
    // [NaN, 10, 10]: c2, c3 present → 10
    expect(nowcast([Number.NaN, 10, 10])).toBeCloseTo(10, 10);
    // [NaN, −1, 10]: only c3 usable → null
    expect(nowcast([Number.NaN, -1, 10])).toBeNull();
    expect(nowcast([Number.POSITIVE_INFINITY, 10, null])).toBeNull();
  });

  it('programmer errors throw', () => {
    expect(() => nowcast(Array<number>(13).fill(1))).toThrow(RangeError);
    expect(() => nowcast(['10' as unknown as number, 10])).toThrow(TypeError);
    expect(() => nowcast('10' as unknown as number[])).toThrow(TypeError);
  });
});
