/**
 * The one INSERT every observation goes through (HTTP, bulk, MQTT group commit), on PGlite and
 * PostgreSQL: ids in batch order, duplicates (within the batch and against the table) answered
 * with null and not stored, and every column — JSON results, quality, parameters, intervals —
 * stored as given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObservationRow } from '../../src/server/sta/prepareObservation.ts';
import { insertObservations } from '../../src/server/sta/insertObservations.ts';
import { startStaHarness, type StaHarness } from '../unit/server/sta/staHarness.ts';
import { BACKENDS } from './testServer.ts';

const DS = 9001;
const row = (minute: number, patch: Partial<ObservationRow> = {}): ObservationRow => ({
  datastreamId: DS,
  phenomenonTime: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
  phenomenonTimeEnd: null,
  resultTime: null,
  resultNumber: minute + 0.5,
  resultJson: null,
  resultQuality: null,
  parameters: null,
  foiId: null,
  ...patch,
});

describe.each(BACKENDS)('insertObservations on %s', (backend) => {
  let h: StaHarness;
  beforeAll(async () => {
    h = await startStaHarness(backend);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('stores a batch in order, answers duplicates with null, and keeps every column', async () => {
    const rich = row(3, {
      phenomenonTimeEnd: new Date(Date.UTC(2026, 0, 1, 0, 4)).toISOString(),
      resultTime: new Date(Date.UTC(2026, 0, 1, 0, 5)).toISOString(),
      resultNumber: null,
      resultJson: { state: 'calibrating', list: [1, 'two', null] },
      resultQuality: ['suspect'],
      parameters: { note: 'a "quoted" note, {braces}' },
      foiId: 77,
    });
    const ids = await insertObservations(h.db, [row(1), row(2), row(1, { resultNumber: 99 }), rich]);
    expect(ids[2]).toBeNull();
    const [a, b, , c] = ids as number[];
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);

    const again = await insertObservations(h.db, [row(2), row(6)]);
    expect(again[0]).toBeNull();
    expect(again[1]).toBeGreaterThan(c);

    const stored = await h.db.query<Record<string, unknown>>(
      `SELECT id, result_number, result_json, result_quality, parameters, foi_id,
              to_char(phenomenon_time_end AT TIME ZONE 'UTC', 'HH24:MI') AS te, to_char(result_time AT TIME ZONE 'UTC', 'HH24:MI') AS rt
         FROM sta_observations WHERE datastream_id = $1 ORDER BY id`,
      [DS],
    );
    expect(stored.map((r) => Number(r.id))).toEqual([a, b, c, again[1]]);
    expect(stored[0]).toMatchObject({ result_number: 1.5, result_json: null, result_quality: null, parameters: null, foi_id: null, te: null, rt: null });
    expect(stored[2]).toMatchObject({ result_number: null, result_json: rich.resultJson, result_quality: ['suspect'], parameters: rich.parameters, te: '00:04', rt: '00:05' });
    expect(Number(stored[2].foi_id)).toBe(77);
  });

  it('answers an empty batch without a statement', async () => {
    expect(await insertObservations(h.db, [])).toEqual([]);
  });
});
