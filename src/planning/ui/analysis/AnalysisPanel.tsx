import { useMemo } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { toolTranslator } from '../../../ui/i18n/toolTranslator.ts';
import { analysisToParams, EYE_HEIGHT_M, parseAnalysisParams, SUN_HOURS_MAX_SIDE_M, VIEWSHED_RADIUS } from '../../analysis/analysisParams.ts';
import { AnalysisResult } from './AnalysisResult.tsx';
import { ANALYSIS_MESSAGES } from './analysisMessages.ts';
import { updateAnalysisState, useAnalysisStore } from './analysisStore.ts';
import { AnalysisToolBar } from './AnalysisToolBar.tsx';
import { RadiusInput } from './RadiusInput.tsx';
import { SunControls } from './SunControls.tsx';
import './analysis.css';

/**
 * The planning workspace's analysis panel: sun and shadows (date and time in Huế, UTC+7), the tool
 * buttons (sun hours, line of sight, viewshed, distance, area, height), what to click, and the result
 * with units and legend. Inputs live in the URL (`ctx.setParams`); the 3D scene computes and draws.
 */
export function AnalysisPanel({ params, setParams, lang }: ToolContext) {
  const t = useMemo(() => toolTranslator(ANALYSIS_MESSAGES, lang), [lang]);
  const parsed = useMemo(() => parseAnalysisParams(params), [params]);
  const { picking, run, notice, viewshedRadiusM } = useAnalysisStore();
  const key = parsed.analysis ? JSON.stringify(parsed.analysis) : '';
  const tool = parsed.tool;
  const viewshed = parsed.analysis?.tool === 'viewshed' ? parsed.analysis : undefined;
  const radius = viewshed?.radiusM ?? viewshedRadiusM ?? VIEWSHED_RADIUS.default;

  const setRadius = (value: number) => {
    updateAnalysisState({ viewshedRadiusM: value });
    if (viewshed) setParams(analysisToParams({ ...viewshed, radiusM: value }), 'debounced');
  };
  const hint = tool === 'los' && picking?.points.length ? t('pick.los2')
    : tool ? t(`pick.${tool}`, { max: SUN_HOURS_MAX_SIDE_M, eye: EYE_HEIGHT_M }) : undefined;

  return (
    <section className="panel tool-panel analysis-panel" data-testid="analysis-panel" aria-label={t('title')}>
      <div className="panel-head">
        <h2>{t('title')}</h2>
        {tool && (
          <button type="button" className="analysis-clear" onClick={() => setParams(analysisToParams(undefined))}>{t('tool.clear')}</button>
        )}
      </div>
      <div className="panel-body">
        <SunControls sun={params.sun} setParams={setParams} t={t} lang={lang} />
        <AnalysisToolBar active={tool} setParams={setParams} t={t} />
        {tool === 'viewshed' && <RadiusInput label={t('viewshed.radius')} value={radius} onChange={setRadius} />}
        {hint && <p className="analysis-hint">{hint}</p>}
        {notice === 'tooLarge' && <p className="warning">{t('pick.tooLarge', { max: SUN_HOURS_MAX_SIDE_M })}</p>}
        {run && run.key === key && <AnalysisResult run={run} t={t} lang={lang} />}
        {parsed.problems.length > 0 && <p className="warning">{t('problems', { list: parsed.problems.join('; ') })}</p>}
      </div>
    </section>
  );
}
