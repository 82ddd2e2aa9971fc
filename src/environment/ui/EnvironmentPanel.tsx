/** The environment workspace's panel: time slider, surface, plumes, alerts, the open station and the station list. */
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { useEnvironment } from './data/useEnvironment.ts';
import { AlertsSection } from './panel/AlertsSection.tsx';
import { PlumeSummary } from './panel/PlumeSummary.tsx';
import { ReplayControls } from './panel/ReplayControls.tsx';
import { StationCard } from './panel/StationCard.tsx';
import { StationList } from './panel/StationList.tsx';
import { SurfaceControls } from './panel/SurfaceControls.tsx';
import { useEnvironmentText } from './useEnvironmentText.ts';
import './environment.css';

/** Panel of the environment tools. */
export function EnvironmentPanel(ctx: ToolContext) {
  const t = useEnvironmentText(ctx.lang);
  const env = useEnvironment(ctx.params);
  const { status, error, stations } = env.snapshot;
  return (
    <aside className="panel tool-panel env-panel" aria-label={t('panel.title')} data-testid="env-panel" data-status={status}>
      <div className="panel-head"><h2>{t('panel.title')}</h2></div>
      <div className="panel-body">
        {status === 'loading' && <p className="env-note">{t('status.loading')}</p>}
        {status === 'error' && <p className="warning">{t('status.error', { message: error ?? '' })}</p>}
        {status === 'ready' && stations.length === 0 && <p className="env-note">{t('status.noStations')}</p>}
        {status === 'ready' && stations.length > 0 && (
          <>
            <ReplayControls ctx={ctx} env={env} />
            <StationCard ctx={ctx} env={env} />
            <AlertsSection ctx={ctx} env={env} />
            <SurfaceControls ctx={ctx} env={env} />
            <PlumeSummary ctx={ctx} env={env} />
            <StationList ctx={ctx} env={env} />
          </>
        )}
      </div>
    </aside>
  );
}
