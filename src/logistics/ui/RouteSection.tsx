import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { PlacePicker } from './PlacePicker.tsx';
import type { FacilityFeature } from './useFacilities.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';
import { useRoute } from './useRoute.ts';

/** Kilometres with one decimal. */
export function formatKm(m: number, lang: string): string {
  return `${(m / 1000).toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;
}

/** Minutes, rounded. */
export function formatMin(s: number, lang: string): string {
  return `${Math.round(s / 60).toLocaleString(lang)} min`;
}

/** Route between two places: pickers, vehicle and criterion, then length, duration and steps. */
export function RouteSection({ ctx, t, view, facilities }: { ctx: ToolContext; t: LogisticsTranslate; view: LogisticsView; facilities: readonly FacilityFeature[] }) {
  const route = useRoute(view);
  const lang = ctx.lang;
  return (
    <section className="logistics-route" aria-label={t('route')}>
      <h3>{t('route')}</h3>
      <PlacePicker ctx={ctx} t={t} param="from" label={t('from')} value={view.from} facilities={facilities} mapPick />
      <PlacePicker ctx={ctx} t={t} param="to" label={t('to')} value={view.to} facilities={facilities} mapPick />
      <div className="logistics-row">
        <label>
          {t('profile')}{' '}
          <select value={view.profile} onChange={(e) => ctx.setParams({ profile: e.currentTarget.value === 'car' ? undefined : e.currentTarget.value })}>
            <option value="car">{t('profile.car')}</option>
            <option value="truck">{t('profile.truck')}</option>
          </select>
        </label>
        <label>
          {t('metric')}{' '}
          <select data-testid="route-metric" value={view.metric} onChange={(e) => ctx.setParams({ metric: e.currentTarget.value === 'time' ? undefined : e.currentTarget.value })}>
            <option value="time">{t('metric.time')}</option>
            <option value="distance">{t('metric.distance')}</option>
          </select>
        </label>
        {(view.from || view.to) && <button type="button" onClick={() => ctx.setParams({ from: undefined, to: undefined, pick: undefined })}>{t('clearRoute')}</button>}
      </div>
      {view.from && view.to && route === undefined && <p>{t('loading')}</p>}
      {route && !route.ok && <p className="warning" data-testid="route-error">{t('routeFailed', { detail: route.error })}</p>}
      {route?.ok && (
        <div data-testid="route-result" data-length-m={route.value.properties.length_m} data-duration-s={route.value.properties.duration_s}>
          <p>
            <strong>{t('length')}:</strong> {formatKm(route.value.properties.length_m, lang)} · <strong>{t('duration')}:</strong> {formatMin(route.value.properties.duration_s, lang)}
          </p>
          <ol className="logistics-steps" aria-label={t('steps')}>
            {route.value.properties.steps.map((s, i) => (
              <li key={i}>
                {(lang === 'en' ? s.name_en : s.name_vi) ?? s.ref ?? s.segments.join(', ')} — {formatKm(s.length_m, lang)}, {formatMin(s.duration_s, lang)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
