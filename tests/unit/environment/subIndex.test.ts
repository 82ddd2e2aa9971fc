// Every segment of every Bảng 2 column (QĐ 1459/QĐ-TCMT, 2019), worked by hand from Công thức 1:
//   AQIx = (I[i+1] − I[i]) / (BP[i+1] − BP[i]) × (Cx − BP[i]) + I[i]
// Breakpoints (µg/m³), I = 0, 50, 100, 150, 200, 300, 400, 500:
//   O3 1h 0 160 200 300 400 800 1000 1200 | O3 8h 0 100 120 170 210 400 | CO 0 10000 30000 45000 60000 90000 120000 150000
//   SO2 0 125 350 550 800 1600 2100 2630 | NO2 0 100 200 700 1200 2350 3100 3850
//   PM10 0 50 150 250 350 420 500 600 | PM2.5 0 25 50 80 150 250 350 500
// Expected values are typed here by hand, never derived from the code's table.
import { describe, expect, it } from 'vitest';
import { aqiDaily, aqiHourly, subIndex, type BreakpointColumn } from '../../../src/environment/aqi.ts';

/** [column, C µg/m³, unrounded AQIx, rounded AQI] — the hand computation is in the comment on each line. */
type Case = readonly [BreakpointColumn, number, number, number];

const INSIDE: readonly Case[] = [
  // PM2.5
  ['pm25', 12, 24, 24], //        s1: 50/25 × (12 − 0) + 0 = 24
  ['pm25', 30, 60, 60], //        s2: 50/25 × (30 − 25) + 50 = 10 + 50 = 60
  ['pm25', 55.7, 109.5, 110], //  s3: 50/30 × (55.7 − 50) + 100 = 9.5 + 100 = 109.5 → 110 (decision §2.3c example)
  ['pm25', 100, 1150 / 7, 164], // s4: 50/70 × (100 − 80) + 150 = 14.2857 + 150 = 164.2857 → 164
  ['pm25', 200, 250, 250], //     s5: 100/100 × (200 − 150) + 200 = 250
  ['pm25', 275.5, 325.5, 326], // s6: 100/100 × (275.5 − 250) + 300 = 325.5 → 326
  ['pm25', 410, 440, 440], //     s7: 100/150 × (410 − 350) + 400 = 40 + 400 = 440
  // PM10
  ['pm10', 37, 37, 37], //        s1: 50/50 × 37 = 37
  ['pm10', 101, 75.5, 76], //     s2: 50/100 × (101 − 50) + 50 = 25.5 + 50 = 75.5 → 76
  ['pm10', 199, 124.5, 125], //   s3: 50/100 × (199 − 150) + 100 = 24.5 + 100 = 124.5 → 125
  ['pm10', 300, 175, 175], //     s4: 50/100 × (300 − 250) + 150 = 175
  ['pm10', 385, 250, 250], //     s5: 100/70 × (385 − 350) + 200 = 50 + 200 = 250
  ['pm10', 430, 312.5, 313], //   s6: 100/80 × (430 − 420) + 300 = 12.5 + 300 = 312.5 → 313
  ['pm10', 555.5, 455.5, 456], // s7: 100/100 × (555.5 − 500) + 400 = 455.5 → 456
  // NO2
  ['no2', 45, 22.5, 23], //       s1: 50/100 × 45 = 22.5 → 23
  ['no2', 130.8, 65.4, 65], //    s2: 50/100 × (130.8 − 100) + 50 = 15.4 + 50 = 65.4 → 65 (decision §2.3c example)
  ['no2', 450, 125, 125], //      s3: 50/500 × (450 − 200) + 100 = 25 + 100 = 125
  ['no2', 1000, 180, 180], //     s4: 50/500 × (1000 − 700) + 150 = 30 + 150 = 180
  ['no2', 1430, 220, 220], //     s5: 100/1150 × (1430 − 1200) + 200 = 20 + 200 = 220
  ['no2', 2500, 320, 320], //     s6: 100/750 × (2500 − 2350) + 300 = 20 + 300 = 320
  ['no2', 3400, 440, 440], //     s7: 100/750 × (3400 − 3100) + 400 = 40 + 400 = 440
  // SO2
  ['so2', 50, 20, 20], //         s1: 50/125 × 50 = 20
  ['so2', 200, 200 / 3, 67], //   s2: 50/225 × (200 − 125) + 50 = 16.667 + 50 = 66.667 → 67
  ['so2', 400, 112.5, 113], //    s3: 50/200 × (400 − 350) + 100 = 12.5 + 100 = 112.5 → 113
  ['so2', 600, 160, 160], //      s4: 50/250 × (600 − 550) + 150 = 10 + 150 = 160
  ['so2', 1000, 225, 225], //     s5: 100/800 × (1000 − 800) + 200 = 25 + 200 = 225
  ['so2', 1850, 350, 350], //     s6: 100/500 × (1850 − 1600) + 300 = 50 + 300 = 350
  ['so2', 2365, 450, 450], //     s7: 100/530 × (2365 − 2100) + 400 = 50 + 400 = 450
  // CO
  ['co', 5000, 25, 25], //            s1: 50/10000 × 5000 = 25
  ['co', 12345, 55.8625, 56], //      s2: 50/20000 × (12345 − 10000) + 50 = 5.8625 + 50 = 55.8625 → 56
  ['co', 40000, 400 / 3, 133], //     s3: 50/15000 × (40000 − 30000) + 100 = 33.333 + 100 = 133.333 → 133
  ['co', 50000, 500 / 3, 167], //     s4: 50/15000 × (50000 − 45000) + 150 = 16.667 + 150 = 166.667 → 167
  ['co', 75000, 250, 250], //         s5: 100/30000 × (75000 − 60000) + 200 = 50 + 200 = 250
  ['co', 100000, 1000 / 3, 333], //   s6: 100/30000 × (100000 − 90000) + 300 = 33.333 + 300 = 333.333 → 333
  ['co', 135000, 450, 450], //        s7: 100/30000 × (135000 − 120000) + 400 = 50 + 400 = 450
  // O3 1-hour
  ['o3_1h', 136.1, 42.53125, 43], //  s1: 50/160 × 136.1 = 42.53 → 43 (decision §2.3b example)
  ['o3_1h', 170, 62.5, 63], //        s2: 50/40 × (170 − 160) + 50 = 12.5 + 50 = 62.5 → 63
  ['o3_1h', 250, 125, 125], //        s3: 50/100 × (250 − 200) + 100 = 25 + 100 = 125
  ['o3_1h', 333, 166.5, 167], //      s4: 50/100 × (333 − 300) + 150 = 16.5 + 150 = 166.5 → 167
  ['o3_1h', 500, 225, 225], //        s5: 100/400 × (500 − 400) + 200 = 25 + 200 = 225
  ['o3_1h', 900, 350, 350], //        s6: 100/200 × (900 − 800) + 300 = 50 + 300 = 350
  ['o3_1h', 1100, 450, 450], //       s7: 100/200 × (1100 − 1000) + 400 = 50 + 400 = 450
  // O3 8-hour (5 segments; nothing above 400 µg/m³)
  ['o3_8h', 89.3, 44.65, 45], //      s1: 50/100 × 89.3 = 44.65 → 45 (decision §2.3c example)
  ['o3_8h', 110, 75, 75], //          s2: 50/20 × (110 − 100) + 50 = 25 + 50 = 75
  ['o3_8h', 150, 130, 130], //        s3: 50/50 × (150 − 120) + 100 = 30 + 100 = 130
  ['o3_8h', 180, 162.5, 163], //      s4: 50/40 × (180 − 170) + 150 = 12.5 + 150 = 162.5 → 163
  ['o3_8h', 305, 250, 250], //        s5: 100/190 × (305 − 210) + 200 = 50 + 200 = 250
];

/** Every breakpoint BPi of every column, with its Ii (AQI at a breakpoint is Ii from either side). */
const AT_BREAKPOINTS: Readonly<Record<BreakpointColumn, readonly number[]>> = {
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 120, 170, 210, 400],
  co: [0, 10000, 30000, 45000, 60000, 90000, 120000, 150000],
  so2: [0, 125, 350, 550, 800, 1600, 2100, 2630],
  no2: [0, 100, 200, 700, 1200, 2350, 3100, 3850],
  pm10: [0, 50, 150, 250, 350, 420, 500, 600],
  pm25: [0, 25, 50, 80, 150, 250, 350, 500],
};
const I = [0, 50, 100, 150, 200, 300, 400, 500];

/** AQIx through the public functions: hourly for all but O3 8h, daily for O3 8h. */
function publicAqi(column: BreakpointColumn, c: number): number | undefined {
  const key = column === 'o3_1h' ? 'o3' : column;
  if (column === 'o3_8h') return aqiDaily({ o3_8h: c }).byPollutant.o3?.aqi;
  return aqiHourly({ [key]: c }).byPollutant[key as 'pm25']?.aqi;
}

describe('subIndex: inside every segment (hand-worked)', () => {
  it.each(INSIDE)('%s at %d µg/m³ → %d (rounded %d)', (column, c, raw, rounded) => {
    expect(subIndex(column, c)?.aqi).toBeCloseTo(raw, 9);
    expect(subIndex(column, c)?.beyondScale).toBe(false);
    expect(publicAqi(column, c)).toBe(rounded);
  });

  it('covers every segment of every column exactly once', () => {
    const perColumn = new Map<BreakpointColumn, number>();
    for (const [col] of INSIDE) perColumn.set(col, (perColumn.get(col) ?? 0) + 1);
    for (const [col, bps] of Object.entries(AT_BREAKPOINTS)) expect(perColumn.get(col as BreakpointColumn)).toBe(bps.length - 1);
  });
});

describe('subIndex: exactly at every breakpoint', () => {
  for (const [column, bps] of Object.entries(AT_BREAKPOINTS) as [BreakpointColumn, readonly number[]][]) {
    it(`${column}: BPi → Ii`, () => {
      bps.forEach((bp, k) => {
        expect(subIndex(column, bp)?.aqi).toBeCloseTo(I[k]!, 9);
        expect(publicAqi(column, bp)).toBe(I[k]);
      });
    });
  }
});

describe('subIndex: above the top breakpoint', () => {
  // Row 8 of Bảng 2 reads "≥1.200", "≥150.000", "≥2.630", "≥3.850", "≥600", "≥500": the open-ended AQI-500
  // level. There is no BP9 to interpolate to, so the AQI is held at 500 and flagged beyondScale.
  it.each([
    ['o3_1h', 1500], ['co', 200000], ['so2', 3000], ['no2', 5000], ['pm10', 900], ['pm25', 600.1],
  ] as const)('%s at %d µg/m³ → 500, beyondScale', (column, c) => {
    expect(subIndex(column, c)).toEqual({ aqi: 500, beyondScale: true });
  });

  it('exactly at the top breakpoint is 500 but not beyond the scale', () => {
    expect(subIndex('pm25', 500)).toEqual({ aqi: 500, beyondScale: false });
  });

  it('O3 8h above 400 µg/m³ gives no 8-hour index (§2.2.2b)', () => {
    expect(subIndex('o3_8h', 400.1)).toBeNull();
  });

  it('a negative or NaN concentration is a programmer error at this level', () => {
    expect(() => subIndex('pm25', -1)).toThrow(RangeError);
    expect(() => subIndex('pm25', Number.NaN)).toThrow(RangeError);
  });
});
