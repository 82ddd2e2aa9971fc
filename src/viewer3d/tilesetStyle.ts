/**
 * The Cesium3DTileStyle of a `3dtiles` layer: colour by `style.colorProperty` (default `use`) from
 * `style.colors`, else `fillColor`, with the layer opacity multiplied into each colour's alpha.
 */
import { Cesium3DTileStyle } from 'cesium';
import type { LayerStyle } from '../catalog/LayerDefinition.ts';
import { parseHexColor, withOpacity, type Rgba } from '../geo/hexColor.ts';

/** Fallback building colour when the layer gives none: light stone. */
const DEFAULT_BUILDING: Rgba = [214, 206, 194, 255];

const cssColor = (c: Rgba) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${(c[3] / 255).toFixed(3)})`;
const literal = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const identifier = (s: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? s : 'use');

/** Builds the style JSON (conditions on the colour property), exported for tests. */
export function tilesetStyleJson(style: LayerStyle, opacity: number): { color: { conditions: [string, string][] } } {
  const property = identifier(style.colorProperty ?? 'use');
  const fallback = withOpacity(parseHexColor(style.fillColor, DEFAULT_BUILDING), opacity);
  const conditions: [string, string][] = Object.entries(style.colors ?? {}).map(([value, hex]) => [
    `\${${property}} === ${literal(value)}`,
    `color(${literal(cssColor(withOpacity(parseHexColor(hex, DEFAULT_BUILDING), opacity)))})`,
  ]);
  conditions.push(['true', `color(${literal(cssColor(fallback))})`]);
  return { color: { conditions } };
}

/** The Cesium style for a layer at an opacity 0–1. */
export function tilesetStyle(style: LayerStyle, opacity: number): Cesium3DTileStyle {
  return new Cesium3DTileStyle(tilesetStyleJson(style, opacity));
}
