/**
 * Browser-side draft evaluation: over a context (buildings and parcels near the proposals) it gives
 * the same proposal results as the engine over the whole city, reports baseline buildings the draft
 * affects, and fetches the right context cells.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/planning/evaluate.ts';
import type { PlanningBuilding } from '../../../../src/planning/PlanningBuilding.ts';
import type { PlanningContext } from '../../../../src/planning/PlanningContext.ts';
import type { PlanningZone } from '../../../../src/planning/PlanningZone.ts';
import { rulesFromZones } from '../../../../src/planning/rulesFromZones.ts';
import { applyScenario } from '../../../../src/planning/scenario/applyScenario.ts';
import type { ScenarioDocument } from '../../../../src/planning/scenario/scenarioSchema.ts';
import { CONTEXT_CELL_DEG, CONTEXT_MARGIN_DEG, contextCells, evaluateDraft, footprintBbox, mergeContexts } from '../../../../src/planning/ui/evaluateDraft.ts';
import { viewConeRules } from '../../../../src/planning/viewConeRules.ts';
import type { Viewpoint } from '../../../../src/planning/Viewpoint.ts';
import { at, ORIGIN, rect } from '../fixtures.ts';

// One zoning zone (12 m, FAR 1.5), a heritage zone II (11 m) over x 150–300, a view cone looking east from (−200, 50).
const zones: PlanningZone[] = [
  { id: 'z', kind: 'zoning', geometry: rect(0, 0, 400, 100), maxHeightM: 12, maxCoverage: 0.9, maxFar: 1.5 },
  { id: 'h2', kind: 'heritage', heritageZone: 'II', geometry: rect(150, 0, 300, 100), maxHeightM: 11 },
];
const viewpoints: Viewpoint[] = [{ id: 'vp', name: 'vp', position: at(-200, 50), eyeHeightM: 5, cones: [{ id: 'east', bearingDeg: 90, halfAngleDeg: 5, maxDistanceM: 1000, elevationDeg: 1 }] }];
// Parcel p1 (x 20–40) holds baseline building b1 of 2 storeys; another building far away.
const parcels = [{ id: 'p1', geometry: rect(20, 10, 40, 30) }, { id: 'p2', geometry: rect(350, 10, 370, 30) }];
const baseline: PlanningBuilding[] = [
  { id: 'b1', footprint: rect(22, 12, 30, 28), levels: 2, use: 'residential', parcelId: 'p1' },
  { id: 'far', footprint: rect(352, 12, 360, 28), levels: 2, use: 'residential', parcelId: 'p2' },
];
const doc: ScenarioDocument = {
  title: 'draft',
  newBuildings: [
    // Shares p1 with b1: together their FAR is (128·2 + 64·3) / 400 = 1.12 — fine; at 5 storeys 1.44, at 6 1.6 > 1.5.
    { id: 'n1', footprint: rect(31, 12, 39, 20), levels: 6, use: 'residential', parcelId: 'p1' },
    // 11.5 m inside zone II: heritage height; tall enough to break the view cone? line of sight at 400 m ≈ 5 + 7 = 12 m: no.
    { id: 'n2', footprint: rect(200, 40, 210, 50), heightM: 11.5, use: 'commercial' },
  ],
};
const rules = [...rulesFromZones(zones), ...viewConeRules(viewpoints)];
const context: PlanningContext = { origin: ORIGIN, bbox: [107.57, 16.45, 107.59, 16.47], zones, viewpoints, buildings: baseline.slice(0, 1), parcels: parcels.slice(0, 1) };

describe('evaluateDraft', () => {
  it('proposals get the same results as the engine over the whole city', () => {
    const draft = evaluateDraft(context, doc);
    const state = applyScenario(baseline, zones, doc);
    const full = evaluate(state.buildings, state.zones, rules, { parcels, origin: ORIGIN });
    for (const p of draft.proposals) expect(p.violations).toEqual(full.find((r) => r.buildingId === p.buildingId)!.violations);
    expect(draft.proposals.map((p) => [p.buildingId, p.proposal, p.violations.map((v) => v.kind)])).toEqual([
      ['n1', 'new', ['max-height', 'max-far']],
      ['n2', 'new', ['heritage-height']],
    ]);
  });

  it('reports baseline buildings whose violations the draft changes (b1 now breaks FAR)', () => {
    const draft = evaluateDraft(context, doc);
    expect(draft.affected.map((a) => [a.buildingId, a.violations.map((v) => v.kind), a.baselineViolations])).toEqual([['b1', ['max-far'], []]]);
  });

  it('a draft without proposals affects nothing; demolitions are listed', () => {
    const draft = evaluateDraft(context, { title: 'x', demolitions: ['b1', 'nope'] });
    expect(draft).toMatchObject({ proposals: [], affected: [], demolished: ['b1'], unknownIds: ['nope'] });
  });

  it('context cells cover each proposal with its margin, on a fixed grid', () => {
    const cells = contextCells(doc);
    expect(cells.length).toBeGreaterThan(0);
    // Every corner of each proposal's box, pushed out by the margin, lies in some cell.
    const inCell = (x: number, y: number) => cells.some((c) => {
      const [a, b2, c2, d] = c.split(',').map(Number) as [number, number, number, number];
      return a <= x && x <= c2 && b2 <= y && y <= d;
    });
    for (const b of doc.newBuildings!) {
      const [w, s, e, n] = footprintBbox(b.footprint);
      for (const x of [w - CONTEXT_MARGIN_DEG, e + CONTEXT_MARGIN_DEG]) for (const y of [s - CONTEXT_MARGIN_DEG, n + CONTEXT_MARGIN_DEG]) expect(inCell(x, y)).toBe(true);
    }
    for (const c of cells) {
      const [a, , c2] = c.split(',').map(Number) as [number, number, number, number];
      expect(c2 - a).toBeCloseTo(CONTEXT_CELL_DEG, 9);
    }
    expect(contextCells({ title: 'empty' })).toEqual([]);
  });

  it('mergeContexts deduplicates buildings and parcels and unites the boxes', () => {
    const a: PlanningContext = { ...context, bbox: [1, 1, 2, 2] };
    const b: PlanningContext = { ...context, bbox: [2, 0, 3, 2], buildings: baseline, parcels };
    const m = mergeContexts([a, b])!;
    expect(m.buildings.map((x) => x.id).sort()).toEqual(['b1', 'far']);
    expect(m.parcels).toHaveLength(2);
    expect(m.bbox).toEqual([1, 0, 3, 2]);
    expect(mergeContexts([])).toBeUndefined();
  });
});
