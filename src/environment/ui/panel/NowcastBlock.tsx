/**
 * The station's short-term forecast from `GET /api/environment/nowcast?thing=ID`
 * (src/server/nowcast/nowcastRoutes.ts): per Datastream the next 1–3 hourly values, the method and
 * its mean absolute error on past data (with persistence's as the baseline). Pollutants only.
 */
import { useEffect, useState } from 'react';
import { POLLUTANT_LABELS } from '../environmentMessages.ts';

/** One Datastream's forecast as the nowcast API returns it (the fields shown). */
export interface NowcastSeries {
  quantity: string | null;
  unit: string;
  forecasts: { horizonHours: number; value: number }[];
  error: { horizonHours: number; mae: number | null; persistenceMae: number | null; n: number }[];
}

/** The nowcast answer (the fields shown). */
export interface NowcastAnswer {
  method: string;
  datastreams: NowcastSeries[];
}

/** The pollutant series of an answer, in the card's pollutant order. */
export function pollutantForecasts(answer: NowcastAnswer): NowcastSeries[] {
  const order = Object.keys(POLLUTANT_LABELS);
  return answer.datastreams
    .filter((d) => d.quantity !== null && order.includes(d.quantity) && d.forecasts.length > 0)
    .sort((a, b) => order.indexOf(a.quantity!) - order.indexOf(b.quantity!));
}

/** Props: the station (Thing id), the time its readings describe, and texts. */
export function NowcastBlock({ thing, refreshKey, title, errorLabel, methodLabel }: {
  thing: number; refreshKey: number; title: string; errorLabel: string; methodLabel: (method: string) => string;
}) {
  const [answer, setAnswer] = useState<NowcastAnswer>();
  useEffect(() => {
    const abort = new AbortController();
    fetch(`/api/environment/nowcast?thing=${thing}`, { signal: abort.signal })
      .then(async (r) => (r.ok ? ((await r.json()) as NowcastAnswer) : undefined))
      .then(setAnswer)
      .catch(() => undefined);
    return () => abort.abort();
  }, [thing, refreshKey]);
  const series = answer ? pollutantForecasts(answer) : [];
  if (!answer || series.length === 0) return null;
  return (
    <div className="env-nowcast" data-testid="env-nowcast">
      <h4>{title}</h4>
      <table className="attributes">
        <tbody>
          {series.map((s) => (
            <tr key={s.quantity}>
              <th scope="row">{POLLUTANT_LABELS[s.quantity!]}</th>
              <td>
                {s.forecasts.map((f) => `+${f.horizonHours} h: ${f.value.toFixed(1)}`).join(' · ')} <span className="muted">{s.unit}</span>
                {s.error.length > 0 && (
                  <div className="muted">
                    {errorLabel}: {s.error.map((e) => `+${e.horizonHours} h ${e.mae === null ? '—' : e.mae.toFixed(1)}${e.persistenceMae === null ? '' : ` (${e.persistenceMae.toFixed(1)})`}`).join(' · ')}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="env-note">{methodLabel(answer.method)}</p>
    </div>
  );
}
