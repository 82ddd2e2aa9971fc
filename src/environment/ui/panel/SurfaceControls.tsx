/** Surface quantity, opacity and legend (the six VN_AQI category colours with their ranges). */
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import { legendOf, SURFACE_QUANTITIES } from '../../surface/SurfaceQuantity.ts';
import type { EnvironmentView } from '../data/useEnvironment.ts';
import { POLLUTANT_LABELS } from '../environmentMessages.ts';
import { environmentParams } from '../environmentParams.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';

/** Props: the tool context and the environment view. */
export function SurfaceControls({ ctx, env }: { ctx: ToolContext; env: EnvironmentView }) {
  const t = useEnvironmentText(ctx.lang);
  const params = environmentParams(ctx.params);
  const unit = params.surface === 'aqi' ? '' : ' µg/m³';
  const info = env.snapshot.surface;
  return (
    <section className="env-section" aria-label={t('surface.title')}>
      <h3>{t('surface.title')}</h3>
      <div className="env-row">
        <select aria-label={t('surface.title')} data-testid="env-surface" value={params.surface ?? 'off'} onChange={(e) => ctx.setParams({ surface: e.currentTarget.value === 'aqi' ? undefined : e.currentTarget.value })}>
          {SURFACE_QUANTITIES.map((q) => <option key={q} value={q}>{q === 'aqi' ? t('surface.aqi') : POLLUTANT_LABELS[q]}</option>)}
          <option value="off">{t('surface.off')}</option>
        </select>
        {params.surface && (
          <label className="env-inline opacity">
            {t('surface.opacity')}
            <input type="range" min={0} max={100} value={Math.round(params.opacity * 100)} onChange={(e) => ctx.setParams({ opacity: e.currentTarget.value }, 'debounced')} />
          </label>
        )}
      </div>
      {params.surface && (
        <>
          <select aria-label={t('surface.methodLabel')} data-testid="env-method" value={params.method} onChange={(e) => ctx.setParams({ method: e.currentTarget.value === 'idw' ? undefined : e.currentTarget.value })}>
            <option value="idw">{t('surface.idw')}</option>
            <option value="kriging">{t('surface.kriging')}</option>
          </select>
          <ul className="env-legend">
            {legendOf(params.surface).map((e) => (
              <li key={e.category.level}>
                <span className="swatch" style={{ background: e.category.color }} />
                <span>{ctx.lang === 'en' ? e.category.nameEn : e.category.nameVi}</span>
                <span className="muted">{e.to === undefined ? `≥ ${e.from}` : `${e.from}–${e.to}`}{unit}</span>
              </li>
            ))}
          </ul>
          {info && info.stations === 0 && <p className="env-note">{t('surface.tooFew')}</p>}
          {info && info.stations > 0 && info.method === 'idw' && <p className="env-note">{t('surface.method', { count: info.stations, ms: info.computeMs.toFixed(1) })}</p>}
          {info && info.stations > 0 && info.method === 'kriging' && info.variogram && (
            <p className="env-note" data-testid="env-kriging-note">
              {t('surface.krigingNote', {
                count: info.stations, nugget: info.variogram.nugget.toFixed(1), sill: info.variogram.sill.toFixed(1),
                range: (info.variogram.rangeM / 1000).toFixed(1), ms: info.computeMs.toFixed(0), max: `${(info.maxStddev ?? 0).toFixed(1)}${unit}`,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
