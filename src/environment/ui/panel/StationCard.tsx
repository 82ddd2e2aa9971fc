/**
 * The open station's card (`station=` URL parameter): every pollutant with its value, the AQI
 * input and its sub-index, the weather, a 24-hour sparkline of hourly AQI and the nowcast.
 */
import { useEffect, useMemo } from 'react';
import type { ToolContext } from '../../../app/tools/WorkspaceTools.ts';
import type { EnvironmentView } from '../data/useEnvironment.ts';
import { POLLUTANT_LABELS } from '../environmentMessages.ts';
import { environmentParams } from '../environmentParams.ts';
import { AQI_POLLUTANTS, type Quantity } from '../stations/Station.ts';
import { stationBadge } from '../stations/stationBadge.ts';
import { hourlyAqiSeries } from '../stations/stationReading.ts';
import { useEnvironmentText } from '../useEnvironmentText.ts';
import { AqiBadge } from './AqiBadge.tsx';
import { NowcastBlock } from './NowcastBlock.tsx';
import { Sparkline } from './Sparkline.tsx';

const WEATHER: readonly Quantity[] = ['temperature', 'humidity', 'wind_speed', 'wind_direction'];

/** Props: the tool context and the environment view. */
export function StationCard({ ctx, env }: { ctx: ToolContext; env: EnvironmentView }) {
  const t = useEnvironmentText(ctx.lang);
  const { station: id } = environmentParams(ctx.params);
  const reading = env.readings.find((r) => r.station.id === id);
  const station = reading?.station;
  const sparkline = useMemo(
    () => (station ? hourlyAqiSeries(station, env.store.history, env.time, 24) : []),
    [station, env.store, env.time, env.snapshot.revision],
  );
  // The sparkline covers 24 h, each hour's NowCast the 12 before it: load the whole replay window.
  const { store } = env;
  const open = station !== undefined;
  useEffect(() => {
    if (open) void store.ensureReplayHistory();
  }, [open, store]);
  if (!reading || !station) return null;
  const badge = stationBadge(reading.aqi, ctx.lang, t('stations.noData'));
  const dominant = reading.aqi.overall?.dominant;
  return (
    <section className="env-section env-card" aria-label={station.name} data-testid="env-station-card">
      <div className="env-row env-card-head">
        <AqiBadge badge={badge} />
        <div className="env-card-title">
          <strong>{station.name}</strong>
          <span className="muted">{[station.area, badge.label].filter(Boolean).join(' · ')}</span>
        </div>
        <button type="button" className="icon-button" aria-label={t('card.close')} title={t('card.close')} onClick={() => ctx.setParams({ station: undefined })}>×</button>
      </div>
      {station.synthetic && <p className="synthetic-notice" role="note">{t('card.synthetic')}</p>}
      {dominant && <p className="env-note">{t('card.dominant', { pollutant: POLLUTANT_LABELS[dominant]! })}</p>}
      <table className="attributes">
        <thead><tr><th scope="col">{t('card.pollutant')}</th><th scope="col">{t('card.value')}</th><th scope="col">{t('card.aqiBy')}</th></tr></thead>
        <tbody>
          {AQI_POLLUTANTS.filter((p) => station.datastreams[p]).map((p) => {
            const latest = reading.latest[p];
            const input = reading.aqiInput[p];
            const sub = reading.aqi.byPollutant[p];
            return (
              <tr key={p}>
                <th scope="row">{POLLUTANT_LABELS[p]}</th>
                <td>
                  {latest ? `${latest.value.toFixed(1)} ${station.datastreams[p]!.unit}` : '—'}
                  {input !== null && input !== undefined && <span className="muted"> ({p === 'pm25' || p === 'pm10' ? 'NowCast' : '1h'} {input.toFixed(1)})</span>}
                </td>
                <td>{sub ? <span className="env-aqi small" style={{ background: sub.category.color, color: stationBadge({ overall: sub, byPollutant: {} }, ctx.lang, '').ink }}>{sub.aqi}</span> : '—'}</td>
              </tr>
            );
          })}
          {WEATHER.filter((q) => reading.latest[q]).map((q) => (
            <tr key={q}>
              <th scope="row">{t(`q.${q}` as 'q.temperature')}</th>
              <td colSpan={2}>{reading.latest[q]!.value.toFixed(1)} {station.datastreams[q]!.unit}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="env-note">{t('card.inputs')}</p>
      <h4>{t('card.sparkline')}</h4>
      <Sparkline values={sparkline} label={t('card.sparkline')} />
      {!env.replay && (
        <NowcastBlock
          thing={station.id} refreshKey={Math.floor(env.time / 600_000)} title={t('card.nowcast')}
          errorLabel={t('card.nowcastError')} methodLabel={(method) => t('card.nowcastMethod', { method })}
        />
      )}
    </section>
  );
}
