/** The chain-stage filter: URL parameter round trip and which facilities it keeps. */
import { describe, expect, it } from 'vitest';
import { CHAIN_STAGES, facilityStages, filterFacilitiesByStages, parseStagesParam, stagesParam } from '../../../../src/logistics/ui/chainStages.ts';

const facility = (id: string, properties: Record<string, unknown>) => ({ id, properties });

describe('chain stages', () => {
  it('reads stages= (absent = all, empty = none, unknown ids dropped) and writes it back', () => {
    expect(parseStagesParam(undefined).size).toBe(CHAIN_STAGES.length);
    expect(parseStagesParam('').size).toBe(0);
    expect([...parseStagesParam('customs,bogus,production')]).toEqual(['production', 'customs']);
    expect(stagesParam(new Set(CHAIN_STAGES))).toBeUndefined();
    expect(stagesParam(new Set(['customs', 'production'] as const))).toBe('production,customs');
    expect(stagesParam(new Set())).toBe('');
  });

  it('takes a facility’s stages from the array, its JSON text (tiles) or stages_csv', () => {
    expect(facilityStages({ stages: ['customs', 'nope', 'warehousing'] })).toEqual(['customs', 'warehousing']);
    expect(facilityStages({ stages: '["port-handling"]' })).toEqual(['port-handling']);
    expect(facilityStages({ stages_csv: 'delivery, inspection' })).toEqual(['delivery', 'inspection']);
    expect(facilityStages({})).toEqual([]);
    expect(facilityStages(null)).toEqual([]);
  });

  it('keeps facilities taking part in any selected stage; all of them when every stage is selected', () => {
    const all = [
      facility('port', { stages: ['port-handling', 'customs'] }),
      facility('zone', { stages: ['production', 'packaging-labelling'] }),
      facility('unknown', {}),
    ];
    expect(filterFacilitiesByStages(all, new Set(CHAIN_STAGES)).map((f) => f.id)).toEqual(['port', 'zone', 'unknown']);
    expect(filterFacilitiesByStages(all, parseStagesParam('customs')).map((f) => f.id)).toEqual(['port']);
    expect(filterFacilitiesByStages(all, parseStagesParam('production,customs')).map((f) => f.id)).toEqual(['port', 'zone']);
    expect(filterFacilitiesByStages(all, parseStagesParam(''))).toEqual([]);
  });
});
