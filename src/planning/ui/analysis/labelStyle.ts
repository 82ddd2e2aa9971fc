/** The look of the analysis labels: readable over imagery and buildings, never hidden by them. */
import { Cartesian2, Color, HorizontalOrigin, LabelStyle, VerticalOrigin, type LabelGraphics } from 'cesium';

/** Label graphics options for `text`. */
export function labelStyle(text: string): LabelGraphics.ConstructorOptions {
  return {
    text,
    font: '600 14px sans-serif',
    fillColor: Color.WHITE,
    outlineColor: Color.fromBytes(20, 24, 30),
    outlineWidth: 3,
    style: LabelStyle.FILL_AND_OUTLINE,
    showBackground: true,
    backgroundColor: Color.fromBytes(20, 24, 30, 170),
    horizontalOrigin: HorizontalOrigin.CENTER,
    verticalOrigin: VerticalOrigin.BOTTOM,
    pixelOffset: new Cartesian2(0, -12),
    disableDepthTestDistance: Number.POSITIVE_INFINITY,
  };
}
