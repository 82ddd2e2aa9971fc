/**
 * The metrics table, baseline vs scenario: city totals (floor area, residents, violations by
 * severity) and per zoning zone GFA, FAR and coverage, each with the change.
 */
import type { PlanningMetrics, ZoneMetrics } from '../computeMetrics.ts';

/** A row of totals. */
export interface MetricRow {
  /** Message key of the row label. */
  key: 'buildings' | 'gfa' | 'residentialGfa' | 'residents' | 'violations' | 'critical' | 'major' | 'minor';
  baseline: number;
  scenario: number;
  /** scenario − baseline. */
  delta: number;
  /** Decimals to show. */
  decimals: number;
}

/** A zone row: GFA (m²), FAR and coverage (fractions), baseline and scenario. */
export interface ZoneRow {
  zoneId: string;
  code?: string;
  name?: string;
  gfa: [number, number];
  far: [number, number];
  coverage: [number, number];
  /** Whether any value differs between baseline and scenario. */
  changed: boolean;
}

/** The totals rows. */
export function metricRows(baseline: PlanningMetrics, scenario: PlanningMetrics): MetricRow[] {
  const row = (key: MetricRow['key'], b: number, s: number, decimals = 0): MetricRow => ({ key, baseline: b, scenario: s, delta: Math.round((s - b) * 10 ** decimals) / 10 ** decimals, decimals });
  return [
    row('buildings', baseline.buildings, scenario.buildings),
    row('gfa', baseline.grossFloorAreaM2, scenario.grossFloorAreaM2),
    row('residentialGfa', baseline.residentialFloorAreaM2, scenario.residentialFloorAreaM2),
    row('residents', baseline.estimatedResidents, scenario.estimatedResidents),
    row('violations', baseline.violations.total, scenario.violations.total),
    row('critical', baseline.violations.bySeverity.critical, scenario.violations.bySeverity.critical),
    row('major', baseline.violations.bySeverity.major, scenario.violations.bySeverity.major),
    row('minor', baseline.violations.bySeverity.minor, scenario.violations.bySeverity.minor),
  ];
}

/** Zone rows, changed zones first (then by zone id). */
export function zoneRows(baseline: PlanningMetrics, scenario: PlanningMetrics): ZoneRow[] {
  const before = new Map<string, ZoneMetrics>(baseline.zones.map((z) => [z.zoneId, z]));
  return scenario.zones.map((z) => {
    const b = before.get(z.zoneId);
    const gfa: [number, number] = [b?.grossFloorAreaM2 ?? 0, z.grossFloorAreaM2];
    const far: [number, number] = [b?.far ?? 0, z.far];
    const coverage: [number, number] = [b?.coverage ?? 0, z.coverage];
    const changed = gfa[0] !== gfa[1] || far[0] !== far[1] || coverage[0] !== coverage[1];
    return { zoneId: z.zoneId, code: z.code, name: z.name, gfa, far, coverage, changed };
  }).sort((a, b) => Number(b.changed) - Number(a.changed) || a.zoneId.localeCompare(b.zoneId));
}
