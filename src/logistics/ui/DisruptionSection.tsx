import { useState } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { useDisruption } from './useDisruption.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Disruption mode: close segments by clicking the map (`pick=close`, `closed=`) and/or set a flood level (`flood=`); lists the impact. */
export function DisruptionSection({ ctx, t, view }: { ctx: ToolContext; t: LogisticsTranslate; view: LogisticsView }) {
  const result = useDisruption(view);
  const [level, setLevel] = useState(view.flood === undefined ? '' : String(view.flood));
  const picking = view.pick === 'close';
  const nameOf = (x: { id: string | number; name_vi?: string; name_en?: string; name?: string }) => String((ctx.lang === 'en' ? x.name_en : x.name_vi) ?? x.name ?? x.id);
  return (
    <section className="logistics-disruption" aria-label={t('disruption')}>
      <h3>{t('disruption')}</h3>
      <div className="logistics-row">
        <button type="button" aria-pressed={picking} onClick={() => ctx.setParams({ pick: picking ? undefined : 'close' })}>{picking ? t('picking') : t('closeSegment')}</button>
      </div>
      {view.closed.length > 0 && <p>{t('closedSegments', { list: view.closed.join(', ') })}</p>}
      <form
        className="logistics-row"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(level);
          ctx.setParams({ flood: level.trim() === '' || !Number.isFinite(n) ? undefined : String(n) });
        }}
      >
        <label>
          {t('floodLevel')}{' '}
          <input type="number" step="0.1" min="0" max="20" value={level} onChange={(e) => setLevel(e.currentTarget.value)} style={{ width: '5em' }} />
        </label>
        <button type="submit">{t('analyse')}</button>
        {(view.closed.length > 0 || view.flood !== undefined) && (
          <button type="button" onClick={() => { setLevel(''); ctx.setParams({ closed: undefined, flood: undefined, pick: undefined }); }}>{t('clearDisruption')}</button>
        )}
      </form>
      {result === undefined && (view.closed.length > 0 || view.flood !== undefined) && <p>{t('loading')}</p>}
      {result && !result.ok && <p className="warning">{t('routeFailed', { detail: result.error })}</p>}
      {result?.ok && (
        <div data-testid="disruption-result">
          <p>{t('routesAffected', { rerouted: result.value.routes.filter((r) => r.rerouted && !r.unreachable).length, unreachable: result.value.routes.filter((r) => r.unreachable).length })}</p>
          <ul className="logistics-steps">
            {result.value.routes.filter((r) => r.rerouted || r.unreachable).map((r) => (
              <li key={`${r.from}>${r.to}`}>
                {r.from.replace('facility:', '')} → {r.to.replace('facility:', '')}: {r.unreachable ? t('unreachable') : `${t('rerouted')}, ${t('addedTime', { min: Math.round((r.added_s ?? 0) / 60) })}`}
              </li>
            ))}
          </ul>
          <p><strong>{t('unreachableFacilities')}:</strong> {result.value.unreachableFacilities.map(nameOf).join(', ') || t('none')}</p>
          {result.value.flood && (
            <>
              <p><strong>{t('heritageSites')}:</strong> {result.value.flood.heritageSites.map(nameOf).join(', ') || t('none')}</p>
              <p><strong>{t('sensors')}:</strong> {result.value.flood.sensors.map(nameOf).join(', ') || t('none')}</p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
