/** Metrics comparison: totals with deltas and zone rows with changed zones first. */
import { describe, expect, it } from 'vitest';
import type { PlanningMetrics, ZoneMetrics } from '../../../../src/planning/computeMetrics.ts';
import { metricRows, zoneRows } from '../../../../src/planning/ui/compareMetrics.ts';

const zone = (zoneId: string, gfa: number, far: number, coverage: number): ZoneMetrics => ({ zoneId, buildings: 1, areaM2: 1000, footprintM2: coverage * 1000, grossFloorAreaM2: gfa, far, coverage });
const metrics = (gfa: number, residents: number, bySeverity: PlanningMetrics['violations']['bySeverity'], zones: ZoneMetrics[]): PlanningMetrics => ({
  buildings: 10, grossFloorAreaM2: gfa, residentialFloorAreaM2: residents * 30, estimatedResidents: residents,
  violations: { total: bySeverity.minor + bySeverity.major + bySeverity.critical, buildings: 1, bySeverity, byKind: {} }, zones,
});

describe('compare metrics', () => {
  const base = metrics(1000.5, 20, { minor: 0, major: 1, critical: 0 }, [zone('a', 500, 0.5, 0.3), zone('b', 500.5, 0.5, 0.3)]);
  const scen = metrics(1300.5, 25, { minor: 0, major: 1, critical: 1 }, [zone('a', 500, 0.5, 0.3), zone('b', 800.5, 0.8, 0.35)]);

  it('totals: baseline, scenario and the change for every row', () => {
    const rows = metricRows(base, scen);
    expect(rows.map((r) => r.key)).toEqual(['buildings', 'gfa', 'residentialGfa', 'residents', 'violations', 'critical', 'major', 'minor']);
    expect(rows.find((r) => r.key === 'gfa')).toMatchObject({ baseline: 1000.5, scenario: 1300.5, delta: 300 });
    expect(rows.find((r) => r.key === 'critical')).toMatchObject({ baseline: 0, scenario: 1, delta: 1 });
    expect(rows.find((r) => r.key === 'buildings')!.delta).toBe(0);
  });

  it('zones: changed first, each with baseline → scenario GFA, FAR and coverage', () => {
    const rows = zoneRows(base, scen);
    expect(rows.map((r) => [r.zoneId, r.changed])).toEqual([['b', true], ['a', false]]);
    expect(rows[0]).toMatchObject({ gfa: [500.5, 800.5], far: [0.5, 0.8], coverage: [0.3, 0.35] });
  });

  it('a zone missing from the baseline counts from zero', () => {
    const rows = zoneRows(metrics(0, 0, { minor: 0, major: 0, critical: 0 }, []), scen);
    expect(rows.every((r) => r.changed)).toBe(true);
    expect(rows.find((r) => r.zoneId === 'a')!.gfa).toEqual([0, 500]);
  });
});
