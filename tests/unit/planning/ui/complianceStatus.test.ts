/** Status index for colouring: baseline statuses, overlaid by a scenario's proposals, affected buildings and demolitions. */
import { describe, expect, it } from 'vitest';
import type { Violation } from '../../../../src/planning/Violation.ts';
import { buildStatusIndex, worstSeverity } from '../../../../src/planning/ui/complianceStatus.ts';

const v = (severity: Violation['severity'], ruleId = `r/${severity}`): Violation => ({ ruleId, kind: 'max-height', measured: 2, allowed: 1, excess: 1, severity });

describe('compliance status', () => {
  it('worstSeverity picks critical over major over minor', () => {
    expect(worstSeverity([])).toBeUndefined();
    expect(worstSeverity([v('minor'), v('critical'), v('major')])).toBe('critical');
    expect(worstSeverity([v('minor'), v('major')])).toBe('major');
  });

  it('baseline only: violating buildings by worst severity, nothing hidden', () => {
    const index = buildStatusIndex([{ buildingId: 'a', zoneIds: [], violations: [v('major')] }, { buildingId: 'b', zoneIds: [], violations: [] }]);
    expect(index.status.get('a')).toBe('major');
    expect(index.status.has('b')).toBe(false);
    expect(index.hidden.size).toBe(0);
  });

  it('a scenario overlays proposals, affected buildings and demolitions', () => {
    const index = buildStatusIndex(
      [{ buildingId: 'a', zoneIds: [], violations: [v('major')] }, { buildingId: 'd', zoneIds: [], violations: [v('minor')] }, { buildingId: 'h', zoneIds: [], violations: [] }],
      {
        proposals: [
          { buildingId: 'new-ok', zoneIds: [], violations: [], proposal: 'new' },
          { buildingId: 'new-bad', zoneIds: [], violations: [v('critical')], proposal: 'new' },
          { buildingId: 'h', zoneIds: [], violations: [v('major')], proposal: 'height-change' },
        ],
        affected: [{ buildingId: 'a', zoneIds: [], violations: [], baselineViolations: [v('major')] }, { buildingId: 'c', zoneIds: [], violations: [v('minor')], baselineViolations: [] }],
        demolished: ['d'],
        unknownIds: [],
      },
    );
    expect(index.status.get('new-ok')).toBe('proposal');
    expect(index.status.get('new-bad')).toBe('critical');
    expect(index.status.get('h')).toBe('major');
    expect(index.status.has('a')).toBe(false); // the scenario fixed it
    expect(index.status.get('c')).toBe('minor');
    expect(index.status.has('d')).toBe(false);
    expect([...index.hidden].sort()).toEqual(['d', 'h']);
  });
});
