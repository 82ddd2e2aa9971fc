/**
 * Colours of the analysis drawings (RGBA bytes) and the sun-hours ramp. Visible/hidden follow the
 * usual viewshed convention (green/red); sun hours run from dark blue (none) to yellow (all day),
 * a ramp that stays readable for red–green colour-blind users.
 */

/** Visible ground or building. */
export const VISIBLE_RGBA = [46, 204, 113, 140] as const;
/** Hidden ground or building. */
export const HIDDEN_RGBA = [192, 57, 43, 140] as const;
/** Sun-hours ramp stops from 0 to 1 (fraction of the day's possible hours). */
const RAMP = [
  [0, [37, 52, 148]],
  [0.25, [44, 127, 184]],
  [0.5, [65, 182, 196]],
  [0.75, [161, 218, 180]],
  [1, [255, 237, 100]],
] as const;
/** Opacity of the sun-hours grid, 0–255. */
export const SUN_HOURS_ALPHA = 190;

/** RGB of the sun-hours ramp at `t` (0–1, clamped). */
export function sunHoursRgb(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, t));
  for (let i = 1; i < RAMP.length; i++) {
    const [t1, c1] = RAMP[i]!;
    const [t0, c0] = RAMP[i - 1]!;
    if (x <= t1) {
      const f = (x - t0) / (t1 - t0);
      return [0, 1, 2].map((k) => Math.round(c0[k]! + (c1[k]! - c0[k]!) * f)) as [number, number, number];
    }
  }
  return [...RAMP[RAMP.length - 1]![1]] as [number, number, number];
}

/** CSS colour of an RGBA byte tuple. */
export function cssRgba(c: readonly number[]): string {
  return `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${((c[3] ?? 255) / 255).toFixed(2)})`;
}
