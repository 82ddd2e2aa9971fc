/**
 * What the 3D scene and the 2D map of the environment workspace both draw, from the same state:
 * the data at the URL's time, the stations' readings, the plume, the station-select and
 * first-picture callbacks, and the `data-ready` hold until the stations and the first surface are
 * drawn (or the data failed / there are no stations). Each view only renders it its own way.
 */
import { useCallback, useState } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import type { SurfaceInfo } from '../data/EnvironmentStore.ts';
import { useEnvironment } from '../data/useEnvironment.ts';
import { environmentParams, plumePollutant } from '../environmentParams.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';
import { useFirstPictureHold } from './useFirstPictureHold.ts';
import { usePlumeState } from './usePlumeState.ts';

/** The shared picture; `holdReason` names the view's readiness hold. */
export function useEnvironmentPicture(ctx: ToolContext, holdReason: string) {
  const t = useEnvironmentText(ctx.lang);
  const { store, snapshot, readings, time } = useEnvironment(ctx.params);
  const params = environmentParams(ctx.params);
  const [stationsDrawn, setStationsDrawn] = useState(false);
  const [surfaceDrawn, setSurfaceDrawn] = useState(false);

  const nothingToDraw = snapshot.status === 'error' || (snapshot.status === 'ready' && snapshot.stations.length === 0);
  const firstPictureDone = snapshot.status === 'ready' && stationsDrawn && (surfaceDrawn || !params.surface);
  useFirstPictureHold(ctx.holdReady, holdReason, firstPictureDone, nothingToDraw);

  const { setParams } = ctx;
  const onSelect = useCallback((id: number) => setParams({ station: String(id) }), [setParams]);
  const onStationsDrawn = useCallback(() => setStationsDrawn(true), []);
  const onSurfaceDrawn = useCallback((info: SurfaceInfo) => {
    store.surfaceDrawn(info);
    setSurfaceDrawn(true);
  }, [store]);

  const shownReadings = snapshot.status === 'ready' ? readings : [];
  const plume = usePlumeState(shownReadings, snapshot.sources, plumePollutant(params), time, ctx.lang);
  return { t, snapshot, params, shownReadings, plume, onSelect, onStationsDrawn, onSurfaceDrawn };
}
