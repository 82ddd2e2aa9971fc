/** What `GET /api/scenarios/{id}/compliance` returns, and what the browser computes for a draft in the same shape. */
import type { BuildingCompliance } from '../Violation.ts';

/** A proposal's compliance (new building or height change). */
export interface ProposalComplianceView extends BuildingCompliance {
  proposal: 'new' | 'height-change';
}

/** A baseline building whose violations the scenario changes. */
export interface AffectedComplianceView extends BuildingCompliance {
  baselineViolations: BuildingCompliance['violations'];
}

/** Compliance of a scenario over the baseline. */
export interface ScenarioComplianceView {
  proposals: ProposalComplianceView[];
  affected: AffectedComplianceView[];
  /** Demolished baseline building ids. */
  demolished: string[];
  /** Ids the scenario names that the baseline lacks. */
  unknownIds: string[];
}
