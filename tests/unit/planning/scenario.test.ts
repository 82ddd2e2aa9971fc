/** Scenario documents: validation naming the field, the sample files, applying proposals over a baseline. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../../src/planning/scenario/applyScenario.ts';
import { scenarioSchema } from '../../../src/planning/scenario/scenarioSchema.ts';
import { fieldPath, validateScenario } from '../../../src/planning/scenario/validateScenario.ts';
import type { PlanningZone } from '../../../src/planning/PlanningZone.ts';
import { isScenarioFile } from '../../../src/server/planning/seedScenarios.ts';
import { rect } from './fixtures.ts';

const fp = rect(0, 0, 10, 10);
const errorsOf = (doc: unknown) => {
  const r = validateScenario(doc);
  return r.ok ? [] : r.errors;
};

describe('validateScenario', () => {
  it('accepts the sample scenarios in scenarios/', () => {
    const files = readdirSync('scenarios').filter(isScenarioFile);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(errorsOf(JSON.parse(readFileSync(`scenarios/${f}`, 'utf8'))), f).toEqual([]);
  });
  it('names the field of every problem', () => {
    expect(fieldPath('/newBuildings/0/heightM')).toBe('newBuildings[0].heightM');
    expect(errorsOf({})).toEqual(['title is required']);
    expect(errorsOf({ title: 't', newBuildings: [{ id: 'a', footprint: fp, heightM: -1, use: 'residential' }] })).toEqual(['newBuildings[0].heightM must be >= 0']);
    expect(errorsOf({ title: 't', newBuildings: [{ id: 'a', footprint: fp, use: 'residential' }] })).toEqual(['newBuildings[0].heightM is required when levels is not given']);
    expect(errorsOf({ title: 't', newBuildings: [{ id: 'a', footprint: fp, heightM: 3 }] })).toEqual(['newBuildings[0].use is required']);
    expect(errorsOf({ title: 't', colour: 'red' })).toEqual(['colour is not a known field']);
    expect(errorsOf({ title: 't', zoningOverrides: [{ zoneId: 'z', maxCoverage: 2 }] })).toEqual(['zoningOverrides[0].maxCoverage must be <= 1']);
    const open = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
    expect(errorsOf({ title: 't', newBuildings: [{ id: 'a', footprint: open, heightM: 3, use: 'x' }] })).toEqual(['newBuildings[0].footprint.coordinates[0] must be closed (last position = first)']);
    expect(errorsOf({ title: 't', newBuildings: [{ id: 'a', footprint: { type: 'Point', coordinates: [0, 0] }, heightM: 3, use: 'x' }] })[0]).toMatch(/^newBuildings\[0\]\.footprint/);
  });
  it('keeps scenarios/scenario.schema.json in step with the TS schema', () => {
    expect(JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(scenarioSchema)));
  });
});

describe('applyScenario', () => {
  const zones: PlanningZone[] = [{ id: 'z', kind: 'zoning', geometry: fp, maxHeightM: 12 }];
  const baseline = [
    { id: 'b1', footprint: fp, heightM: 6, levels: 2 },
    { id: 'b2', footprint: fp, heightM: 9, levels: 3 },
  ];
  it('layers demolitions, height changes, new buildings and zoning overrides without touching the baseline', () => {
    const s = applyScenario(baseline, zones, {
      title: 't', demolitions: ['b1', 'ghost'], heightChanges: [{ buildingId: 'b2', heightM: 15 }],
      newBuildings: [{ id: 'n1', footprint: fp, levels: 4, use: 'residential' }], zoningOverrides: [{ zoneId: 'z', maxHeightM: 20 }],
    });
    expect(s.buildings.map((b) => [b.id, b.heightM, b.levels, b.proposal])).toEqual([['b2', 15, null, 'height-change'], ['n1', null, 4, 'new']]);
    expect(s.zones[0]!.maxHeightM).toBe(20);
    expect(zones[0]!.maxHeightM).toBe(12);
    expect(baseline[1]!.heightM).toBe(9);
    expect(s.demolished).toEqual(['b1']);
    expect(s.unknownIds).toEqual(['ghost']);
    expect([...s.proposalIds]).toEqual(['b2', 'n1']);
  });
});
