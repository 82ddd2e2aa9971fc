/**
 * Memoises scenario evaluations and baseline metrics per baseline object: the baseline is itself
 * cached until a revision of its collections changes ({@link loadBaseline}), so keying on it drops
 * every cached evaluation at the same moment. A scenario version is immutable, so `id@version` is a
 * safe key; /compliance, /metrics and /report of one version then share one evaluation (~1 s each
 * on 82k buildings before, a map look-up after).
 */
import { computeMetrics, type PlanningMetrics } from '../../planning/computeMetrics.ts';
import type { ScenarioDocument } from '../../planning/scenario/scenarioSchema.ts';
import { evaluateScenario, type ScenarioEvaluation } from './evaluateScenario.ts';
import type { Baseline } from './loadBaseline.ts';

/** Evaluations kept per baseline (oldest dropped first). */
export const MAX_CACHED_EVALUATIONS = 32;

const evaluations = new WeakMap<Baseline, Map<string, ScenarioEvaluation>>();
const baselineMetrics = new WeakMap<Baseline, PlanningMetrics>();
const scenarioMetrics = new WeakMap<ScenarioEvaluation, PlanningMetrics>();

/** The evaluation of scenario `id` at `version` over `baseline`, computed once per baseline. */
export function cachedEvaluation(baseline: Baseline, id: string, version: number, doc: ScenarioDocument): ScenarioEvaluation {
  let byKey = evaluations.get(baseline);
  if (!byKey) evaluations.set(baseline, (byKey = new Map()));
  const key = `${id}@${version}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const evaluation = evaluateScenario(baseline, doc);
  byKey.set(key, evaluation);
  if (byKey.size > MAX_CACHED_EVALUATIONS) byKey.delete(byKey.keys().next().value!);
  return evaluation;
}

/** Metrics of the baseline itself, computed once per baseline. */
export function cachedBaselineMetrics(baseline: Baseline): PlanningMetrics {
  let metrics = baselineMetrics.get(baseline);
  if (!metrics) baselineMetrics.set(baseline, (metrics = computeMetrics(baseline.buildings, baseline.zones, baseline.results)));
  return metrics;
}

/** Baseline and scenario metrics side by side (each computed once per baseline / evaluation). */
export function cachedScenarioMetrics(baseline: Baseline, evaluation: ScenarioEvaluation): { baseline: PlanningMetrics; scenario: PlanningMetrics } {
  let scenario = scenarioMetrics.get(evaluation);
  if (!scenario) scenarioMetrics.set(evaluation, (scenario = computeMetrics(evaluation.state.buildings, evaluation.state.zones, evaluation.results)));
  return { baseline: cachedBaselineMetrics(baseline), scenario };
}
