import type { Lang } from '../../../ui/i18n/messages.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import { cssRgba, HIDDEN_RGBA, sunHoursRgb, VISIBLE_RGBA } from './analysisColours.ts';
import { formatHours, resultSummary } from './analysisLabels.ts';
import type { AnalysisMessageKey } from './analysisMessages.ts';
import type { AnalysisRun } from './analysisStore.ts';

/** Props of {@link AnalysisResult}. */
export interface AnalysisResultProps {
  run: AnalysisRun;
  t: ToolTranslate<AnalysisMessageKey>;
  lang: Lang;
}

/** The result of the current analysis: status, the figures with units, and the legend of its drawing. */
export function AnalysisResult({ run, t, lang }: AnalysisResultProps) {
  if (run.status === 'running') return <p className="analysis-status" data-testid="analysis-status">{t('status.loading')}</p>;
  if (run.status === 'error') return <p className="warning" data-testid="analysis-status">{t('status.error', { message: run.message })}</p>;
  const output = run.output;
  return (
    <div className="analysis-result" data-testid="analysis-result" data-kind={output.kind}>
      <p className="analysis-summary" data-testid="analysis-summary">{resultSummary(output, t, lang)}</p>
      {output.kind === 'viewshed' && (
        <>
          <output data-testid="viewshed-visible-fraction" data-value={output.visibleFraction.toFixed(4)} hidden />
          <p>{t('result.buildingsVisible', { visible: output.buildingsVisible, total: output.buildingsInRange })}</p>
          <ul className="legend analysis-legend">
            <li><span className="swatch" style={{ background: cssRgba(VISIBLE_RGBA) }} />{t('legend.visible')}</li>
            <li><span className="swatch" style={{ background: cssRgba(HIDDEN_RGBA) }} />{t('legend.hidden')}</li>
          </ul>
        </>
      )}
      {output.kind === 'sunhours' && (
        <div className="analysis-ramp">
          <span>0</span>
          <span
            className="analysis-ramp-bar"
            style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((x) => `rgb(${sunHoursRgb(x).join(',')})`).join(', ')})` }}
          />
          <span>{formatHours(output.daylightHours, lang)} {t('legend.hours')}</span>
        </div>
      )}
      {'buildingCount' in output && <p className="analysis-muted">{t('result.buildingsUsed', { count: output.buildingCount })}</p>}
    </div>
  );
}
