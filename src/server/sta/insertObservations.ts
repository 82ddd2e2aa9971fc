/**
 * Inserts validated observations in one statement, skipping duplicates of (datastream,
 * phenomenonTime) — in the table or earlier in the same batch. Used for single HTTP creates, bulk
 * arrays and batched MQTT ingest alike.
 *
 * The rows travel column-wise as typed array literals expanded by `unnest` (built here as text:
 * one string per column instead of one JSON object per row, which PostgreSQL parses as jsonb);
 * the rarely used JSON columns go as one jsonb array each, or NULL when the whole batch has none.
 * Duplicates within the batch are dropped here before the statement, so the SQL needs no window.
 */
import type { Queryable } from '../db/Database.ts';
import type { ObservationRow } from './prepareObservation.ts';

const SQL = `
WITH input AS (
  SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::float8[], $6::bigint[]) WITH ORDINALITY AS x(ds, t, te, rt, num, foi, i)
), ins AS (
  INSERT INTO sta_observations (datastream_id, phenomenon_time, phenomenon_time_end, result_time, result_number, result_json, result_quality, parameters, foi_id)
  SELECT ds, t, te, rt, num,
         NULLIF($7::jsonb -> (i::int - 1), 'null'::jsonb), NULLIF($8::jsonb -> (i::int - 1), 'null'::jsonb), NULLIF($9::jsonb -> (i::int - 1), 'null'::jsonb), foi
    FROM input ORDER BY i
  ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING
  RETURNING id, datastream_id, phenomenon_time
)
SELECT input.i, ins.id FROM input JOIN ins ON ins.datastream_id = input.ds AND ins.phenomenon_time = input.t`;

/** A PostgreSQL array literal of numbers or ISO timestamps (neither needs quoting); null → NULL. */
function arrayLiteral(values: Array<string | number | null>): string {
  let text = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    text += (i ? ',' : '') + (v === null ? 'NULL' : String(v));
  }
  return `${text}}`;
}

/** A JSON array of one JSON column, or null when no row has a value (the common case). */
function jsonColumn(values: unknown[]): string | null {
  return values.some((v) => v !== null && v !== undefined) ? JSON.stringify(values.map((v) => v ?? null)) : null;
}

/** Inserts `rows`; returns the new id per row, or null where the row was a duplicate. */
export async function insertObservations(db: Queryable, rows: ObservationRow[]): Promise<Array<number | null>> {
  if (rows.length === 0) return [];
  // first occurrence of each (datastream, phenomenonTime) only; times are normalised ISO strings
  const seen = new Set<string>();
  const unique: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const key = `${rows[i].datastreamId}|${rows[i].phenomenonTime}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(i);
  }
  const pick = <T>(f: (r: ObservationRow) => T): T[] => unique.map((i) => f(rows[i]));
  const result = await db.query<{ i: number; id: number }>(SQL, [
    arrayLiteral(pick((r) => r.datastreamId)),
    arrayLiteral(pick((r) => r.phenomenonTime)),
    arrayLiteral(pick((r) => r.phenomenonTimeEnd)),
    arrayLiteral(pick((r) => r.resultTime)),
    arrayLiteral(pick((r) => r.resultNumber)),
    arrayLiteral(pick((r) => r.foiId)),
    jsonColumn(pick((r) => r.resultJson)),
    jsonColumn(pick((r) => r.resultQuality)),
    jsonColumn(pick((r) => r.parameters)),
  ]);
  const ids: Array<number | null> = new Array<number | null>(rows.length).fill(null);
  for (const r of result) ids[unique[Number(r.i) - 1]] = Number(r.id);
  return ids;
}
