/** Every station with its AQI badge (number, category colour and name), worst first; a click opens its card. */
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import type { EnvironmentView } from '../data/useEnvironment.ts';
import { stationBadge } from '../stations/stationBadge.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';
import { AqiBadge } from './AqiBadge.tsx';

/** Props: the tool context and the environment view. */
export function StationList({ ctx, env }: { ctx: ToolContext; env: EnvironmentView }) {
  const t = useEnvironmentText(ctx.lang);
  const rows = env.readings
    .map((r) => ({ r, badge: stationBadge(r.aqi, ctx.lang, t('stations.noData')) }))
    .sort((a, b) => (b.badge.aqi ?? -1) - (a.badge.aqi ?? -1) || a.r.station.name.localeCompare(b.r.station.name, 'vi'));
  return (
    <section className="env-section" aria-label={t('stations.title', { count: rows.length })}>
      <h3>{t('stations.title', { count: rows.length })}</h3>
      <ul className="env-stations" data-testid="env-stations">
        {rows.map(({ r, badge }) => (
          <li key={r.station.id}>
            <button
              type="button" className="env-station" data-testid="env-station" data-station-id={r.station.id} data-aqi={badge.aqi ?? ''}
              aria-pressed={ctx.params.station === String(r.station.id)}
              onClick={() => ctx.setParams({ station: String(r.station.id) })}
            >
              <AqiBadge badge={badge} />
              <span className="env-station-name">{r.station.name}</span>
              <span className="env-station-category">{badge.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
