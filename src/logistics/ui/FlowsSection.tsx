import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { LOGISTICS_COLLECTIONS } from './logisticsApi.ts';
import type { LogisticsView } from './logisticsParams.ts';
import { useFlows } from './useFlows.ts';
import type { LogisticsTranslate } from './useLogisticsView.ts';

/** Flow arcs on/off (the catalog's `logistics-flows` layer — one switch, two places), commodity and period filters, and the selection's total. */
export function FlowsSection({ ctx, t, view }: { ctx: ToolContext; t: LogisticsTranslate; view: LogisticsView }) {
  const flows = useFlows(view);
  const tonnes = flows.selected.reduce((sum, f) => sum + f.volumeT, 0);
  return (
    <section className="logistics-flows" aria-label={t('flows')}>
      <h3>{t('flows')}</h3>
      <label>
        <input type="checkbox" data-testid="show-flows" checked={ctx.visibleLayerIds.has(LOGISTICS_COLLECTIONS.flows)} onChange={(e) => ctx.setLayerVisible(LOGISTICS_COLLECTIONS.flows, e.currentTarget.checked)} /> {t('showFlows')}
      </label>
      <div className="logistics-row">
        <label>
          {t('commodity')}{' '}
          <select data-testid="flow-commodity" value={view.commodity ?? ''} onChange={(e) => ctx.setParams({ commodity: e.currentTarget.value || undefined })}>
            <option value="">{t('all')}</option>
            {flows.commodities.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>
          {t('period')}{' '}
          <select data-testid="flow-period" value={view.period ?? ''} onChange={(e) => ctx.setParams({ period: e.currentTarget.value || undefined })}>
            <option value="">{t('all')}</option>
            {flows.periods.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      </div>
      {flows.error && <p className="warning">{t('loadFailed', { detail: flows.error })}</p>}
      {flows.loaded && !flows.error && <p data-testid="flow-count">{t('flowCount', { n: flows.selected.length, tonnes: Math.round(tonnes).toLocaleString(ctx.lang) })}</p>}
    </section>
  );
}
