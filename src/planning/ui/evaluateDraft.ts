/**
 * Compliance of a scenario draft in the browser, with the server's engine ({@link evaluate}) over a
 * {@link PlanningContext} (the zones and viewpoints, plus baseline buildings and parcels around the
 * proposals). The result has the shape of `GET /api/scenarios/{id}/compliance`, so the panel and the
 * 3D view show a draft and a saved scenario the same way.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { evaluate } from '../evaluate.ts';
import type { PlanningContext } from '../PlanningContext.ts';
import { rulesFromZones } from '../rulesFromZones.ts';
import { applyScenario } from '../scenario/applyScenario.ts';
import type { ScenarioDocument } from '../scenario/scenarioSchema.ts';
import { viewConeRules } from '../viewConeRules.ts';
import type { BuildingCompliance } from '../Violation.ts';
import type { AffectedComplianceView, ProposalComplianceView, ScenarioComplianceView } from './ScenarioCompliance.ts';

/** Size of the context cells the browser fetches and caches, degrees (≈ 550 m at Huế). */
export const CONTEXT_CELL_DEG = 0.005;
/** Margin around each proposal whose baseline buildings and parcels are fetched, degrees (≈ 220 m: beyond any parcel). */
export const CONTEXT_MARGIN_DEG = 0.002;

/** Bounding box `[minLon, minLat, maxLon, maxLat]` of a footprint. */
export function footprintBbox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let a = Infinity, b = Infinity, c = -Infinity, d = -Infinity;
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) for (const p of rings[0] ?? []) {
    a = Math.min(a, p[0]!); b = Math.min(b, p[1]!); c = Math.max(c, p[0]!); d = Math.max(d, p[1]!);
  }
  return [a, b, c, d];
}

/** Footprints the draft touches: new buildings (height changes are looked up in the context by id). */
function draftFootprints(doc: ScenarioDocument): Array<Polygon | MultiPolygon> {
  return (doc.newBuildings ?? []).map((b) => b.footprint as Polygon | MultiPolygon);
}

/** The grid cells (as `bbox` strings for the context endpoint) covering every proposal with its margin. */
export function contextCells(doc: ScenarioDocument): string[] {
  const keys = new Set<string>();
  for (const g of draftFootprints(doc)) {
    const [a, b, c, d] = footprintBbox(g);
    for (let i = Math.floor((a - CONTEXT_MARGIN_DEG) / CONTEXT_CELL_DEG); i <= Math.floor((c + CONTEXT_MARGIN_DEG) / CONTEXT_CELL_DEG); i++) {
      for (let j = Math.floor((b - CONTEXT_MARGIN_DEG) / CONTEXT_CELL_DEG); j <= Math.floor((d + CONTEXT_MARGIN_DEG) / CONTEXT_CELL_DEG); j++) keys.add(`${i},${j}`);
    }
  }
  return [...keys].sort().map((k) => {
    const [i, j] = k.split(',').map(Number) as [number, number];
    const r = (v: number) => Number(v.toFixed(6));
    return `${r(i * CONTEXT_CELL_DEG)},${r(j * CONTEXT_CELL_DEG)},${r((i + 1) * CONTEXT_CELL_DEG)},${r((j + 1) * CONTEXT_CELL_DEG)}`;
  });
}

/** Merges context cells (buildings and parcels deduplicated by id). */
export function mergeContexts(parts: readonly PlanningContext[]): PlanningContext | undefined {
  const first = parts[0];
  if (!first) return undefined;
  const buildings = new Map(parts.flatMap((p) => p.buildings.map((b) => [b.id, b] as const)));
  const parcels = new Map(parts.flatMap((p) => p.parcels.map((q) => [q.id, q] as const)));
  const bbox = parts.reduce<[number, number, number, number]>((acc, p) => [Math.min(acc[0], p.bbox[0]), Math.min(acc[1], p.bbox[1]), Math.max(acc[2], p.bbox[2]), Math.max(acc[3], p.bbox[3])], [...first.bbox]);
  return { origin: first.origin, bbox, zones: first.zones, viewpoints: first.viewpoints, buildings: [...buildings.values()], parcels: [...parcels.values()] };
}

const signature = (r: BuildingCompliance) => r.violations.map((v) => `${v.ruleId}:${v.measured}`).join('|');

/**
 * Evaluates `doc` over `context`: every proposal's compliance, and the context's baseline buildings
 * whose violations change (compared with the same context without the scenario, so buildings at the
 * context's edge compare like with like). Demolitions and height changes of buildings outside the
 * context are reported in `unknownIds` only if the context cannot see them.
 */
export function evaluateDraft(context: PlanningContext, doc: ScenarioDocument): ScenarioComplianceView {
  const rulesOf = (zones: PlanningContext['zones']) => [...rulesFromZones(zones), ...viewConeRules(context.viewpoints)];
  const options = { parcels: context.parcels, origin: context.origin };
  const before = evaluate(context.buildings, context.zones, rulesOf(context.zones), options);
  const state = applyScenario(context.buildings, context.zones, doc);
  const after = evaluate(state.buildings, state.zones, rulesOf(state.zones), options);
  const old = new Map(before.map((r) => [r.buildingId, r]));
  const proposals: ProposalComplianceView[] = [];
  const affected: AffectedComplianceView[] = [];
  state.buildings.forEach((b, i) => {
    const r = after[i]!;
    if (b.proposal) proposals.push({ ...r, proposal: b.proposal });
    else {
      const o = old.get(b.id);
      if (o && signature(o) !== signature(r)) affected.push({ ...r, baselineViolations: o.violations });
    }
  });
  return { proposals, affected, demolished: state.demolished, unknownIds: state.unknownIds };
}
