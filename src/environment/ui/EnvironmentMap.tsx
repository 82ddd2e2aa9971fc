/**
 * The environment workspace on the 2D map (deck.gl over MapLibre): the interpolated surface and
 * the plumes on the ground under the roads and labels, the stations with their AQI on top, and a
 * legend — the same data, worker, model, colours and URL parameters as the 3D scene, so the panel
 * (replay, station card, alerts) works unchanged. Holds `data-ready` until the stations and the
 * first surface are on the map.
 */
import { useCallback, useState } from 'react';
import type { Map2DToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { SurfaceInfo } from './data/EnvironmentStore.ts';
import { useEnvironment } from './data/useEnvironment.ts';
import { environmentParams, plumePollutant } from './environmentParams.ts';
import { EnvironmentMapLegend } from './map2d/EnvironmentMapLegend.tsx';
import { Plume2D } from './map2d/Plume2D.tsx';
import { Stations2D } from './map2d/Stations2D.tsx';
import { Surface2D } from './map2d/Surface2D.tsx';
import { useDeckSlots } from './map2d/useDeckSlots.ts';
import { useFirstPictureHold } from './scene/useFirstPictureHold.ts';
import { usePlumeState } from './scene/usePlumeState.ts';
import { useEnvironmentText } from './useEnvironmentText.ts';
import './environment.css';

/** The base-map layer the ground overlays go under: the roads (and so everything above them, labels included). */
export const GROUND_BEFORE_LAYER = 'base-roads';

/** Map2D of the environment tools. */
export function EnvironmentMap(ctx: Map2DToolContext) {
  const t = useEnvironmentText(ctx.lang);
  const { map, setDeckLayers } = ctx;
  const { store, snapshot, readings, time } = useEnvironment(ctx.params);
  const params = environmentParams(ctx.params);
  const setSlot = useDeckSlots(setDeckLayers);
  const [stationsDrawn, setStationsDrawn] = useState(false);
  const [surfaceDrawn, setSurfaceDrawn] = useState(false);

  const nothingToDraw = snapshot.status === 'error' || (snapshot.status === 'ready' && snapshot.stations.length === 0);
  const firstPictureDone = snapshot.status === 'ready' && stationsDrawn && (surfaceDrawn || !params.surface);
  useFirstPictureHold(ctx.holdReady, 'environment 2D: stations and surface', firstPictureDone, nothingToDraw);

  const { setParams } = ctx;
  const onSelect = useCallback((id: number) => setParams({ station: String(id) }), [setParams]);
  const onStationsDrawn = useCallback(() => setStationsDrawn(true), []);
  const onSurfaceDrawn = useCallback((info: SurfaceInfo) => {
    store.surfaceDrawn(info);
    setSurfaceDrawn(true);
  }, [store]);

  const shownReadings = snapshot.status === 'ready' ? readings : [];
  const plume = usePlumeState(shownReadings, snapshot.sources, plumePollutant(params), time, ctx.lang);
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
