import { useEffect, useRef } from 'react';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { baseSourceIdOf } from '../../map2d/baseStyle.ts';
import { FACILITY_LAYER_IDS, FACILITY_SOURCE_ID } from './facilityStyle.ts';
import { placeOf, type LogisticsView } from './logisticsParams.ts';

const TOLERANCE_PX = 5;

/**
 * Clicks on the logistics map: with `pick=from|to` the click sets that route end; with
 * `pick=close` it closes the network segment under the pointer (adds it to `closed=`); otherwise a
 * cluster zooms in and a facility opens its details (`facility=`).
 */
export function useMapClicks(map: MapLibreMap, ctx: ToolContext, view: LogisticsView): void {
  const input = useRef({ ctx, view });
  input.current = { ctx, view };
  useEffect(() => {
    const box = (e: MapMouseEvent): [PointLike, PointLike] => [[e.point.x - TOLERANCE_PX, e.point.y - TOLERANCE_PX], [e.point.x + TOLERANCE_PX, e.point.y + TOLERANCE_PX]];
    const onClick = (e: MapMouseEvent) => {
      const { ctx: c, view: v } = input.current;
      if (v.pick === 'from' || v.pick === 'to') {
        c.setParams({ [v.pick]: placeOf(e.lngLat.lng, e.lngLat.lat), pick: undefined });
        return;
      }
      if (v.pick === 'close') {
        const layers = ['base-network', 'base-rail'].filter((id) => map.getLayer(id));
        const hit = map.queryRenderedFeatures(box(e), { layers }).find((f) => f.source === baseSourceIdOf('logistics-network'));
        const id = hit && String(hit.id ?? hit.properties?.id ?? '');
        if (id && !v.closed.includes(id)) c.setParams({ closed: [...v.closed, id].join(',') });
        return;
      }
      const layers = [FACILITY_LAYER_IDS.clusters, FACILITY_LAYER_IDS.points].filter((id) => map.getLayer(id));
      const hit = map.queryRenderedFeatures(box(e), { layers })[0];
      if (!hit) return;
      if (hit.properties?.cluster_id !== undefined) {
        const source = map.getSource(FACILITY_SOURCE_ID) as GeoJSONSource | undefined;
        const center = (hit.geometry as unknown as { coordinates: [number, number] }).coordinates;
        void source?.getClusterExpansionZoom(Number(hit.properties.cluster_id)).then((zoom) => map.easeTo({ center, zoom }));
        return;
      }
      c.setParams({ facility: String(hit.properties?.id ?? '') || undefined });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);

  useEffect(() => {
    map.getCanvas().style.cursor = view.pick ? 'crosshair' : '';
  }, [map, view.pick]);
}
