import { describe, expect, it } from 'vitest';
import { prepareObservation, type DatastreamInfo } from '../../../../src/server/sta/prepareObservation.ts';

const ds: DatastreamInfo = { id: 1, thingId: 1, unitSymbol: 'µg/m³', observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement', validRange: [0, null], defaultFoiId: null };
const NOW = Date.UTC(2030, 0, 1);

function stored(phenomenonTime: string): string | undefined {
  const prepared = prepareObservation({ phenomenonTime, resultTime: phenomenonTime, result: 1 }, ds, NOW);
  if (!prepared.ok) return undefined;
  expect(prepared.row.resultTime).toBe(prepared.row.phenomenonTime);
  return prepared.row.phenomenonTime;
}

describe('observation times', () => {
  it('stores exactly what toISOString writes, whatever form the time came in', () => {
    const times = [
      '2026-11-29T01:02:03.456Z',
      '2026-02-28T23:59:59.999Z',
      '2026-02-29T00:00:00.000Z', // no such day: rolls over like Date.parse does
      '2024-02-29T12:00:00.000Z',
      '2026-04-31T10:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
      '2026-01-01T24:00:00.000Z',
      '2026-01-01T00:00:00Z',
      '2026-01-01T07:00:00+07:00',
      '2026-01-01T00:00:00.1234Z',
      '2026-01-01',
      '0001-01-01T00:00:00.000Z',
    ];
    for (let i = 0; i < 200; i++) times.push(new Date(Date.UTC(2000, 0, 1) + Math.floor(Math.random() * 30 * 365 * 86_400_000)).toISOString());
    for (const t of times) expect(stored(t), t).toBe(new Date(Date.parse(t)).toISOString());
  });

  it('rejects times that are not times', () => {
    for (const t of ['2026-13-01T00:00:00.000Z', '2026-01-00T00:00:00.000Z', '2026-01-01T23:59:60.000Z', 'yesterday']) expect(stored(t), t).toBeUndefined();
  });
});
