/**
 * The rows of the violation list: one per broken rule, proposals first, worst severity first,
 * with what the building is (new, height change, baseline) so a planner sees the cause.
 */
import type { Severity } from '../Rule.ts';
import type { BuildingCompliance, LineOfSight, Violation } from '../Violation.ts';
import { severityRank } from './complianceStatus.ts';
import type { ScenarioComplianceView } from './ScenarioCompliance.ts';

/** What the violating building is. */
export type ViolationSubject = 'new' | 'height-change' | 'baseline';

/** One row. */
export interface ViolationEntry {
  buildingId: string;
  subject: ViolationSubject;
  ruleId: string;
  kind: Violation['kind'];
  zoneId?: string;
  measured: number | string;
  allowed: number | string;
  excess: number | null;
  severity: Severity;
  lineOfSight?: LineOfSight;
}

function rows(r: BuildingCompliance, subject: ViolationSubject): ViolationEntry[] {
  return r.violations.map((v) => ({
    buildingId: r.buildingId, subject, ruleId: v.ruleId, kind: v.kind, zoneId: v.zoneId,
    measured: v.measured, allowed: v.allowed, excess: v.excess, severity: v.severity, lineOfSight: v.lineOfSight,
  }));
}

const SUBJECT_ORDER: Record<ViolationSubject, number> = { new: 0, 'height-change': 0, baseline: 1 };

/** Sorts proposals before baseline, then worst severity, then building and rule id. */
function sortEntries(list: ViolationEntry[]): ViolationEntry[] {
  return list.sort((a, b) => SUBJECT_ORDER[a.subject] - SUBJECT_ORDER[b.subject] || severityRank(b.severity) - severityRank(a.severity)
    || a.buildingId.localeCompare(b.buildingId) || a.ruleId.localeCompare(b.ruleId));
}

/** Rows of a scenario: its proposals' violations and those of affected baseline buildings. */
export function scenarioViolationEntries(compliance: ScenarioComplianceView): ViolationEntry[] {
  return sortEntries([
    ...compliance.proposals.flatMap((p) => rows(p, p.proposal)),
    ...compliance.affected.flatMap((a) => rows(a, 'baseline')),
  ]);
}

/** Rows of the baseline itself (its violating buildings). */
export function baselineViolationEntries(violating: readonly BuildingCompliance[]): ViolationEntry[] {
  return sortEntries(violating.flatMap((r) => rows(r, 'baseline')));
}

/** Formats a measured/allowed value: numbers to 2 decimals with the unit of the rule kind. */
export function formatLimit(kind: Violation['kind'], value: number | string | null): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  const ratio = kind === 'max-coverage' || kind === 'max-far';
  return ratio ? value.toFixed(2) : `${value.toFixed(2)} m`;
}
