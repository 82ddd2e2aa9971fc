/**
 * VN_AQI breakpoint table (Bảng 2) of Quyết định 1459/QĐ-TCMT, 12/11/2019, Tổng cục Môi trường:
 * "Hướng dẫn kỹ thuật tính toán và công bố chỉ số chất lượng không khí Việt Nam (VN_AQI)".
 * All concentrations in µg/m³ (CO too, as in the decision). Copied by hand from the decision and
 * checked cell by cell against ../shared/data/vn-aqi-1459/vn_aqi_breakpoints_qd1459_2019.csv by
 * tests/unit/environment/breakpoints.test.ts; nothing here reads that file at run time.
 *
 * Row 8 is printed as "≥1.200", "≥150.000", … in the decision: level 8 (AQI 500) is open-ended, there is
 * no BP9, so concentrations at or above the top breakpoint are given AQI 500 (see `subIndex`).
 * O3 (8h) has no rows 7–8 ("-"): the decision does not compute the 8-hour O3 index above 400 µg/m³.
 */

/** A column of Bảng 2: the averaging period and pollutant a breakpoint set applies to. */
export type BreakpointColumn = 'o3_1h' | 'o3_8h' | 'co' | 'so2' | 'no2' | 'pm10' | 'pm25';

/** One row of Bảng 2: index level `i`, its AQI value `I` and the breakpoint BPi of each column in µg/m³ (`null` = "-"). */
export interface BreakpointRow {
  readonly i: number;
  readonly I: number;
  readonly o3_1h: number;
  readonly o3_8h: number | null;
  readonly co: number;
  readonly so2: number;
  readonly no2: number;
  readonly pm10: number;
  readonly pm25: number;
}

/** Every column of Bảng 2, in the decision's order. */
export const BREAKPOINT_COLUMNS: readonly BreakpointColumn[] = ['o3_1h', 'o3_8h', 'co', 'so2', 'no2', 'pm10', 'pm25'];

/** Bảng 2 of QĐ 1459/QĐ-TCMT (2019): BPi in µg/m³ for each AQI level Ii (0–500). */
export const VN_AQI_BREAKPOINTS: readonly BreakpointRow[] = [
  { i: 1, I: 0, o3_1h: 0, o3_8h: 0, co: 0, so2: 0, no2: 0, pm10: 0, pm25: 0 },
  { i: 2, I: 50, o3_1h: 160, o3_8h: 100, co: 10_000, so2: 125, no2: 100, pm10: 50, pm25: 25 },
  { i: 3, I: 100, o3_1h: 200, o3_8h: 120, co: 30_000, so2: 350, no2: 200, pm10: 150, pm25: 50 },
  { i: 4, I: 150, o3_1h: 300, o3_8h: 170, co: 45_000, so2: 550, no2: 700, pm10: 250, pm25: 80 },
  { i: 5, I: 200, o3_1h: 400, o3_8h: 210, co: 60_000, so2: 800, no2: 1_200, pm10: 350, pm25: 150 },
  { i: 6, I: 300, o3_1h: 800, o3_8h: 400, co: 90_000, so2: 1_600, no2: 2_350, pm10: 420, pm25: 250 },
  { i: 7, I: 400, o3_1h: 1_000, o3_8h: null, co: 120_000, so2: 2_100, no2: 3_100, pm10: 500, pm25: 350 },
  { i: 8, I: 500, o3_1h: 1_200, o3_8h: null, co: 150_000, so2: 2_630, no2: 3_850, pm10: 600, pm25: 500 },
];

/** One interpolation segment [BPi, BPi+1] µg/m³ → [Ii, Ii+1] AQI of a column. */
export interface BreakpointSegment {
  readonly bpLow: number;
  readonly bpHigh: number;
  readonly iLow: number;
  readonly iHigh: number;
}

/** The segments of one column, lowest first (7 for most columns, 5 for O3 8h). */
export function segmentsOf(column: BreakpointColumn): BreakpointSegment[] {
  const out: BreakpointSegment[] = [];
  for (let k = 0; k + 1 < VN_AQI_BREAKPOINTS.length; k++) {
    const lo = VN_AQI_BREAKPOINTS[k]!;
    const hi = VN_AQI_BREAKPOINTS[k + 1]!;
    const bpLow = lo[column];
    const bpHigh = hi[column];
    if (bpLow === null || bpHigh === null) break;
    out.push({ bpLow, bpHigh, iLow: lo.I, iHigh: hi.I });
  }
  return out;
}
