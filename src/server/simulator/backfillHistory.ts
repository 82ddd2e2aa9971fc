/**
 * Backfills hourly readings of the simulated devices for the last N hours through the bulk
 * `CreateObservations` path (one transaction per device), so replay and NowCast have history from
 * the first minute. Only hours after a Datastream's latest observation are added: idempotent, and
 * a restart fills the gap.
 */
import type { Database } from '../db/Database.ts';
import { createObservationsArray } from '../sta/createObservationsArray.ts';
import type { EmissionSource } from '../../environment/simulator/emissionSource.ts';
import { deviceOutput } from '../../environment/simulator/simulatedDevice.ts';
import type { ProvisionedDevice } from './provisionNetwork.ts';

const HOUR_MS = 3_600_000;

/** Inserts the missing hourly history; returns the number of observations stored. */
export async function backfillHistory(db: Database, devices: readonly ProvisionedDevice[], options: { seed: number; sources: readonly EmissionSource[]; hours: number; nowMs: number }): Promise<number> {
  if (options.hours <= 0) return 0;
  const ids = devices.flatMap((d) => Object.values(d.datastreams));
  const latestRows = await db.query<{ id: number; latest: string | null }>(
    'SELECT d.id, (SELECT max(o.phenomenon_time) FROM sta_observations o WHERE o.datastream_id = d.id) AS latest FROM sta_datastreams d WHERE d.id = ANY($1::bigint[])',
    [ids],
  );
  const latest = new Map(latestRows.map((r) => [Number(r.id), r.latest === null ? -Infinity : new Date(r.latest).getTime()]));
  const lastHour = Math.floor(options.nowMs / HOUR_MS) * HOUR_MS;
  const firstHour = lastHour - (options.hours - 1) * HOUR_MS;
  let stored = 0;
  for (const { device, datastreams } of devices) {
    const rows = new Map<number, Array<[string, unknown]>>();
    for (let t = firstHour; t <= lastHour; t += HOUR_MS) {
      if (t > options.nowMs) break;
      const { results } = deviceOutput(device, options.seed, options.sources, t);
      for (const [q, result] of Object.entries(results)) {
        const ds = datastreams[q as keyof typeof datastreams];
        if (ds === undefined || t <= (latest.get(ds) ?? -Infinity)) continue;
        const list = rows.get(ds) ?? [];
        list.push([new Date(t).toISOString(), result]);
        rows.set(ds, list);
      }
    }
    if (rows.size === 0) continue;
    const body = [...rows.entries()].map(([ds, dataArray]) => ({ Datastream: { '@iot.id': ds }, components: ['phenomenonTime', 'result'], dataArray }));
    const { created } = await db.transaction((tx) => createObservationsArray(tx, body, { base: '', now: Date.now() }));
    stored += created.length;
  }
  return stored;
}
