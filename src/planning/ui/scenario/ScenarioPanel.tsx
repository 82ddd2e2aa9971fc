/**
 * The scenario & compliance panel: choose the baseline or a scenario (URL `scenario=`), colour-by
 * switch with legend, compare toggle (URL `compare=1`), violations (click → fly to the building),
 * metrics baseline vs scenario, the printable report, and the editor for planning editors.
 */
import { useCallback, useMemo } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { canEdit, useSession } from '../../../app/session/session.ts';
import { COLOUR_BY_MODES } from '../buildingColours.ts';
import { reportUrl } from '../planningApi.ts';
import { parseScenarioParams } from '../scenarioParams.ts';
import { shownCompliance, useScenarioSession } from '../scenarioSession.ts';
import { baselineViolationEntries, scenarioViolationEntries } from '../violationEntries.ts';
import { BUILDINGS_LAYER_ID } from './buildingTilesets.ts';
import { ColourLegend } from './ColourLegend.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { toolText } from './toolText.ts';
import { useScenarioSelection } from './useScenarioSelection.ts';
import { ViolationList } from './ViolationList.tsx';
import './scenarioPanel.css';

/** The panel (right column). */
export function ScenarioPanel(ctx: ToolContext) {
  const t = toolText(ctx.lang);
  const params = parseScenarioParams(ctx.params);
  const { setParams } = ctx;
  useScenarioSelection(params.scenarioId);
  const session = useScenarioSession();
  const { user } = useSession();
  const compliance = shownCompliance(session);
  const useColours = useMemo(() => ctx.catalog?.find((l) => l.id === BUILDINGS_LAYER_ID)?.style?.colors ?? {}, [ctx.catalog]);
  const entries = useMemo(() => {
    if (session.draft || session.scenarioId) return compliance ? scenarioViolationEntries(compliance) : undefined;
    return session.baseline ? baselineViolationEntries(session.baseline.violating) : undefined;
  }, [session.draft, session.scenarioId, session.baseline, compliance]);
  const onSaved = useCallback((id: string) => setParams({ scenario: id }), [setParams]);
  const onNew = useCallback(() => setParams({ scenario: undefined }), [setParams]);
  const saved = session.saved;
  const locale = ctx.lang === 'vi' ? 'vi-VN' : 'en-GB';

  return (
    <aside className="panel tool-panel scenario-panel" aria-label={t('title')} data-testid="scenario-panel" data-scenario-id={params.scenarioId ?? ''}>
      <div className="panel-head"><h2>{t('title')}</h2></div>
      <div className="panel-body">
        <label className="scenario-field">{t('scenario')}
          <select data-testid="scenario-select" value={session.draft && !session.draft.id ? '' : params.scenarioId ?? ''}
            onChange={(e) => setParams({ scenario: e.target.value || undefined })}>
            <option value="">{t('baseline')}</option>
            {(session.list ?? []).map((s) => <option key={s.id} value={s.id}>{s.title.length > 70 ? `${s.title.slice(0, 68)}…` : s.title}</option>)}
            {params.scenarioId && !session.list?.some((s) => s.id === params.scenarioId) && <option value={params.scenarioId}>{params.scenarioId}</option>}
          </select>
        </label>
        <p className="muted">{t('synthetic')}</p>
        <div className="scenario-row">
          <span className="muted">{t('colourBy')}</span>
          <span className="colour-switch" role="group" aria-label={t('colourBy')}>
            {COLOUR_BY_MODES.map((m) => (
              <button key={m} type="button" aria-pressed={params.colourBy === m} data-colour-by={m}
                onClick={() => setParams({ colour: m === 'compliance' ? undefined : m })}>{t(`colour.${m}`)}</button>
            ))}
          </span>
        </div>
        <ColourLegend mode={params.colourBy} useColours={useColours} t={t} />
        <label className="scenario-row">
          <input type="checkbox" data-testid="scenario-compare" checked={params.compare}
            onChange={(e) => setParams({ compare: e.target.checked ? '1' : undefined, split: undefined })} />
          {t('compare')}
        </label>
        {params.compare && <p className="muted">{t('compare.left')}</p>}
        {session.error && <p className="warning" role="alert">{session.error}</p>}
        {session.loading && <p className="muted">{t('loading')}</p>}
        {entries && <>
          <h3>{t('violations', { count: entries.length })}</h3>
          <ViolationList entries={entries} t={t} />
        </>}
        {session.metrics && session.saved && <>
          <h3>{t('metrics')}</h3>
          {session.draft && <p className="muted">{t('metrics.draft')}</p>}
          <MetricsTable metrics={session.metrics} t={t} locale={locale} />
        </>}
        {saved && <a href={reportUrl(saved.id, saved.version)} target="_blank" rel="noreferrer" data-testid="scenario-report">{t('report')}</a>}
        {canEdit(user, 'planning') ? <ScenarioEditor session={session} t={t} onSaved={onSaved} onNew={onNew} /> : <p className="muted">{t('loginToEdit')}</p>}
      </div>
    </aside>
  );
}
