/**
 * The environment workspace on the 2D map (deck.gl over MapLibre): the interpolated surface and
 * the plumes on the ground under the roads and labels, the stations with their AQI on top, and a
 * legend — the same data, worker, model, colours and URL parameters as the 3D scene, so the panel
 * (replay, station card, alerts) works unchanged. Holds `data-ready` until the stations and the
 * first surface are on the map.
 */
import type { Map2DToolContext } from '../../app/tools/WorkspaceTools.ts';
import { EnvironmentMapLegend } from './map2d/EnvironmentMapLegend.tsx';
import { Plume2D } from './map2d/Plume2D.tsx';
import { Stations2D } from './map2d/Stations2D.tsx';
import { Surface2D } from './map2d/Surface2D.tsx';
import { useDeckSlots } from './map2d/useDeckSlots.ts';
import { useEnvironmentPicture } from './scene/useEnvironmentPicture.ts';
import './environment.css';

/** The base-map layer the ground overlays go under: the roads (and so everything above them, labels included). */
export const GROUND_BEFORE_LAYER = 'base-roads';

/** Map2D of the environment tools. */
export function EnvironmentMap(ctx: Map2DToolContext) {
  const { map, setDeckLayers } = ctx;
  const { t, snapshot, params, shownReadings, plume, onSelect, onStationsDrawn, onSurfaceDrawn } = useEnvironmentPicture(ctx, 'environment 2D: stations and surface');
  const setSlot = useDeckSlots(setDeckLayers);
  const beforeId = map.getLayer(GROUND_BEFORE_LAYER) ? GROUND_BEFORE_LAYER : undefined;

  return (
    <>
      <Stations2D map={map} readings={shownReadings} lang={ctx.lang} noDataText={t('stations.noData')} selected={params.station} onSelect={onSelect} setSlot={setSlot} onDrawn={onStationsDrawn} />
      {params.surface && snapshot.status === 'ready' && (
        <Surface2D
          map={map} stations={snapshot.stations} readings={shownReadings} quantity={params.surface} method={params.method}
          opacity={params.opacity} beforeId={beforeId} setSlot={setSlot} onDrawn={onSurfaceDrawn}
        />
      )}
      {params.plume && <Plume2D state={plume} beforeId={beforeId} setSlot={setSlot} />}
      {snapshot.status === 'ready' && <EnvironmentMapLegend ctx={ctx} stations={snapshot.stations} />}
    </>
  );
}
