import { useEffect, useMemo } from 'react';
import type { Map2DToolContext } from '../../app/tools/WorkspaceTools.ts';
import { flowArcLayer, isochroneLayer, routeLayers } from './logisticsDeckLayers.ts';
import { LOGISTICS_COLLECTIONS } from './logisticsApi.ts';
import { setMapStatus } from './mapStatusStore.ts';
import { useFacilities } from './useFacilities.ts';
import { useFacilityLayers } from './useFacilityLayers.ts';
import { useFleet } from './useFleet.ts';
import { useFlows } from './useFlows.ts';
import { useFrameRate } from './useFrameRate.ts';
import { useIsochrones } from './useIsochrones.ts';
import { useLogisticsView } from './useLogisticsView.ts';
import { useMapClicks } from './useMapClicks.ts';
import { useRoute } from './useRoute.ts';

/**
 * The logistics workspace's 2D part: clustered facilities (MapLibre), and as deck.gl layers the
 * freight-flow arcs, the isochrones, the route and the live fleet. Renders no DOM.
 */
export function LogisticsMap(ctx: Map2DToolContext) {
  const { map, setDeckLayers } = ctx;
  const { view } = useLogisticsView(ctx);
  const facilities = useFacilities(view.stages);
  const inCatalog = (id: string) => ctx.catalog?.some((l) => l.id === id) ?? false;
  const facilitiesVisible = !inCatalog(LOGISTICS_COLLECTIONS.facilities) || ctx.visibleLayerIds.has(LOGISTICS_COLLECTIONS.facilities);
  const flowsVisible = !inCatalog(LOGISTICS_COLLECTIONS.flows) || ctx.visibleLayerIds.has(LOGISTICS_COLLECTIONS.flows);
  useFacilityLayers(map, facilities, { lang: ctx.lang, visible: facilitiesVisible, holdReady: ctx.holdReady });
  useMapClicks(map, ctx, view);
  useFrameRate(map, view.fps);

  const flows = useFlows(view);
  const route = useRoute(view);
  const iso = useIsochrones(view);
  const fleet = useFleet(view, map);

  useEffect(() => setMapStatus({ syntheticVehicles: fleet.counts.synthetic, wasteTrucks: fleet.counts.waste }), [fleet.counts.synthetic, fleet.counts.waste]);

  const staticLayers = useMemo(() => [
    ...(iso?.ok ? [isochroneLayer(iso.value)] : []),
    ...(flowsVisible && flows.selected.length > 0 ? [flowArcLayer(flows.selected, flows.commodities)] : []),
    ...(route?.ok ? routeLayers(route.value) : []),
  ], [iso, flowsVisible, flows.selected, flows.commodities, route]);

  useEffect(() => setDeckLayers([...staticLayers, ...fleet.layers]), [setDeckLayers, staticLayers, fleet.layers]);
  useEffect(() => () => setDeckLayers([]), [setDeckLayers]);
  return null;
}
