/**
 * What a surface can show: the overall VN_AQI or one pollutant's concentration. Concentrations are
 * coloured by the VN_AQI category their sub-index falls in (Bảng 2 breakpoints), so every surface
 * uses the six official category colours and one legend reads the same for all of them.
 */
import { aqiCategory, subIndex, VN_AQI_BREAKPOINTS, VN_AQI_CATEGORIES, type AqiCategory, type BreakpointColumn, type Pollutant } from '../aqi.ts';

/** `aqi` (unitless) or a pollutant (µg/m³). */
export type SurfaceQuantity = 'aqi' | Pollutant;

/** Every quantity a surface can show, in menu order. */
export const SURFACE_QUANTITIES: readonly SurfaceQuantity[] = ['aqi', 'pm25', 'pm10', 'no2', 'o3', 'co', 'so2'];

/** Whether `text` names a {@link SurfaceQuantity}. */
export function isSurfaceQuantity(text: string | undefined): text is SurfaceQuantity {
  return text !== undefined && (SURFACE_QUANTITIES as readonly string[]).includes(text);
}

/** Bảng 2 column used to colour a pollutant's hourly concentration. */
const COLUMN_OF: Record<Pollutant, BreakpointColumn> = { pm25: 'pm25', pm10: 'pm10', no2: 'no2', o3: 'o3_1h', co: 'co', so2: 'so2' };

/** The VN_AQI category of a surface value (AQI, or µg/m³ through the pollutant's sub-index); undefined for NaN/negative. */
export function categoryOfValue(quantity: SurfaceQuantity, value: number): AqiCategory | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (quantity === 'aqi') return aqiCategory(value);
  const sub = subIndex(COLUMN_OF[quantity], value);
  return sub ? aqiCategory(sub.aqi) : VN_AQI_CATEGORIES[VN_AQI_CATEGORIES.length - 1];
}

/** One legend row: a category and the value range (AQI or µg/m³) it covers. */
export interface LegendEntry {
  readonly category: AqiCategory;
  /** Lowest value of the range (AQI or µg/m³). */
  readonly from: number;
  /** Highest value; undefined for the open-ended top class. */
  readonly to?: number;
}

/** Legend of a quantity: the six categories with their AQI or concentration ranges. */
export function legendOf(quantity: SurfaceQuantity): LegendEntry[] {
  if (quantity === 'aqi') return VN_AQI_CATEGORIES.map((c) => ({ category: c, from: c.min, to: c.level === 6 ? undefined : c.max }));
  const column = COLUMN_OF[quantity];
  // Category k spans the breakpoints at AQI 50(k−1)…50k for k ≤ 4, then 200–300, 300–500.
  const bpAt = (aqi: number) => VN_AQI_BREAKPOINTS.find((r) => r.I === aqi)?.[column] ?? undefined;
  const edges = [0, 50, 100, 150, 200, 300];
  return VN_AQI_CATEGORIES.map((c, k) => {
    const from = bpAt(edges[k]!) ?? 0;
    const to = k + 1 < edges.length ? bpAt(edges[k + 1]!) : undefined;
    return { category: c, from, to: to ?? undefined };
  });
}
