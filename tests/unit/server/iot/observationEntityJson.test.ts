import { describe, expect, it } from 'vitest';
import { observationEntity, observationEntityJson } from '../../../../src/server/iot/ObservationIngest.ts';
import type { CreatedObservation } from '../../../../src/server/sta/createEntity.ts';
import type { ObservationRow } from '../../../../src/server/sta/prepareObservation.ts';

const base: ObservationRow = {
  datastreamId: 42,
  phenomenonTime: '2026-11-29T01:02:03.456Z',
  phenomenonTimeEnd: null,
  resultTime: null,
  resultNumber: 12.5,
  resultJson: null,
  resultQuality: null,
  parameters: null,
  foiId: 7,
};

function created(row: Partial<ObservationRow>, id = 1001): CreatedObservation {
  return { id, thingId: 3, row: { ...base, ...row } };
}

describe('observationEntityJson', () => {
  it('writes exactly what JSON.stringify(observationEntity) writes, for every shape of row', () => {
    const cases: CreatedObservation[] = [
      created({}),
      created({ resultNumber: 0 }),
      created({ resultNumber: -0.000001 }),
      created({ resultNumber: 1e21 }),
      created({ resultNumber: null, resultJson: { state: 'ok', list: [1, 'two', null] } }),
      created({ resultNumber: null, resultJson: 'text with "quotes" and \\ backslash\n' }),
      created({ resultNumber: null, resultJson: true }),
      created({ resultNumber: null, resultJson: null }),
      created({ phenomenonTimeEnd: '2026-11-29T02:00:00.000Z', resultTime: '2026-11-29T02:00:01.000Z' }),
      created({ resultQuality: ['ok'], parameters: { unit: 'µg/m³', 'odd "key"': 1 } }),
    ];
    for (const c of cases) {
      const text = observationEntityJson(c);
      expect(text).toBe(JSON.stringify(observationEntity(c)));
      expect(JSON.parse(text)['@iot.id']).toBe(c.id);
    }
  });
});
