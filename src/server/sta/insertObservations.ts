/**
 * Inserts validated observations in one statement (a JSON array expanded by `jsonb_to_recordset`),
 * skipping duplicates of (datastream, phenomenonTime) — in the table or earlier in the same batch.
 * Used for single HTTP creates, bulk arrays and batched MQTT ingest alike.
 */
import type { Queryable } from '../db/Database.ts';
import type { ObservationRow } from './prepareObservation.ts';

const SQL = `
WITH input AS (
  SELECT x.*, row_number() OVER (PARTITION BY x.ds, x.t ORDER BY x.i) AS rn
  FROM jsonb_to_recordset($1::jsonb) AS x(i int, ds bigint, t timestamptz, te timestamptz, rt timestamptz, rn_ double precision, rj jsonb, rq jsonb, pa jsonb, foi bigint)
), ins AS (
  INSERT INTO sta_observations (datastream_id, phenomenon_time, phenomenon_time_end, result_time, result_number, result_json, result_quality, parameters, foi_id)
  SELECT ds, t, te, rt, rn_, rj, rq, pa, foi FROM input WHERE rn = 1 ORDER BY i
  ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING
  RETURNING id, datastream_id, phenomenon_time
)
SELECT input.i, ins.id FROM input LEFT JOIN ins ON input.rn = 1 AND ins.datastream_id = input.ds AND ins.phenomenon_time = input.t ORDER BY input.i`;

/** Inserts `rows`; returns the new id per row, or null where the row was a duplicate. */
export async function insertObservations(db: Queryable, rows: ObservationRow[]): Promise<Array<number | null>> {
  if (rows.length === 0) return [];
  const payload = rows.map((r, i) => ({
    i,
    ds: r.datastreamId,
    t: r.phenomenonTime,
    te: r.phenomenonTimeEnd,
    rt: r.resultTime,
    rn_: r.resultNumber,
    rj: r.resultJson === null || r.resultJson === undefined ? null : r.resultJson,
    rq: r.resultQuality,
    pa: r.parameters,
    foi: r.foiId,
  }));
  const result = await db.query<{ i: number; id: number | null }>(SQL, [JSON.stringify(payload)]);
  const ids: Array<number | null> = new Array(rows.length).fill(null);
  for (const r of result) ids[r.i] = r.id === null ? null : Number(r.id);
  return ids;
}
