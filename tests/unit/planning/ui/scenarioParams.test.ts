/** URL parameters of the scenario tools: defaults and rejection of bad values. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPLIT, parseScenarioParams } from '../../../../src/planning/ui/scenarioParams.ts';

describe('scenario params', () => {
  it('defaults: baseline, compliance colours, no compare, divider in the middle', () => {
    expect(parseScenarioParams({})).toEqual({ scenarioId: undefined, colourBy: 'compliance', compare: false, split: DEFAULT_SPLIT });
  });

  it('reads scenario, colour, compare and split', () => {
    expect(parseScenarioParams({ scenario: 'x', colour: 'year', compare: '1', split: '0.3' })).toEqual({ scenarioId: 'x', colourBy: 'year', compare: true, split: 0.3 });
  });

  it('falls back on unknown or out-of-range values', () => {
    expect(parseScenarioParams({ colour: 'zone', compare: 'yes', split: '1.5', scenario: '' })).toEqual({ scenarioId: undefined, colourBy: 'compliance', compare: false, split: DEFAULT_SPLIT });
    expect(parseScenarioParams({ split: 'abc' }).split).toBe(DEFAULT_SPLIT);
  });
});
