/**
 * The environment workspace in 3D: station markers with their AQI, the interpolated surface and
 * the plumes, at the time the URL asks for (live when none). Holds `data-ready` until the stations
 * and the first surface are drawn.
 */
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { PlumeOverlay } from './scene/PlumeOverlay.tsx';
import { StationMarkers } from './scene/StationMarkers.tsx';
import { SurfaceOverlay } from './scene/SurfaceOverlay.tsx';
import { useEnvironmentPicture } from './scene/useEnvironmentPicture.ts';

/** Scene3D of the environment tools. */
export function EnvironmentScene(ctx: ToolContext) {
  const { t, snapshot, params, shownReadings, plume, onSelect, onStationsDrawn, onSurfaceDrawn } = useEnvironmentPicture(ctx, 'environment: stations and surface');

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
