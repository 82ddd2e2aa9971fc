/**
 * Pasquill–Gifford atmospheric stability class (A very unstable … F stable) from the 10-m wind
 * speed and the sun, after Turner's (1970) table as used by the US EPA. Daytime insolation comes
 * from the solar elevation (strong > 60°, moderate 35–60°, slight ≤ 35°); at night (sun below the
 * horizon) we have no cloud observations and assume a clear sky (≤ 3/8 cloud), the more stable and
 * so more conservative column for ground-level sources. Intermediate classes of the table (A–B,
 * B–C, C–D) are taken as the more stable of the two (docs/environment-ui.md says why).
 */

/** Pasquill–Gifford stability class. */
export type StabilityClass = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Daytime insolation, or night. */
export type Insolation = 'strong' | 'moderate' | 'slight' | 'night';

/** Every class, most unstable first. */
export const STABILITY_CLASSES: readonly StabilityClass[] = ['A', 'B', 'C', 'D', 'E', 'F'];

// Rows: wind speed < 2, 2–3, 3–5, 5–6, ≥ 6 m/s. Columns: strong, moderate, slight, night (≤ 3/8 cloud).
const TABLE: readonly (readonly StabilityClass[])[] = [
  ['A', 'B', 'B', 'F'],
  ['B', 'B', 'C', 'F'],
  ['B', 'C', 'C', 'E'],
  ['C', 'D', 'D', 'D'],
  ['C', 'D', 'D', 'D'],
];
const COLUMN: Record<Insolation, number> = { strong: 0, moderate: 1, slight: 2, night: 3 };

/** Stability class from the 10-m wind speed (m/s, clamped at 0) and the insolation. */
export function stabilityClass(windSpeedMs: number, insolation: Insolation): StabilityClass {
  const u = Number.isFinite(windSpeedMs) ? Math.max(0, windSpeedMs) : 0;
  const row = u < 2 ? 0 : u < 3 ? 1 : u < 5 ? 2 : u < 6 ? 3 : 4;
  return TABLE[row]![COLUMN[insolation]]!;
}

/** Insolation class from the solar elevation in degrees (below 0 = night). */
export function insolationOf(solarElevationDeg: number): Insolation {
  if (solarElevationDeg <= 0) return 'night';
  if (solarElevationDeg > 60) return 'strong';
  if (solarElevationDeg > 35) return 'moderate';
  return 'slight';
}

/**
 * Solar elevation in degrees at `time` and a place (degrees), from the solar declination
 * (Cooper's formula) and the hour angle of local mean solar time; accurate to ~1–2°, enough for
 * insolation classes.
 */
export function solarElevationDeg(time: Date, lonDeg: number, latDeg: number): number {
  const start = Date.UTC(time.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((time.getTime() - start) / 86_400_000) + 1;
  const declination = ((23.44 * Math.PI) / 180) * Math.sin((2 * Math.PI * (284 + dayOfYear)) / 365);
  const utcHours = time.getUTCHours() + time.getUTCMinutes() / 60 + time.getUTCSeconds() / 3600;
  const solarHours = utcHours + lonDeg / 15;
  const hourAngle = ((solarHours - 12) * 15 * Math.PI) / 180;
  const lat = (latDeg * Math.PI) / 180;
  const sinEl = Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.cos(hourAngle);
  return (Math.asin(Math.max(-1, Math.min(1, sinEl))) * 180) / Math.PI;
}

/** Stability class at a place and time for a 10-m wind speed (m/s). */
export function stabilityAt(time: Date, lonDeg: number, latDeg: number, windSpeedMs: number): StabilityClass {
  return stabilityClass(windSpeedMs, insolationOf(solarElevationDeg(time, lonDeg, latDeg)));
}
