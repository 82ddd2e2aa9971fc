/** Surface colours follow the VN_AQI categories, for the AQI and for concentrations through Bảng 2. */
import { describe, expect, it } from 'vitest';
import { categoryOfValue, legendOf } from '../../../../src/environment/surface/SurfaceQuantity.ts';
import { paintField } from '../../../../src/environment/surface/paintField.ts';

describe('categoryOfValue', () => {
  it('uses the AQI ranges for aqi', () => {
    expect(categoryOfValue('aqi', 50)?.level).toBe(1);
    expect(categoryOfValue('aqi', 51)?.level).toBe(2);
    expect(categoryOfValue('aqi', 151)?.color).toBe('#FF0000');
  });

  it('uses the pollutant breakpoints for concentrations', () => {
    expect(categoryOfValue('pm25', 25)?.level).toBe(1); // BP2 = 25 µg/m³ → AQI 50
    expect(categoryOfValue('pm25', 26)?.level).toBe(2);
    expect(categoryOfValue('pm25', 600)?.level).toBe(6); // beyond the top breakpoint
    expect(categoryOfValue('co', 30_000)?.level).toBe(2); // CO in µg/m³: BP3 = 30,000 → AQI 100
    expect(categoryOfValue('pm25', Number.NaN)).toBeUndefined();
  });

  it('legend ranges of PM2.5 are its breakpoints', () => {
    const legend = legendOf('pm25');
    expect(legend.map((e) => e.from)).toEqual([0, 25, 50, 80, 150, 250]);
    expect(legend[5]!.to).toBeUndefined();
  });
});

describe('paintField', () => {
  it('colours cells and leaves NaN transparent', () => {
    const px = paintField([1, Number.NaN, 1, 2], (v) => (v === 1 ? [1, 2, 3, 4] : [9, 9, 9, 9]));
    expect(Array.from(px)).toEqual([1, 2, 3, 4, 0, 0, 0, 0, 1, 2, 3, 4, 9, 9, 9, 9]);
  });
});
