// Hourly and daily VN_AQI rules of QĐ 1459/QĐ-TCMT (2019) §2.1b, §2.2.1, §2.2.2 and the worked examples
// of §2.3, plus rounding and categories. Hand computations use AQIx = (I[i+1] − I[i]) / (BP[i+1] − BP[i]) × (Cx − BP[i]) + I[i].
import { describe, expect, it } from 'vitest';
import { aqiCategory, aqiDaily, aqiHourly } from '../../../src/environment/aqi.ts';

describe('aqiHourly', () => {
  it('decision example §2.3b: O3 136,1, NO2 118,7, NowCast PM2.5 20,3 µg/m³', () => {
    // O3:    50/160 × 136.1 = 42.53 → 43 (decision 43)
    // NO2:   50/100 × (118.7 − 100) + 50 = 59.35 → 59 (decision prints 60: see docs/vn-aqi.md, "ambiguities")
    // PM2.5: 50/25 × 20.3 = 40.6 → 41 (decision 41)
    const r = aqiHourly({ o3: 136.1, no2: 118.7, pm25: 20.3 });
    expect(r.byPollutant.o3?.aqi).toBe(43);
    expect(r.byPollutant.no2?.aqi).toBe(59);
    expect(r.byPollutant.pm25?.aqi).toBe(41);
    expect(r.overall).toMatchObject({ aqi: 59, dominant: 'no2' });
    expect(r.overall?.category.nameVi).toBe('Trung bình');
  });

  it('hourly O3 uses the O3 (1h) breakpoints', () => {
    // 50/160 × 110 = 34.375 → 34 (the 8h table would give 50/20 × 10 + 50 = 75)
    expect(aqiHourly({ pm25: 1, o3: 110 }).byPollutant.o3).toMatchObject({ aqi: 34, metric: 'o3_1h' });
  });

  it('no overall AQI without PM2.5 or PM10 (§2.1b), but the sub-indices are still given', () => {
    const r = aqiHourly({ no2: 130.8, o3: 136.1 });
    expect(r.overall).toBeNull();
    expect(r.byPollutant.no2?.aqi).toBe(65);
    expect(aqiHourly({ pm25: null, pm10: Number.NaN, no2: 130.8 }).overall).toBeNull();
    // PM10 alone is enough: PM10 5 → 5; NO2 65 dominates
    expect(aqiHourly({ pm10: 5, no2: 130.8 }).overall).toMatchObject({ aqi: 65, dominant: 'no2' });
  });

  it('absent keys are left out; null, negative and NaN values give null', () => {
    const r = aqiHourly({ pm25: 30, pm10: null, so2: -3, co: Number.NaN });
    expect(Object.keys(r.byPollutant).sort()).toEqual(['co', 'pm10', 'pm25', 'so2']);
    expect(r.byPollutant.pm10).toBeNull();
    expect(r.byPollutant.so2).toBeNull();
    expect(r.byPollutant.co).toBeNull();
    expect(r.overall).toMatchObject({ aqi: 60, dominant: 'pm25' }); // 50/25 × (30 − 25) + 50 = 60
    expect(aqiHourly({})).toEqual({ overall: null, byPollutant: {} });
  });

  it('above the top breakpoint the AQI is held at 500 (Nguy hại) and flagged', () => {
    const r = aqiHourly({ pm25: 700 });
    expect(r.overall).toMatchObject({ aqi: 500, dominant: 'pm25', beyondScale: true });
    expect(r.overall?.category.level).toBe(6);
    expect(r.byPollutant.pm25?.beyondScale).toBe(true);
    expect(aqiHourly({ pm25: 10 }).overall?.beyondScale).toBeUndefined();
  });

  it('a tie goes to the first pollutant in PM2.5, PM10, O3, NO2, SO2, CO order', () => {
    // PM2.5 25 → 50; PM10 50 → 50
    expect(aqiHourly({ pm10: 50, pm25: 25 }).overall?.dominant).toBe('pm25');
  });

  it('programmer errors throw', () => {
    expect(() => aqiHourly({ pm2_5: 10 } as unknown as { pm25: number })).toThrow(TypeError);
    expect(() => aqiHourly({ pm25: '10' as unknown as number })).toThrow(TypeError);
    expect(() => aqiHourly(null as unknown as { pm25: number })).toThrow(TypeError);
  });
});

describe('aqiDaily', () => {
  it('decision example §2.3c: O3 8h 89,3, O3 1h 114,6, NO2 130,8, PM2.5 24h 55,7 µg/m³ → 110', () => {
    // O3 8h: 50/100 × 89.3 = 44.65 → 45; O3 1h: 50/160 × 114.6 = 35.81 → 36; O3 = max → 45 (8h)
    // NO2:   50/100 × (130.8 − 100) + 50 = 65.4 → 65
    // PM2.5: 50/30 × (55.7 − 50) + 100 = 109.5 → 110
    const r = aqiDaily({ o3_8h: 89.3, o3_1h: 114.6, no2: 130.8, pm25: 55.7 });
    expect(r.byPollutant.o3).toMatchObject({ aqi: 45, metric: 'o3_8h' });
    expect(r.byPollutant.no2?.aqi).toBe(65);
    expect(r.byPollutant.pm25?.aqi).toBe(110);
    expect(r.overall).toMatchObject({ aqi: 110, dominant: 'pm25' });
    expect(r.overall?.category.nameVi).toBe('Kém');
  });

  it('O3: the larger of the 1-hour and 8-hour sub-indices', () => {
    // 1h 250 → 50/100 × 50 + 100 = 125; 8h 110 → 50/20 × 10 + 50 = 75 → 125 from the 1-hour max
    expect(aqiDaily({ pm10: 10, o3_1h: 250, o3_8h: 110 }).byPollutant.o3).toMatchObject({ aqi: 125, metric: 'o3_1h' });
    // only one of them given: that one
    expect(aqiDaily({ o3_8h: 110 }).byPollutant.o3).toMatchObject({ aqi: 75, metric: 'o3_8h' });
    expect(aqiDaily({ o3_1h: 110, o3_8h: null }).byPollutant.o3).toMatchObject({ aqi: 34, metric: 'o3_1h' });
    expect(aqiDaily({ o3_1h: null, o3_8h: null }).byPollutant.o3).toBeNull();
  });

  it('O3 8h above 400 µg/m³ is not computed: only the 1-hour maximum counts (§2.2.2b)', () => {
    // 8h 450 → none; 1h 900 → 100/200 × (900 − 800) + 300 = 350
    expect(aqiDaily({ pm25: 10, o3_1h: 900, o3_8h: 450 }).byPollutant.o3).toMatchObject({ aqi: 350, metric: 'o3_1h' });
    expect(aqiDaily({ o3_8h: 450 }).byPollutant.o3).toBeNull();
    // exactly 400 is still on the 8h table: I = 300
    expect(aqiDaily({ o3_8h: 400 }).byPollutant.o3).toMatchObject({ aqi: 300, metric: 'o3_8h' });
  });

  it('PM from 24-hour means and gases from daily 1-hour maxima, all on Bảng 2', () => {
    // PM10 24h 101 → 50/100 × 51 + 50 = 75.5 → 76; SO2 max 200 → 50/225 × 75 + 50 = 66.67 → 67;
    // CO max 12345 → 50/20000 × 2345 + 50 = 55.86 → 56
    const r = aqiDaily({ pm10: 101, so2: 200, co: 12345 });
    expect(r.byPollutant).toMatchObject({ pm10: { aqi: 76 }, so2: { aqi: 67 }, co: { aqi: 56 } });
    expect(r.overall).toMatchObject({ aqi: 76, dominant: 'pm10' });
  });

  it('no overall daily AQI without PM; unknown keys throw', () => {
    expect(aqiDaily({ o3_1h: 900, no2: 500 }).overall).toBeNull();
    expect(() => aqiDaily({ o3: 10 } as unknown as { o3_1h: number })).toThrow(TypeError);
  });
});

describe('rounding (half up to an integer, §2.2.1c, §2.2.2c)', () => {
  it('.5 rounds up', () => {
    // PM10 101 → 75.5 → 76; O3 1h 170 → 62.5 → 63
    expect(aqiHourly({ pm10: 101 }).overall?.aqi).toBe(76);
    expect(aqiHourly({ pm10: 1, o3: 170 }).byPollutant.o3?.aqi).toBe(63);
  });

  it('an exact .5 that floating point computes as …49999 still rounds up', () => {
    // O3 1h 161.2: 50/40 × (161.2 − 160) + 50 = 1.25 × 1.2 + 50 = 51.5 (binary: 51.4999999999999…) → 52
    expect(aqiHourly({ pm25: 1, o3: 161.2 }).byPollutant.o3?.aqi).toBe(52);
  });

  it('the category follows the rounded AQI', () => {
    // PM2.5 25.2 → 50.4 → 50 Tốt; 25.25 → 50.5 → 51 Trung bình
    expect(aqiHourly({ pm25: 25.2 }).overall).toMatchObject({ aqi: 50, category: { level: 1 } });
    expect(aqiHourly({ pm25: 25.25 }).overall).toMatchObject({ aqi: 51, category: { level: 2 } });
  });

  it('overall = max of the rounded sub-indices', () => {
    // PM2.5 12.2 → 24.4 → 24; NO2 49 → 24.5 → 25 → overall 25, NO2
    expect(aqiHourly({ pm25: 12.2, no2: 49 }).overall).toMatchObject({ aqi: 25, dominant: 'no2' });
  });
});

describe('aqiCategory', () => {
  it.each([
    [0, 1, 'Tốt', '#00E400'], [50, 1, 'Tốt', '#00E400'], [50.4, 1, 'Tốt', '#00E400'],
    [50.5, 2, 'Trung bình', '#FFFF00'], [51, 2, 'Trung bình', '#FFFF00'], [100, 2, 'Trung bình', '#FFFF00'],
    [101, 3, 'Kém', '#FF7E00'], [150, 3, 'Kém', '#FF7E00'],
    [151, 4, 'Xấu', '#FF0000'], [200, 4, 'Xấu', '#FF0000'],
    [201, 5, 'Rất xấu', '#8F3F97'], [300, 5, 'Rất xấu', '#8F3F97'],
    [301, 6, 'Nguy hại', '#7E0023'], [500, 6, 'Nguy hại', '#7E0023'], [650, 6, 'Nguy hại', '#7E0023'],
  ])('AQI %d → level %d %s %s', (aqi, level, nameVi, color) => {
    expect(aqiCategory(aqi)).toMatchObject({ level, nameVi, color });
  });

  it('every category carries the Bảng 5 advice', () => {
    for (const aqi of [0, 51, 101, 151, 201, 301]) expect(aqiCategory(aqi).advice?.generalVi.length).toBeGreaterThan(0);
  });

  it('a negative or NaN AQI throws', () => {
    expect(() => aqiCategory(-1)).toThrow(RangeError);
    expect(() => aqiCategory(Number.NaN)).toThrow(RangeError);
  });
});
