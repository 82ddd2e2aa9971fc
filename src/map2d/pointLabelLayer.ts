import { TextLayer } from '@deck.gl/layers';
import type { RenderLayer } from '../app/RenderLayer.ts';
import { pointRadiusPx } from '../geo/featureStyle.ts';
import type { LabelPoint } from './labelPoints.ts';

/** Id of the deck.gl label layer of a catalog layer. */
export function labelLayerIdOf(layerId: string): string {
  return `${layerId}:labels`;
}

/**
 * Point labels as a deck.gl TextLayer, drawn from a font atlas deck.gl renders with the system font
 * (MapLibre symbol layers would need a glyph server; we serve none). Not pickable: clicks go to the
 * MapLibre circle underneath.
 */
export function pointLabelLayer({ layer, visible, opacity }: RenderLayer, points: LabelPoint[]): TextLayer<LabelPoint> {
  return new TextLayer<LabelPoint>({
    id: labelLayerIdOf(layer.id),
    data: points,
    visible,
    opacity,
    pickable: false,
    getPosition: (p) => p.position,
    getText: (p) => p.text,
    getSize: 12,
    getColor: [241, 245, 249, 255],
    getPixelOffset: [0, -(pointRadiusPx(layer.style ?? {}) + 9)],
    fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: [15, 23, 42, 255],
    fontSettings: { sdf: true },
  });
}
