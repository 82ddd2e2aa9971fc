/**
 * MapLibre source and style layers of the facilities: a clustered GeoJSON source (MapLibre's
 * built-in supercluster), cluster circles with counts, facility circles coloured by kind and
 * Vietnamese names (glyphs from our font server). Pure: specs only.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { MAP_BACKGROUND } from '../../map2d/baseStyle.ts';
import { BASE_FONTS, labelTextField } from '../../map2d/mapLabels.ts';

/** Source id of the facilities. */
export const FACILITY_SOURCE_ID = 'logistics:facilities';
/** Highest zoom at which facilities are still clustered. Default 11. */
export const FACILITY_CLUSTER_MAX_ZOOM = 11;
/** Cluster radius in pixels. Default 40. */
export const FACILITY_CLUSTER_RADIUS_PX = 40;

/** Colour of each facility kind (legend and map). */
export const FACILITY_KIND_COLOURS: Readonly<Record<string, string>> = {
  seaport: '#00acc1',
  airport: '#1e88e5',
  rail_station: '#8e24aa',
  freight_yard: '#ab47bc',
  industrial_zone: '#78909c',
  warehouse: '#fb8c00',
  icd: '#f4511e',
  customs: '#43a047',
  inspection: '#c0ca33',
};
const OTHER_KIND = '#bdbdbd';

/** Style layer ids, bottom first. */
export const FACILITY_LAYER_IDS = {
  clusters: 'logistics:facility-clusters',
  clusterCount: 'logistics:facility-cluster-count',
  points: 'logistics:facility-points',
  labels: 'logistics:facility-labels',
} as const;

/** The clustered GeoJSON source for `data`. */
export function facilitySource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterMaxZoom: FACILITY_CLUSTER_MAX_ZOOM, clusterRadius: FACILITY_CLUSTER_RADIUS_PX, promoteId: 'id' };
}

/** The facility style layers (`lang` picks the label field). */
export function facilityLayers(lang: string, visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const clustered: ExpressionSpecification = ['has', 'point_count'];
  const single: ExpressionSpecification = ['!', ['has', 'point_count']];
  const kindColour = ['match', ['get', 'kind'], ...Object.entries(FACILITY_KIND_COLOURS).flat(), OTHER_KIND] as unknown as ExpressionSpecification;
  return [
    {
      id: FACILITY_LAYER_IDS.clusters, type: 'circle', source: FACILITY_SOURCE_ID, filter: clustered, layout: { visibility },
      paint: {
        'circle-color': '#26a69a',
        'circle-opacity': 0.85,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 13, 20, 22],
        'circle-stroke-color': '#e0f2f1',
        'circle-stroke-width': 2,
      },
    },
    {
      id: FACILITY_LAYER_IDS.clusterCount, type: 'symbol', source: FACILITY_SOURCE_ID, filter: clustered,
      layout: { visibility, 'text-field': ['to-string', ['get', 'point_count']], 'text-font': [BASE_FONTS.medium], 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: FACILITY_LAYER_IDS.points, type: 'circle', source: FACILITY_SOURCE_ID, filter: single, layout: { visibility },
      paint: { 'circle-color': kindColour, 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    },
    {
      id: FACILITY_LAYER_IDS.labels, type: 'symbol', source: FACILITY_SOURCE_ID, filter: single, minzoom: 10,
      layout: {
        visibility,
        'text-field': labelTextField(lang),
        'text-font': [BASE_FONTS.medium],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': '#f1f5f9', 'text-halo-color': MAP_BACKGROUND, 'text-halo-width': 1.5 },
    },
  ];
}
