/**
 * `GET /api/environment/nowcast?thing=ID[&quantity=q][&days=7]`: per numeric Datastream of a Thing,
 * the next 1–3 hours from its hourly means (damped anomaly persistence on a diurnal profile, see
 * src/environment/nowcast/diurnalPersistence.ts) and the method's error on the same past data
 * (rolling-origin MAE per horizon, with persistence's as a baseline). Public, like SensorThings reads.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { backtest } from '../../environment/nowcast/backtest.ts';
import { DEFAULT_DAMPING, forecastFrom } from '../../environment/nowcast/diurnalPersistence.ts';
import type { HourlyValue } from '../../environment/nowcast/hourlySeries.ts';

/** Days of history used by default (profile and error). Default: 7. */
export const NOWCAST_HISTORY_DAYS = 7;

/** The method statement served with every answer. */
export const NOWCAST_METHOD =
  `damped anomaly persistence on a diurnal profile: F(t0+h) = P(t0+h) + ${DEFAULT_DAMPING}^h × (y(t0) − P(t0)), ` +
  'P = mean of the hourly means at that local hour of day on earlier days, y(t0) = latest hourly mean; plain persistence where the profile lacks the hour. ' +
  'Error: rolling-origin backtest over the history (each past hour an origin, only earlier data used), mean absolute error per horizon, with persistence as the baseline.';

const HOUR_MS = 3_600_000;

/** Registers the nowcast route. */
export function nowcastRoutes(app: FastifyInstance, deps: { db: Database }): void {
  app.get<{ Querystring: Record<string, string> }>('/api/environment/nowcast', async (request) => {
    const { thing, quantity, days } = request.query;
    if (thing === undefined || !/^\d{1,15}$/.test(thing)) throw new HttpError(400, 'Bad request', 'thing: the id of a Thing is required, e.g. ?thing=4');
    if (quantity !== undefined && !/^[a-z0-9_]{1,40}$/.test(quantity)) throw new HttpError(400, 'Bad request', 'quantity: a Datastream quantity such as pm25 or no2');
    const historyDays = days === undefined ? NOWCAST_HISTORY_DAYS : Number(days);
    if (!Number.isInteger(historyDays) || historyDays < 1 || historyDays > 60) throw new HttpError(400, 'Bad request', 'days: an integer from 1 to 60');
    const [found] = await deps.db.query<{ name: string }>('SELECT name FROM sta_things WHERE id = $1', [Number(thing)]);
    if (!found) throw new HttpError(404, 'Not found', `There is no Thing(${thing})`);
    const rows = await deps.db.query<{ ds: number; quantity: string | null; unit: string | null; hour: number; value: number }>(
      `SELECT d.id AS ds, d.properties->>'quantity' AS quantity, d.unit_of_measurement->>'symbol' AS unit,
              floor(extract(epoch FROM o.phenomenon_time) / 3600)::bigint AS hour, avg(o.result_number) AS value
         FROM sta_datastreams d JOIN sta_observations o ON o.datastream_id = d.id
        WHERE d.thing_id = $1 AND ($2::text IS NULL OR d.properties->>'quantity' = $2) AND o.result_number IS NOT NULL
          AND o.phenomenon_time > now() - make_interval(days => $3)
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 4`,
      [Number(thing), quantity ?? null, historyDays],
    );
    const series = new Map<number, { quantity: string | null; unit: string; values: HourlyValue[] }>();
    for (const r of rows) {
      const ds = Number(r.ds);
      const s = series.get(ds) ?? { quantity: r.quantity, unit: r.unit ?? '', values: [] };
      s.values.push({ hour: Number(r.hour), value: Number(r.value) });
      series.set(ds, s);
    }
    const round = (v: number | null) => (v === null ? null : Number(v.toFixed(3)));
    return {
      thing: Number(thing),
      thingName: found.name,
      method: NOWCAST_METHOD,
      historyDays,
      generatedAt: new Date().toISOString(),
      datastreams: [...series.entries()].map(([ds, s]) => {
        const origin = s.values[s.values.length - 1];
        const forecasts = forecastFrom(s.values, origin.hour) ?? [];
        return {
          datastream: ds,
          quantity: s.quantity,
          unit: s.unit,
          hoursOfData: s.values.length,
          latest: { hourStart: new Date(origin.hour * HOUR_MS).toISOString(), value: round(origin.value) },
          forecasts: forecasts.map((f) => ({ horizonHours: f.horizon, hourStart: new Date(f.hour * HOUR_MS).toISOString(), value: round(f.value), basis: f.basis })),
          error: backtest(s.values).map((e) => ({ horizonHours: e.horizon, mae: round(e.mae), persistenceMae: round(e.persistenceMae), n: e.n })),
        };
      }),
    };
  });
}
