/**
 * The environment workspace in 3D: station markers with their AQI, the interpolated surface and
 * the plumes, at the time the URL asks for (live when none). Holds `data-ready` until the stations
 * and the first surface are drawn.
 */
import { useCallback, useState } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { SurfaceInfo } from './data/EnvironmentStore.ts';
import { useEnvironment } from './data/useEnvironment.ts';
import { environmentParams, plumePollutant } from './environmentParams.ts';
import { PlumeOverlay } from './scene/PlumeOverlay.tsx';
import { StationMarkers } from './scene/StationMarkers.tsx';
import { SurfaceOverlay } from './scene/SurfaceOverlay.tsx';
import { useFirstPictureHold } from './scene/useFirstPictureHold.ts';
import { usePlumeState } from './scene/usePlumeState.ts';
import { useEnvironmentText } from './useEnvironmentText.ts';

/** Scene3D of the environment tools. */
export function EnvironmentScene(ctx: ToolContext) {
  const t = useEnvironmentText(ctx.lang);
  const { store, snapshot, readings, time } = useEnvironment(ctx.params);
  const params = environmentParams(ctx.params);
  const [stationsDrawn, setStationsDrawn] = useState(false);
  const [surfaceDrawn, setSurfaceDrawn] = useState(false);

  // data-ready waits for the stations and the first surface (or for a load failure / no stations).
  const nothingToDraw = snapshot.status === 'error' || (snapshot.status === 'ready' && snapshot.stations.length === 0);
  const firstPictureDone = snapshot.status === 'ready' && stationsDrawn && (surfaceDrawn || !params.surface);
  useFirstPictureHold(ctx.holdReady, 'environment: stations and surface', firstPictureDone, nothingToDraw);

  const { setParams } = ctx;
  const onSelect = useCallback((id: number) => setParams({ station: String(id) }), [setParams]);
  const onStationsDrawn = useCallback(() => setStationsDrawn(true), []);
  const onSurfaceDrawn = useCallback((info: SurfaceInfo) => {
    store.surfaceDrawn(info);
    setSurfaceDrawn(true);
  }, [store]);

  const shownReadings = snapshot.status === 'ready' ? readings : [];
  const plume = usePlumeState(shownReadings, snapshot.sources, plumePollutant(params), time, ctx.lang);

  return (
    <>
      <StationMarkers readings={shownReadings} lang={ctx.lang} noDataText={t('stations.noData')} selected={params.station} onSelect={onSelect} onDrawn={onStationsDrawn} />
      {params.surface && snapshot.status === 'ready' && (
        <SurfaceOverlay stations={snapshot.stations} readings={shownReadings} quantity={params.surface} method={params.method} opacity={params.opacity} onDrawn={onSurfaceDrawn} />
      )}
      {params.plume && <PlumeOverlay state={plume} />}
    </>
  );
}
