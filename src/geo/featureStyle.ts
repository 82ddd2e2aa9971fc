/**
 * Engine-neutral style resolution for one feature: the 2D and 3D renderers both ask here which
 * colour, width, radius and height a feature gets, so they draw the same thing.
 */
import type { LayerStyle } from '../catalog/LayerDefinition.ts';
import { parseHexColor, type Rgba } from './hexColor.ts';

/** Default fill when a layer gives none: translucent blue. */
export const DEFAULT_FILL: Rgba = [59, 130, 246, 140];
/** Default line/outline colour when a layer gives none. */
export const DEFAULT_LINE: Rgba = [30, 64, 175, 255];
/** Default line width in pixels. */
export const DEFAULT_LINE_WIDTH_PX = 2;
/** Default point radius in pixels. */
export const DEFAULT_POINT_RADIUS_PX = 6;

type Props = Record<string, unknown> | null | undefined;

function categoryColor(style: LayerStyle, properties: Props): string | undefined {
  if (!style.colorProperty || !style.colors || !properties) return undefined;
  const value = properties[style.colorProperty];
  return value === undefined || value === null ? undefined : style.colors[String(value)];
}

/** Fill colour of a feature: `colors[properties[colorProperty]]`, else `fillColor`, else the default. */
export function featureFillColor(style: LayerStyle, properties: Props): Rgba {
  return parseHexColor(categoryColor(style, properties) ?? style.fillColor, DEFAULT_FILL);
}

/**
 * Line colour of a feature. Lines (no fill) take the category colour like fills do; outlines of
 * filled shapes keep `lineColor`.
 */
export function featureLineColor(style: LayerStyle, properties: Props, isOutline: boolean): Rgba {
  const category = isOutline ? undefined : categoryColor(style, properties);
  return parseHexColor(category ?? style.lineColor ?? (isOutline ? undefined : style.fillColor), DEFAULT_LINE);
}

/** Extrusion height in metres from `heightProperty`, or undefined when not set / not a positive number. */
export function featureHeightM(style: LayerStyle, properties: Props): number | undefined {
  if (!style.heightProperty || !properties) return undefined;
  const h = Number(properties[style.heightProperty]);
  return Number.isFinite(h) && h > 0 ? h : undefined;
}

/** Line width in pixels (default 2). */
export function lineWidthPx(style: LayerStyle): number {
  return style.lineWidth ?? DEFAULT_LINE_WIDTH_PX;
}

/** Point radius in pixels (default 6). */
export function pointRadiusPx(style: LayerStyle): number {
  return style.pointRadius ?? DEFAULT_POINT_RADIUS_PX;
}
