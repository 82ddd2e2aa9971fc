/**
 * Layers a scenario over the baseline: removes demolished buildings, changes heights, adds new
 * buildings and overrides zone values — returning new arrays; the baseline objects are not changed.
 */
import type { PlanningBuilding } from '../PlanningBuilding.ts';
import type { PlanningZone } from '../PlanningZone.ts';
import type { ScenarioDocument } from './scenarioSchema.ts';

/** The scenario's state of the city. */
export interface ScenarioState {
  buildings: PlanningBuilding[];
  zones: PlanningZone[];
  /** Ids of new and height-changed buildings (the proposals). */
  proposalIds: Set<string>;
  /** Demolished baseline building ids that existed. */
  demolished: string[];
  /** Ids named by demolitions / heightChanges / zoningOverrides that the baseline lacks. */
  unknownIds: string[];
}

/** Applies `doc` to `buildings` and `zones` (the baseline). */
export function applyScenario(buildings: readonly PlanningBuilding[], zones: readonly PlanningZone[], doc: ScenarioDocument): ScenarioState {
  const demolish = new Set(doc.demolitions ?? []);
  const changes = new Map((doc.heightChanges ?? []).map((c) => [c.buildingId, c]));
  const out: PlanningBuilding[] = [];
  const proposalIds = new Set<string>();
  const demolished: string[] = [];
  const seen = new Set<string>();
  for (const b of buildings) {
    if (demolish.has(b.id)) { demolished.push(b.id); continue; }
    const change = changes.get(b.id);
    if (change) {
      seen.add(b.id);
      proposalIds.add(b.id);
      // A new height without levels re-derives the storeys from it, and levels alone re-derive the height.
      out.push({ ...b, heightM: change.heightM ?? null, levels: change.levels ?? (change.heightM === undefined ? b.levels : null), proposal: 'height-change' });
    } else out.push(b);
  }
  for (const nb of doc.newBuildings ?? []) {
    proposalIds.add(nb.id);
    out.push({ id: nb.id, footprint: nb.footprint, heightM: nb.heightM ?? null, levels: nb.levels ?? null, use: nb.use, parcelId: nb.parcelId ?? null, proposal: 'new' });
  }
  const overrides = new Map((doc.zoningOverrides ?? []).map((o) => [o.zoneId, o]));
  const zoneIds = new Set(zones.map((z) => z.id));
  const outZones = zones.map((z) => {
    const o = overrides.get(z.id);
    if (!o) return z;
    const { zoneId: _zoneId, ...values } = o;
    return { ...z, ...values };
  });
  const unknownIds = [
    ...[...demolish].filter((id) => !demolished.includes(id)),
    ...[...changes.keys()].filter((id) => !seen.has(id) && !demolish.has(id)),
    ...[...overrides.keys()].filter((id) => !zoneIds.has(id)),
  ];
  return { buildings: out, zones: outZones, proposalIds, demolished, unknownIds };
}
