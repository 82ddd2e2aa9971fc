/**
 * Per-building compliance status for colouring the 3D view: the worst severity of a building's
 * violations, starting from the baseline's violating buildings and overlaid with what a scenario
 * changes (proposals, affected baseline buildings, demolitions).
 */
import type { Severity } from '../Rule.ts';
import type { BuildingCompliance, Violation } from '../Violation.ts';
import type { ScenarioComplianceView } from './ScenarioCompliance.ts';

/** Status of one building: complies (`ok`), a complying proposal (`proposal`), or its worst violation's severity. */
export type ComplianceStatus = 'ok' | 'proposal' | Severity;

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/** Rank of a severity (minor 1, major 2, critical 3) for sorting worst first. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** The worst severity among `violations`, undefined when there are none. */
export function worstSeverity(violations: readonly Violation[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const v of violations) if (!worst || RANK[v.severity] > RANK[worst]) worst = v.severity;
  return worst;
}

/** Statuses by building id (buildings not listed are `ok`) and the ids to hide (demolished or replaced by a height change). */
export interface StatusIndex {
  status: Map<string, ComplianceStatus>;
  hidden: Set<string>;
}

/** Builds the index from the baseline's violating buildings and, when given, a scenario's compliance. */
export function buildStatusIndex(baselineViolating: readonly BuildingCompliance[], scenario?: ScenarioComplianceView): StatusIndex {
  const status = new Map<string, ComplianceStatus>();
  for (const r of baselineViolating) {
    const worst = worstSeverity(r.violations);
    if (worst) status.set(r.buildingId, worst);
  }
  const hidden = new Set<string>();
  if (!scenario) return { status, hidden };
  for (const a of scenario.affected) {
    const worst = worstSeverity(a.violations);
    if (worst) status.set(a.buildingId, worst);
    else status.delete(a.buildingId);
  }
  for (const p of scenario.proposals) {
    status.set(p.buildingId, worstSeverity(p.violations) ?? 'proposal');
    // A height change is drawn as a proposal solid; the baseline building under it is hidden.
    if (p.proposal === 'height-change') hidden.add(p.buildingId);
  }
  for (const id of scenario.demolished) {
    hidden.add(id);
    status.delete(id);
  }
  return { status, hidden };
}
