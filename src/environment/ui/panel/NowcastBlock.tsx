/**
 * The station's short-term forecast from `GET /api/environment/nowcast?thing=ID` (docs/alerts.md):
 * per quantity the next 1–3 h, the method and its error on past data. Shown only when the API
 * answers; the shape is read leniently (any `{horizon, value}` lists under a quantity).
 */
import { useEffect, useState } from 'react';
import { POLLUTANT_LABELS } from '../environmentMessages.ts';

interface ForecastPoint {
  horizon: number;
  value: number;
}

/** Quantity → forecast points and method, from a nowcast answer of unknown exact shape. */
export function readNowcast(body: unknown): { quantity: string; points: ForecastPoint[]; method?: string; error?: string }[] {
  const out: { quantity: string; points: ForecastPoint[]; method?: string; error?: string }[] = [];
  const visit = (quantity: string, node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const list = Array.isArray(node) ? node : (obj.forecast ?? obj.forecasts ?? obj.values);
    if (Array.isArray(list)) {
      const points = list.filter((p): p is ForecastPoint => !!p && typeof p === 'object' && typeof (p as ForecastPoint).horizon === 'number' && typeof (p as ForecastPoint).value === 'number');
      if (points.length) {
        const err = obj.error ?? obj.errors ?? obj.backtest;
        out.push({ quantity, points, method: typeof obj.method === 'string' ? obj.method : undefined, error: err ? JSON.stringify(err) : undefined });
      }
    }
  };
  const root = body as Record<string, unknown> | null;
  const quantities = (root?.quantities ?? root?.forecasts ?? root) as unknown;
  if (Array.isArray(quantities)) {
    for (const q of quantities) visit(String((q as { quantity?: unknown }).quantity ?? ''), q);
  } else if (quantities && typeof quantities === 'object') {
    for (const [k, v] of Object.entries(quantities)) visit(k, v);
  }
  return out;
}

/** Props: the station (Thing id), title and method label. */
export function NowcastBlock({ thing, title, methodLabel }: { thing: number; title: string; methodLabel: (method: string) => string }) {
  const [data, setData] = useState<ReturnType<typeof readNowcast>>();
  useEffect(() => {
    const abort = new AbortController();
    fetch(`/api/environment/nowcast?thing=${thing}`, { signal: abort.signal })
      .then(async (r) => (r.ok ? readNowcast(await r.json()) : undefined))
      .then(setData)
      .catch(() => setData(undefined));
    return () => abort.abort();
  }, [thing]);
  if (!data || data.length === 0) return null;
  return (
    <div className="env-nowcast" data-testid="env-nowcast">
      <h4>{title}</h4>
      <table className="attributes">
        <tbody>
          {data.map((q) => (
            <tr key={q.quantity}>
              <th scope="row">{POLLUTANT_LABELS[q.quantity] ?? q.quantity}</th>
              <td>{q.points.map((p) => `+${p.horizon} h: ${p.value.toFixed(1)}`).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data[0]?.method && <p className="env-note">{methodLabel(data[0].method)}</p>}
    </div>
  );
}
