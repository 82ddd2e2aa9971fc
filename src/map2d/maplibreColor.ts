import { parseHexColor, type Rgba } from '../geo/hexColor.ts';

/**
 * A layer-style colour (`#rgb`, `#rrggbb`, `#rrggbbaa`) as a CSS `rgba()` string, which every
 * MapLibre version parses; `fallback` when the colour is missing or malformed.
 */
export function maplibreColor(hex: string | undefined, fallback: Rgba): string {
  const [r, g, b, a] = parseHexColor(hex, fallback);
  return `rgba(${r}, ${g}, ${b}, ${Number((a / 255).toFixed(3))})`;
}
