// The code's VN_AQI tables equal the published transcription in ../shared/data/vn-aqi-1459/ (QĐ 1459/QĐ-TCMT, 2019).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BREAKPOINT_COLUMNS, VN_AQI_BREAKPOINTS, VN_AQI_CATEGORIES, segmentsOf } from '../../../src/environment/aqi.ts';

const shared = (file: string) => readFileSync(new URL(`../../../../shared/data/vn-aqi-1459/${file}`, import.meta.url), 'utf8');

/** Rows of a small comma-separated file without quoting (both files are plain numbers and words). */
function rows(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const names = head!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, k) => [names[k]!, cell])));
}

describe('VN_AQI tables equal ../shared/data/vn-aqi-1459', () => {
  it('Bảng 2 breakpoints, cell by cell (empty cell = null)', () => {
    const csv = rows(shared('vn_aqi_breakpoints_qd1459_2019.csv'));
    const num = (s: string) => (s === '' ? null : Number(s));
    const fromCsv = csv.map((r) => ({
      i: num(r.i!), I: num(r.I_i!), o3_1h: num(r.O3_1h_ugm3!), o3_8h: num(r.O3_8h_ugm3!), co: num(r.CO_ugm3!),
      so2: num(r.SO2_ugm3!), no2: num(r.NO2_ugm3!), pm10: num(r.PM10_ugm3!), pm25: num(r.PM25_ugm3!),
    }));
    expect(VN_AQI_BREAKPOINTS).toEqual(fromCsv);
    expect(VN_AQI_BREAKPOINTS).toHaveLength(8);
  });

  it('Bảng 1 categories: ranges, names and RGB colours; hex matches RGB', () => {
    const csv = rows(shared('vn_aqi_categories_qd1459_2019.csv'));
    expect(VN_AQI_CATEGORIES.map((c) => ({
      aqi_min: String(c.min), aqi_max: String(c.max), category_vi: c.nameVi, category_en: c.nameEn,
      colour_vi: c.colorNameVi, rgb: c.rgb.join(';'),
    }))).toEqual(csv);
    for (const c of VN_AQI_CATEGORIES) {
      expect(c.color).toBe(`#${c.rgb.map((v) => v.toString(16).padStart(2, '0').toUpperCase()).join('')}`);
    }
    expect(VN_AQI_CATEGORIES.map((c) => c.level)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('every column is increasing; 7 segments each, 5 for O3 8h', () => {
    for (const col of BREAKPOINT_COLUMNS) {
      const segs = segmentsOf(col);
      expect(segs).toHaveLength(col === 'o3_8h' ? 5 : 7);
      for (const s of segs) expect(s.bpHigh).toBeGreaterThan(s.bpLow);
    }
  });
});
