/**
 * Linear interpolation of QĐ 1459/QĐ-TCMT (2019) §2.2.1b, Công thức 1 (and Công thức 2 with the NowCast
 * value for PM): AQIx = (Ii+1 − Ii) / (BPi+1 − BPi) × (Cx − BPi) + Ii, with BPi ≤ Cx ≤ BPi+1 in Bảng 2.
 * The table is continuous (the upper breakpoint of a segment is the lower one of the next), so a value
 * exactly at a breakpoint gives the same AQI from either segment.
 */
import { segmentsOf, type BreakpointColumn } from './breakpoints.ts';

/** An unrounded AQI sub-index and whether the concentration was above the top breakpoint. */
export interface SubIndex {
  /** AQIx, unitless, not rounded; 500 at most. */
  readonly aqi: number;
  /** True when Cx was above the top breakpoint (row 8, "≥") and the AQI was held at 500. */
  readonly beyondScale: boolean;
}

/**
 * AQIx of a concentration `concentrationUgM3` (µg/m³, ≥ 0, finite) for one column of Bảng 2, not rounded.
 * At or above the top breakpoint (row 8 is printed "≥BP8": the open-ended AQI-500 level, no BP9 to
 * interpolate to) the AQI is 500. For O3 8h above 400 µg/m³ the decision computes no 8-hour index (§2.2.2b):
 * returns null.
 * @throws RangeError for a negative, NaN or infinite concentration (callers filter data errors first).
 */
export function subIndex(column: BreakpointColumn, concentrationUgM3: number): SubIndex | null {
  const c = concentrationUgM3;
  if (!Number.isFinite(c) || c < 0) throw new RangeError(`subIndex: concentration must be finite and ≥ 0, got ${c}`);
  const segments = segmentsOf(column);
  for (const s of segments) {
    if (c <= s.bpHigh) {
      return { aqi: ((s.iHigh - s.iLow) / (s.bpHigh - s.bpLow)) * (c - s.bpLow) + s.iLow, beyondScale: false };
    }
  }
  const top = segments[segments.length - 1]!;
  if (top.iHigh < 500) return null; // O3 8h above 400 µg/m³: not computed (§2.2.2b).
  return { aqi: 500, beyondScale: true };
}
