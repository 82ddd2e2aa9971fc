/**
 * Vietnamese air-quality index VN_AQI, as Quyết định 1459/QĐ-TCMT (12/11/2019, Tổng cục Môi trường)
 * "Hướng dẫn kỹ thuật tính toán và công bố chỉ số chất lượng không khí Việt Nam (VN_AQI)" defines it:
 * NowCast for PM, hourly AQI (AQI^h, §2.2.1) and daily AQI (AQI^d, §2.2.2) per pollutant and overall,
 * categories and official colours. Pure TypeScript (Node and browser); all concentrations in µg/m³.
 * Rules chosen where the decision is silent or ambiguous: docs/vn-aqi.md.
 */
import type { BreakpointColumn } from './aqi/breakpoints.ts';
import { aqiCategory, type AqiCategory } from './aqi/categories.ts';
import { readConcentration } from './aqi/concentration.ts';
import { roundAqi } from './aqi/rounding.ts';
import { subIndex, type SubIndex } from './aqi/subIndex.ts';

export { nowcast, NOWCAST_HOURS } from './aqi/nowcast.ts';
export { aqiCategory, VN_AQI_CATEGORIES, type AqiCategory, type AqiAdvice, type AqiLevel } from './aqi/categories.ts';
export {
  VN_AQI_BREAKPOINTS,
  BREAKPOINT_COLUMNS,
  segmentsOf,
  type BreakpointColumn,
  type BreakpointRow,
  type BreakpointSegment,
} from './aqi/breakpoints.ts';
export { subIndex, type SubIndex } from './aqi/subIndex.ts';
export { roundAqi } from './aqi/rounding.ts';

/** The six VN_AQI pollutants (§2.1b). */
export type Pollutant = 'pm25' | 'pm10' | 'o3' | 'no2' | 'so2' | 'co';

/** Pollutant order used to break ties for the dominant pollutant (PM first: the decision requires PM). */
export const POLLUTANTS: readonly Pollutant[] = ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'];

/** An AQI value with its category. */
export interface AqiValue {
  /** AQI, unitless integer (rounded half up, as the decision rounds), 0–500. */
  readonly aqi: number;
  /** VN_AQI category of `aqi` (name, official colour, advice). */
  readonly category: AqiCategory;
  /** Overall value only: the pollutant with the highest AQIx. */
  readonly dominant?: Pollutant;
  /** Per-pollutant value only: the Bảng 2 column used (tells 1-hour from 8-hour O3 in a daily AQI). */
  readonly metric?: BreakpointColumn;
  /** Present (true) when the concentration was above the top breakpoint and the AQI was held at 500. */
  readonly beyondScale?: true;
}

/** Result of `aqiHourly`/`aqiDaily`. */
export interface AqiResult {
  /** AQI^h or AQI^d = max of the AQIx; null when neither PM2.5 nor PM10 has an AQIx (§2.1b). */
  readonly overall: AqiValue | null;
  /** AQIx for every pollutant given; null where that pollutant's value is missing or gives no AQI. */
  readonly byPollutant: Partial<Record<Pollutant, AqiValue | null>>;
}

/** Hourly inputs in µg/m³: PM as NowCast values (see `nowcast`), the gases as 1-hour means. Any subset. */
export interface HourlyInput {
  /** PM2.5 NowCast, µg/m³. */
  readonly pm25?: number | null;
  /** PM10 NowCast, µg/m³. */
  readonly pm10?: number | null;
  /** NO2 1-hour mean, µg/m³. */
  readonly no2?: number | null;
  /** O3 1-hour mean, µg/m³ (Bảng 2 column O3 (1h)). */
  readonly o3?: number | null;
  /** CO 1-hour mean, µg/m³ (not mg/m³). */
  readonly co?: number | null;
  /** SO2 1-hour mean, µg/m³. */
  readonly so2?: number | null;
}

/** Daily inputs in µg/m³ (§2.2.2): 24-hour means for PM, daily maxima for the gases. Any subset. */
export interface DailyInput {
  /** PM2.5 24-hour mean (01:00 to 00:00 next day), µg/m³. */
  readonly pm25?: number | null;
  /** PM10 24-hour mean, µg/m³. */
  readonly pm10?: number | null;
  /** NO2 highest 1-hour mean of the day, µg/m³. */
  readonly no2?: number | null;
  /** SO2 highest 1-hour mean of the day, µg/m³. */
  readonly so2?: number | null;
  /** CO highest 1-hour mean of the day, µg/m³. */
  readonly co?: number | null;
  /** O3 highest 1-hour mean of the day, µg/m³. */
  readonly o3_1h?: number | null;
  /** O3 highest 8-hour running mean of the day, µg/m³. */
  readonly o3_8h?: number | null;
}

interface Scored {
  readonly value: AqiValue;
  readonly raw: number;
}

const HOURLY_KEYS: readonly (keyof HourlyInput)[] = ['pm25', 'pm10', 'no2', 'o3', 'co', 'so2'];
const DAILY_KEYS: readonly (keyof DailyInput)[] = ['pm25', 'pm10', 'no2', 'so2', 'co', 'o3_1h', 'o3_8h'];

function checkKeys(input: unknown, allowed: readonly string[], fn: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`${fn}: expected an object of concentrations in µg/m³`);
  }
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) throw new TypeError(`${fn}: unknown pollutant key "${key}" (expected ${allowed.join(', ')})`);
  }
  return input as Record<string, unknown>;
}

function scored(sub: SubIndex, metric: BreakpointColumn): Scored {
  const aqi = roundAqi(sub.aqi);
  const value: AqiValue = sub.beyondScale
    ? { aqi, category: aqiCategory(aqi), metric, beyondScale: true }
    : { aqi, category: aqiCategory(aqi), metric };
  return { value, raw: sub.aqi };
}

/** AQIx of one input value, or null where it is missing/invalid or the table gives none. */
function score(raw: unknown, name: string, metric: BreakpointColumn): Scored | null {
  const c = readConcentration(raw, name);
  if (c === null) return null;
  const sub = subIndex(metric, c);
  return sub === null ? null : scored(sub, metric);
}

function combine(scores: Partial<Record<Pollutant, Scored | null>>): AqiResult {
  const byPollutant: Partial<Record<Pollutant, AqiValue | null>> = {};
  let best: { pollutant: Pollutant; s: Scored } | null = null;
  for (const p of POLLUTANTS) {
    if (!(p in scores)) continue;
    const s = scores[p] ?? null;
    byPollutant[p] = s === null ? null : s.value;
    if (s !== null && (best === null || s.raw > best.s.raw)) best = { pollutant: p, s };
  }
  const hasPm = (byPollutant.pm25 ?? null) !== null || (byPollutant.pm10 ?? null) !== null;
  if (!hasPm || best === null) return { overall: null, byPollutant };
  const { aqi, category, beyondScale } = best.s.value;
  const overall: AqiValue = beyondScale
    ? { aqi, category, dominant: best.pollutant, beyondScale }
    : { aqi, category, dominant: best.pollutant };
  return { overall, byPollutant };
}

/**
 * Hourly VN_AQI (AQI^h, §2.2.1) from concentrations in µg/m³: PM2.5/PM10 as NowCast values, the gases as
 * 1-hour means (O3 against the O3 (1h) breakpoints). Any subset; a key that is absent is left out of
 * `byPollutant`, a null/negative/NaN value gives `byPollutant[key] = null`. AQIx are rounded half up;
 * overall = max AQIx, null unless PM2.5 or PM10 has an AQIx.
 * @throws TypeError for a non-object, an unknown key or a non-number value.
 */
export function aqiHourly(input: HourlyInput): AqiResult {
  const values = checkKeys(input, HOURLY_KEYS, 'aqiHourly');
  const scores: Partial<Record<Pollutant, Scored | null>> = {};
  const metricOf: Record<keyof HourlyInput, BreakpointColumn> = {
    pm25: 'pm25', pm10: 'pm10', no2: 'no2', o3: 'o3_1h', co: 'co', so2: 'so2',
  };
  for (const key of HOURLY_KEYS) {
    if (values[key] === undefined) continue;
    scores[key] = score(values[key], key, metricOf[key]);
  }
  return combine(scores);
}

/**
 * Daily VN_AQI (AQI^d, §2.2.2) from µg/m³: PM2.5/PM10 24-hour means; SO2, NO2, CO highest 1-hour means;
 * O3 from the highest 1-hour mean (O3 (1h) breakpoints) and the highest 8-hour mean (O3 (8h) breakpoints),
 * `byPollutant.o3` being the larger of the two AQIx (`metric` tells which). The 8-hour O3 index is not
 * computed above 400 µg/m³ (only the 1-hour one counts then). Any subset; rounding and the PM rule as in
 * `aqiHourly`.
 * @throws TypeError for a non-object, an unknown key or a non-number value.
 */
export function aqiDaily(input: DailyInput): AqiResult {
  const values = checkKeys(input, DAILY_KEYS, 'aqiDaily');
  const scores: Partial<Record<Pollutant, Scored | null>> = {};
  for (const key of ['pm25', 'pm10', 'no2', 'so2', 'co'] as const) {
    if (values[key] === undefined) continue;
    scores[key] = score(values[key], key, key);
  }
  if (values.o3_1h !== undefined || values.o3_8h !== undefined) {
    const oneHour = score(values.o3_1h, 'o3_1h', 'o3_1h');
    const eightHour = score(values.o3_8h, 'o3_8h', 'o3_8h');
    let o3: Scored | null = oneHour;
    if (eightHour !== null && (o3 === null || eightHour.raw > o3.raw)) o3 = eightHour;
    scores.o3 = o3;
  }
  return combine(scores);
}
