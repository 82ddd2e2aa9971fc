import type { StyleSpecification } from 'maplibre-gl';

/** Background colour of the 2D map (calm dark slate, close to the 3D globe at city scale). */
export const MAP_BACKGROUND = '#1d2733';

/**
 * The inline MapLibre style: a plain background, no remote sources, glyphs or sprites. Our layers
 * are drawn on top by deck.gl.
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'hue-twin-offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } }],
  };
}
