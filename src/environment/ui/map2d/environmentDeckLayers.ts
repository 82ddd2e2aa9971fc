/**
 * deck.gl layers of the environment 2D map (renderers only): the surface and the plume field as
 * bitmaps on the ground (under the base map's roads and labels via `beforeId`), the plume
 * particles, and the stations as circles in their VN_AQI category colour with the AQI inside and
 * the code below.
 */
import { COORDINATE_SYSTEM, type Layer } from '@deck.gl/core';
import { BitmapLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PlumeParticle } from '../scene/plumeParticles.ts';
import { particleColour } from '../scene/plumeParticles.ts';
import type { StationPoint } from './stationPoints.ts';

/** Radius of a station circle, CSS pixels (the selected one is 25 % larger, like the 3D badge). */
export const STATION_RADIUS_PX = 14;

/**
 * The deck.gl `opacity` that blends like an alpha of `alpha` (0–1) elsewhere (Cesium's imagery
 * alpha, CSS): deck.gl raises a layer's opacity to the power 1/2.2 before blending, so the same
 * slider value would look denser on the 2D map than on the globe.
 */
export function deckOpacityFor(alpha: number): number {
  return Math.min(1, Math.max(0, alpha)) ** 2.2;
}

/** A ground bitmap over `bounds` (degrees) blended with `alpha` (0–1), drawn before the base layer `beforeId` when given. */
export function groundBitmapLayer(id: string, image: HTMLCanvasElement, bounds: [number, number, number, number], alpha: number, beforeId: string | undefined): Layer {
  return new BitmapLayer({
    id, image, bounds, opacity: deckOpacityFor(alpha), beforeId,
    // Grid rows are even steps of latitude, not of web-mercator y.
    _imageCoordinateSystem: COORDINATE_SYSTEM.LNGLAT,
  } as ConstructorParameters<typeof BitmapLayer>[0]);
}

/** The plume particles, fading along their trip (above the roads, under the stations). */
export function particleLayer(particles: readonly PlumeParticle[]): Layer {
  return new ScatterplotLayer<PlumeParticle>({
    id: 'env-plume-particles', data: particles,
    getPosition: (p) => [p.lon, p.lat], getRadius: 2.5, radiusUnits: 'pixels',
    getFillColor: (p) => particleColour(p.phase),
  });
}

/** Station circles, AQI numbers and codes (drawn on top of everything). */
export function stationLayers(points: readonly StationPoint[]): Layer[] {
  const radius = (p: StationPoint) => (p.selected ? STATION_RADIUS_PX * 1.25 : STATION_RADIUS_PX);
  return [
    new ScatterplotLayer<StationPoint>({
      id: 'env-stations', data: points,
      getPosition: (p) => p.position, getRadius: radius, radiusUnits: 'pixels',
      getFillColor: (p) => [...p.fill, 255], stroked: true,
      getLineColor: (p) => (p.selected ? [0, 229, 255, 255] : [20, 24, 30, 230]), getLineWidth: (p) => (p.selected ? 3 : 1.5), lineWidthUnits: 'pixels',
    }),
    new TextLayer<StationPoint>({
      id: 'env-station-aqi', data: points, characterSet: 'auto',
      getPosition: (p) => p.position, getText: (p) => p.text, getColor: (p) => [...p.ink, 255],
      getSize: 12, sizeUnits: 'pixels', fontWeight: 700, fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
      getTextAnchor: 'middle', getAlignmentBaseline: 'center',
    }),
    new TextLayer<StationPoint>({
      id: 'env-station-code', data: points, characterSet: 'auto',
      getPosition: (p) => p.position, getText: (p) => p.label, getColor: [255, 255, 255, 255],
      getSize: 11, sizeUnits: 'pixels', fontWeight: 600, fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
      getTextAnchor: 'middle', getAlignmentBaseline: 'top', getPixelOffset: (p) => [0, radius(p) + 3],
      fontSettings: { sdf: true }, outlineWidth: 3, outlineColor: [0, 0, 0, 255],
    }),
  ];
}
