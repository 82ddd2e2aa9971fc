import { useEffect, useLayoutEffect, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASE_LABEL_LAYER_IDS } from '../../map2d/baseStyle.ts';
import { keepLayersOnTop } from '../../map2d/keepLayersOnTop.ts';
import { FACILITY_LAYER_IDS, FACILITY_SOURCE_ID, facilityLayers, facilitySource } from './facilityStyle.ts';
import { LOGISTICS_COLLECTIONS } from './logisticsApi.ts';
import type { FacilitiesState } from './useFacilities.ts';

/** Prefixes of the catalog's own style layers that this tool draws itself (clustered facilities, arcs). */
const REPLACED_CATALOG_LAYERS = [`${LOGISTICS_COLLECTIONS.facilities}:`, `${LOGISTICS_COLLECTIONS.flows}:`];

/**
 * Facilities on the map as clustered MapLibre layers, updated when the stage filter changes;
 * the catalog's plain drawing of the same collections is hidden (the catalog toggle shows or hides
 * ours). Holds `data-ready` until the facilities are drawn (or failed to load).
 */
export function useFacilityLayers(map: MapLibreMap, facilities: FacilitiesState, options: { lang: string; visible: boolean; holdReady: (reason: string) => () => void }): void {
  const { lang, visible, holdReady } = options;
  const release = useRef<(() => void) | undefined>(undefined);

  // A layout effect: registered before the shell releases its "tools loading" hold.
  useLayoutEffect(() => {
    release.current = holdReady('logistics facilities');
    return () => {
      release.current?.();
      release.current = undefined;
    };
  }, [holdReady]);

  useEffect(() => {
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    if (!map.getSource(FACILITY_SOURCE_ID)) map.addSource(FACILITY_SOURCE_ID, facilitySource(empty));
    for (const spec of facilityLayers(lang, visible)) {
      if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      map.addLayer(spec);
    }
    const onStyle = () => {
      for (const id of map.getLayersOrder()) {
        if (REPLACED_CATALOG_LAYERS.some((p) => id.startsWith(p)) && map.getLayoutProperty(id, 'visibility') !== 'none') map.setLayoutProperty(id, 'visibility', 'none');
      }
      keepLayersOnTop(map, [FACILITY_LAYER_IDS.clusters, FACILITY_LAYER_IDS.points, FACILITY_LAYER_IDS.clusterCount, FACILITY_LAYER_IDS.labels, ...BASE_LABEL_LAYER_IDS]);
    };
    onStyle();
    map.on('styledata', onStyle);
    return () => {
      map.off('styledata', onStyle);
    };
  }, [map, lang, visible]);

  useEffect(() => {
    return () => {
      for (const id of Object.values(FACILITY_LAYER_IDS)) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(FACILITY_SOURCE_ID)) map.removeSource(FACILITY_SOURCE_ID);
    };
  }, [map]);

  const { loaded, shown } = facilities;
  useEffect(() => {
    if (loaded === undefined) return;
    const source = map.getSource(FACILITY_SOURCE_ID) as GeoJSONSource | undefined;
    if (!source) return;
    void source.setData({ type: 'FeatureCollection', features: shown });
    if (!release.current) return;
    if (!loaded.ok) {
      release.current();
      release.current = undefined;
      return;
    }
    // Drawn once the source has processed the data and the map went idle with it.
    const onIdle = () => {
      if (!map.isSourceLoaded(FACILITY_SOURCE_ID)) return;
      map.off('idle', onIdle);
      release.current?.();
      release.current = undefined;
    };
    map.on('idle', onIdle);
    map.triggerRepaint();
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, loaded, shown]);
}
