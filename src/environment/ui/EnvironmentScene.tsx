/**
 * The environment workspace in 3D: station markers with their AQI, the interpolated surface and
 * the plumes, at the time the URL asks for (live when none). Holds `data-ready` until the stations
 * and the first surface are drawn.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { SurfaceInfo } from './data/EnvironmentStore.ts';
import { useEnvironment } from './data/useEnvironment.ts';
import { environmentParams } from './environmentParams.ts';
import { PlumeOverlay } from './scene/PlumeOverlay.tsx';
import { plumeField, plumeKey, plumeRunsAt } from './scene/plumeRuns.ts';
import { StationMarkers } from './scene/StationMarkers.tsx';
import { SurfaceOverlay } from './scene/SurfaceOverlay.tsx';
import { useEnvironmentText } from './useEnvironmentText.ts';
import { useThrottled } from './useThrottled.ts';

/** Scene3D of the environment tools. */
export function EnvironmentScene(ctx: ToolContext) {
  const t = useEnvironmentText(ctx.lang);
  const { store, snapshot, readings, time } = useEnvironment(ctx.params);
  const params = environmentParams(ctx.params);
  const [stationsDrawn, setStationsDrawn] = useState(false);
  const [surfaceDrawn, setSurfaceDrawn] = useState(false);

  // data-ready waits for the stations and the first surface (or for a load failure / no stations).
  const release = useRef<() => void>(undefined);
  const { holdReady } = ctx;
  useEffect(() => {
    const done = holdReady('environment: stations and surface');
    release.current = done;
    return () => {
      done();
      release.current = undefined;
    };
  }, [holdReady]);
  const nothingToDraw = snapshot.status === 'error' || (snapshot.status === 'ready' && snapshot.stations.length === 0);
  const firstPictureDone = snapshot.status === 'ready' && stationsDrawn && (surfaceDrawn || !params.surface);
  useEffect(() => {
    if (nothingToDraw || firstPictureDone) release.current?.();
  }, [nothingToDraw, firstPictureDone]);

  const { setParams } = ctx;
  const onSelect = useCallback((id: number) => setParams({ station: String(id) }), [setParams]);
  const onStationsDrawn = useCallback(() => setStationsDrawn(true), []);
  const onSurfaceDrawn = useCallback((info: SurfaceInfo) => {
    store.surfaceDrawn(info);
    setSurfaceDrawn(true);
  }, [store]);

  const shownReadings = snapshot.status === 'ready' ? readings : [];
  // Plumes follow the wind observations; recomputed (and redrawn) only when a run changes.
  const throttled = useThrottled(shownReadings, 3000);
  const pollutant = params.surface && params.surface !== 'aqi' ? params.surface : 'pm25';
  const runs = useMemo(
    () => plumeRunsAt(throttled, snapshot.sources, pollutant, time, ctx.lang),
    // The shown time moves with the readings; a clock tick alone changes no wind.
    [throttled, snapshot.sources, pollutant, ctx.lang],
  );
  const key = plumeKey(runs.runs, throttled.length);
  const plumeInputs = useRef({ runs, throttled });
  plumeInputs.current = { runs, throttled };
  const plume = useMemo(() => plumeField(plumeInputs.current.runs.runs, plumeInputs.current.runs.withoutWind, plumeInputs.current.throttled), [key]);

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
