/**
 * deck.gl layers of the logistics map (renderers only): freight-flow arcs sized by volume, the
 * route line with its ends, and isochrone bands, all drawn under the facility symbols and the
 * labels (which useFacilityLayers keeps on top).
 */
import { ArcLayer, GeoJsonLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { deckBeforeId } from '../../map2d/deckBeforeId.ts';
import { FACILITY_LAYER_IDS } from './facilityStyle.ts';
import { arcWidthPx, type FreightFlow } from './freightFlows.ts';
import type { IsochroneCollection, RouteFeature } from './logisticsApi.ts';

const COMMODITY_COLOURS: [number, number, number][] = [
  [255, 167, 38], [102, 187, 106], [66, 165, 245], [236, 64, 122], [171, 71, 188], [38, 198, 218], [212, 225, 87], [255, 112, 67],
];

/** MapLibre layer the logistics deck.gl layers are drawn under (interleaved): the bottom of the facility/label stack. */
export const DECK_BEFORE_ID = FACILITY_LAYER_IDS.clusters;
const UNDER_LABELS = deckBeforeId(DECK_BEFORE_ID);

/** A stable colour per commodity (by its position in the sorted list). */
export function commodityColour(commodity: string, commodities: readonly string[]): [number, number, number] {
  const i = commodities.indexOf(commodity);
  return COMMODITY_COLOURS[(i < 0 ? 0 : i) % COMMODITY_COLOURS.length];
}

/**
 * Sideways tilt of every arc, degrees. Default 40: seen from straight above (pitch 0) an untilted
 * arc is a straight band over the road it shadows; tilted, each flow is a curve, and the two
 * directions between a pair of facilities bow to opposite sides instead of overlapping.
 */
export const ARC_TILT_DEG = 40;

/** Arcs of the selected flows: width ∝ √volume, colour by commodity, source end brighter. */
export function flowArcLayer(flows: readonly FreightFlow[], commodities: readonly string[]): ArcLayer<FreightFlow> {
  const max = flows.reduce((m, f) => Math.max(m, f.volumeT), 0);
  return new ArcLayer<FreightFlow>({
    id: 'logistics-flow-arcs',
    ...UNDER_LABELS,
    data: flows,
    pickable: true,
    getSourcePosition: (f) => f.source,
    getTargetPosition: (f) => f.target,
    getSourceColor: (f) => [...commodityColour(f.commodity, commodities), 230],
    getTargetColor: (f) => [...commodityColour(f.commodity, commodities), 110],
    getWidth: (f) => arcWidthPx(f.volumeT, max),
    widthUnits: 'pixels',
    getHeight: 0.6,
    getTilt: ARC_TILT_DEG,
    greatCircle: false,
  });
}

/** The route (a wide dark casing and a bright line) and its two snapped ends. */
export function routeLayers(route: RouteFeature): Layer[] {
  const path = route.geometry.coordinates as [number, number][];
  const ends = [route.properties.from.snapped, route.properties.to.snapped];
  return [
    new PathLayer<LineString>({ id: 'logistics-route-casing', ...UNDER_LABELS, data: [route.geometry], getPath: () => path, getColor: [10, 20, 30, 220], getWidth: 9, widthUnits: 'pixels', capRounded: true, jointRounded: true }),
    new PathLayer<LineString>({ id: 'logistics-route', ...UNDER_LABELS, data: [route.geometry], getPath: () => path, getColor: [0, 229, 255, 255], getWidth: 5, widthUnits: 'pixels', capRounded: true, jointRounded: true }),
    new ScatterplotLayer<[number, number]>({
      id: 'logistics-route-ends', ...UNDER_LABELS, data: ends, getPosition: (p) => p, getRadius: 7, radiusUnits: 'pixels',
      getFillColor: (_, { index }) => (index === 0 ? [0, 200, 83, 255] : [229, 57, 53, 255]), stroked: true, getLineColor: [255, 255, 255, 255], lineWidthMinPixels: 2,
    }),
  ];
}

/** Isochrone bands, largest first so the smaller ones draw on top. */
export function isochroneLayer(iso: IsochroneCollection): GeoJsonLayer {
  const bands = [...iso.features].sort((a, b) => b.properties.minutes - a.properties.minutes);
  const colourOf = (m: number): [number, number, number] => (m <= 15 ? [0, 230, 118] : m <= 30 ? [255, 234, 0] : [255, 109, 0]);
  const data: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: bands as Feature<Polygon>[] };
  return new GeoJsonLayer({
    id: 'logistics-isochrones',
    ...UNDER_LABELS,
    data,
    filled: true,
    stroked: true,
    getFillColor: (f) => [...colourOf(Number(f.properties?.minutes)), 50],
    getLineColor: (f) => [...colourOf(Number(f.properties?.minutes)), 220],
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}
