/** Huế local time (Indochina Time, UTC+7, no daylight saving) for diurnal cycles. */

/** Offset of Huế local time from UTC. Default: 7 hours, in milliseconds. */
export const HUE_UTC_OFFSET_MS = 7 * 3600 * 1000;

/** Local hour of day in Huế as a fraction, 0 ≤ h < 24, for a Unix time in milliseconds. */
export function hueHourOfDay(tMs: number): number {
  const ms = (((tMs + HUE_UTC_OFFSET_MS) % 86_400_000) + 86_400_000) % 86_400_000;
  return ms / 3_600_000;
}
