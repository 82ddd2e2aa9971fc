/** An RGBA colour with 0–255 channels. */
export type Rgba = [number, number, number, number];

/** Fallback colour when a style colour is missing or malformed: calm blue, opaque. */
export const FALLBACK_COLOR: Rgba = [59, 130, 246, 255];

/** Parses `#rgb`, `#rrggbb` or `#rrggbbaa` into 0–255 channels; `fallback` when malformed. */
export function parseHexColor(hex: string | undefined, fallback: Rgba = FALLBACK_COLOR): Rgba {
  if (!hex) return fallback;
  let h = hex.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(h)) h = h.split('').map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(h)) return fallback;
  const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), h.length === 8 ? n(6) : 255];
}

/** Multiplies the alpha channel by `opacity` (0–1, clamped). */
export function withOpacity(color: Rgba, opacity: number): Rgba {
  const o = Math.min(1, Math.max(0, opacity));
  return [color[0], color[1], color[2], Math.round(color[3] * o)];
}
