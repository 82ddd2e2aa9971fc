/** Metrics table: baseline vs scenario totals, then per zoning zone GFA, FAR and coverage. */
import { metricRows, zoneRows } from '../compareMetrics.ts';
import type { ScenarioMetricsView } from '../planningApi.ts';
import type { ToolTranslate } from '../../../ui/i18n/toolTranslator.ts';
import type { ScenarioMessageKey } from './scenarioMessages.ts';

/** Props of {@link MetricsTable}. */
export interface MetricsTableProps {
  metrics: ScenarioMetricsView;
  t: ToolTranslate<ScenarioMessageKey>;
  locale: string;
}

/** Two tables; changed values are highlighted. */
export function MetricsTable({ metrics, t, locale }: MetricsTableProps) {
  const n = (v: number, d = 0) => v.toLocaleString(locale, { maximumFractionDigits: d, minimumFractionDigits: d });
  const signed = (v: number, d = 0) => `${v > 0 ? '+' : ''}${n(v, d)}`;
  return (
    <>
      <table className="metrics-table" data-testid="scenario-metrics">
        <thead><tr><th /><th>{t('col.baseline')}</th><th>{t('col.scenario')}</th><th>{t('col.change')}</th></tr></thead>
        <tbody>
          {metricRows(metrics.baseline, metrics.scenario).map((r) => (
            <tr key={r.key} data-metric={r.key} className={r.delta !== 0 ? 'changed' : undefined}>
              <td>{t(`m.${r.key}`)}</td><td>{n(r.baseline, r.decimals)}</td><td>{n(r.scenario, r.decimals)}</td><td>{signed(r.delta, r.decimals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('metrics.zones')}</h3>
      <div className="zone-metrics">
        <table className="metrics-table">
          <thead><tr><th>{t('col.zone')}</th><th>{t('col.gfa')}</th><th>{t('col.far')}</th><th>{t('col.coverage')}</th></tr></thead>
          <tbody>
            {zoneRows(metrics.baseline, metrics.scenario).map((z) => (
              <tr key={z.zoneId} className={z.changed ? 'changed' : undefined} title={z.name}>
                <td>{z.zoneId}{z.code ? ` (${z.code})` : ''}</td>
                <td>{n(z.gfa[0])} → {n(z.gfa[1])}</td>
                <td>{n(z.far[0], 2)} → {n(z.far[1], 2)}</td>
                <td>{n(z.coverage[0], 2)} → {n(z.coverage[1], 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
