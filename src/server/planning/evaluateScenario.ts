/** Evaluates a scenario over the baseline: compliance of proposals and of baseline buildings it affects, and metrics. */
import { applyScenario, type ScenarioState } from '../../planning/scenario/applyScenario.ts';
import { computeMetrics, type PlanningMetrics } from '../../planning/computeMetrics.ts';
import { evaluate } from '../../planning/evaluate.ts';
import { rulesFromZones } from '../../planning/rulesFromZones.ts';
import type { ScenarioDocument } from '../../planning/scenario/scenarioSchema.ts';
import { viewConeRules } from '../../planning/viewConeRules.ts';
import type { BuildingCompliance } from '../../planning/Violation.ts';
import type { Baseline } from './loadBaseline.ts';

/** A building's compliance with what the scenario did to it. */
export interface ProposalCompliance extends BuildingCompliance {
  proposal: 'new' | 'height-change';
}

/** A scenario evaluated against the baseline. */
export interface ScenarioEvaluation {
  state: ScenarioState;
  results: BuildingCompliance[];
  proposals: ProposalCompliance[];
  /** Baseline buildings (not proposals) whose violations differ from the baseline's. */
  affected: Array<BuildingCompliance & { baselineViolations: BuildingCompliance['violations'] }>;
}

const signature = (r: BuildingCompliance) => r.violations.map((v) => `${v.ruleId}:${v.measured}`).join('|');

/** Applies `doc` to `baseline` and evaluates every building of the result. */
export function evaluateScenario(baseline: Baseline, doc: ScenarioDocument): ScenarioEvaluation {
  const state = applyScenario(baseline.buildings, baseline.zones, doc);
  const rules = [...rulesFromZones(state.zones), ...viewConeRules(baseline.viewpoints)];
  const results = evaluate(state.buildings, state.zones, rules, { parcels: baseline.parcels, origin: baseline.origin });
  const before = new Map(baseline.results.map((r) => [r.buildingId, r]));
  const proposals: ProposalCompliance[] = [];
  const affected: ScenarioEvaluation['affected'] = [];
  state.buildings.forEach((b, i) => {
    const r = results[i]!;
    if (b.proposal) proposals.push({ ...r, proposal: b.proposal });
    else {
      const old = before.get(b.id);
      if (old && signature(old) !== signature(r)) affected.push({ ...r, baselineViolations: old.violations });
    }
  });
  return { state, results, proposals, affected };
}

/** Baseline and scenario metrics side by side. */
export function scenarioMetrics(baseline: Baseline, evaluation: ScenarioEvaluation): { baseline: PlanningMetrics; scenario: PlanningMetrics } {
  return {
    baseline: computeMetrics(baseline.buildings, baseline.zones, baseline.results),
    scenario: computeMetrics(evaluation.state.buildings, evaluation.state.zones, evaluation.results),
  };
}
