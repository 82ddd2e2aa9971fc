/** Plume toggle and what the model used: sources, wind, stability class; synthetic-data notice with source and licence. */
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { localize } from '../../../ui/i18n/localize.ts';
import type { EnvironmentView } from '../data/useEnvironment.ts';
import { POLLUTANT_LABELS } from '../environmentMessages.ts';
import { environmentParams } from '../environmentParams.ts';
import { plumeColour, plumeRunsAt } from '../scene/plumeRuns.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';

/** Props: the tool context and the environment view. */
export function PlumeSummary({ ctx, env }: { ctx: ToolContext; env: EnvironmentView }) {
  const t = useEnvironmentText(ctx.lang);
  const params = environmentParams(ctx.params);
  const pollutant = params.surface && params.surface !== 'aqi' ? params.surface : 'pm25';
  const { runs, withoutWind } = plumeRunsAt(env.readings, env.snapshot.sources, pollutant, env.time, ctx.lang);
  const layer = ctx.catalog?.find((l) => l.id === 'emission-sources');
  const first = runs[0];
  return (
    <section className="env-section" aria-label={t('plume.title')}>
      <h3>{t('plume.title')}</h3>
      <label className="env-inline">
        <input type="checkbox" checked={params.plume} onChange={(e) => ctx.setParams({ plume: e.currentTarget.checked ? undefined : 'off' })} />
        {t('plume.show')} · {t('plume.pollutant', { pollutant: POLLUTANT_LABELS[pollutant]! })}
      </label>
      {params.plume && (
        <>
          {env.snapshot.sources.length === 0 ? <p className="env-note">{t('plume.noSources')}</p>
            : first ? (
              <p className="env-note" data-testid="env-plume-summary">
                {t('plume.summary', { sources: runs.length, speed: first.windSpeedMs.toFixed(1), direction: Math.round(first.windFromDeg), stability: [...new Set(runs.map((r) => r.stability))].join('/') })}
              </p>
            ) : <p className="env-note">{t('plume.noWind')}</p>}
          {withoutWind > 0 && first && <p className="env-note">{t('plume.noWind')} ({withoutWind})</p>}
          <div className="env-ramp" aria-label={t('plume.legend')}>
            {[1, 10, 100].map((c) => {
              const rgba = plumeColour(c)!;
              return <span key={c}><span className="swatch" style={{ background: `rgba(${rgba[0]},${rgba[1]},${rgba[2]},${rgba[3] / 255})` }} /> {c}</span>;
            })}
            <span className="muted">{t('plume.legend')}</span>
          </div>
          <p className="env-note">{t('plume.note')}</p>
          {layer?.source && (
            <p className="env-note">
              {layer.source.synthetic && <span className="badge synthetic">{t('source.synthetic')}</span>}{' '}
              {t('source.label', { name: layer.source.name, licence: layer.licence ?? '—' })}
              {layer.source.note && <> — {localize(layer.source.note, ctx.lang)}</>}
            </p>
          )}
        </>
      )}
    </section>
  );
}
