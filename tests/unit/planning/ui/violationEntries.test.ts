/** Violation list rows: proposals first, worst severity first; value formatting per rule kind. */
import { describe, expect, it } from 'vitest';
import type { Violation } from '../../../../src/planning/Violation.ts';
import { baselineViolationEntries, formatLimit, scenarioViolationEntries } from '../../../../src/planning/ui/violationEntries.ts';

const v = (ruleId: string, severity: Violation['severity'], kind: Violation['kind'] = 'max-height'): Violation => ({ ruleId, kind, zoneId: 'z', measured: 12, allowed: 11, excess: 1, severity });

describe('violation entries', () => {
  it('lists proposals before affected baseline buildings, each by severity', () => {
    const rows = scenarioViolationEntries({
      proposals: [{ buildingId: 'p1', zoneIds: ['z'], violations: [v('z/max-height', 'major'), v('view/a/b', 'critical', 'view-cone')], proposal: 'new' }],
      affected: [{ buildingId: 'b1', zoneIds: ['z'], violations: [v('z/max-far', 'critical', 'max-far')], baselineViolations: [] }],
      demolished: [], unknownIds: [],
    });
    expect(rows.map((r) => [r.buildingId, r.ruleId, r.subject])).toEqual([
      ['p1', 'view/a/b', 'new'], ['p1', 'z/max-height', 'new'], ['b1', 'z/max-far', 'baseline'],
    ]);
    expect(rows[0]).toMatchObject({ measured: 12, allowed: 11, zoneId: 'z', severity: 'critical' });
  });

  it('a complying scenario has no rows', () => {
    expect(scenarioViolationEntries({ proposals: [{ buildingId: 'p', zoneIds: [], violations: [], proposal: 'new' }], affected: [], demolished: [], unknownIds: [] })).toEqual([]);
  });

  it('baseline rows sort by severity then building id', () => {
    const rows = baselineViolationEntries([
      { buildingId: 'b', zoneIds: [], violations: [v('r1', 'major')] },
      { buildingId: 'a', zoneIds: [], violations: [v('r1', 'major')] },
      { buildingId: 'c', zoneIds: [], violations: [v('r2', 'critical')] },
    ]);
    expect(rows.map((r) => r.buildingId)).toEqual(['c', 'a', 'b']);
  });

  it('formats metres, ratios and labels', () => {
    expect(formatLimit('heritage-height', 11.9)).toBe('11.90 m');
    expect(formatLimit('max-far', 4.4742)).toBe('4.47');
    expect(formatLimit('forbidden-use', 'industrial')).toBe('industrial');
    expect(formatLimit('no-new-construction', null)).toBe('–');
  });
});
