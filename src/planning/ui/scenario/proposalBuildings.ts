/**
 * The buildings a scenario document proposes, as the scene draws them: new buildings with their
 * footprints, and height changes (footprint of the baseline building, looked up by id).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { buildingHeightM } from '../../buildingHeight.ts';
import type { ScenarioDocument } from '../../scenario/scenarioSchema.ts';

/** One proposal to draw. */
export interface ProposalToDraw {
  id: string;
  kind: 'new' | 'height-change';
  /** Footprint; undefined for a height change until looked up. */
  footprint?: Polygon | MultiPolygon;
  /** Top above ground, m (height, else levels × 3.3 m). */
  heightM: number;
  use?: string;
  levels?: number;
}

/** Proposals of `doc`, new buildings first. */
export function proposalsToDraw(doc: ScenarioDocument | undefined): ProposalToDraw[] {
  if (!doc) return [];
  return [
    ...(doc.newBuildings ?? []).map((b) => ({ id: b.id, kind: 'new' as const, footprint: b.footprint as Polygon | MultiPolygon, heightM: buildingHeightM(b), use: b.use, levels: b.levels })),
    ...(doc.heightChanges ?? []).map((c) => ({ id: c.buildingId, kind: 'height-change' as const, heightM: buildingHeightM(c), levels: c.levels })),
  ];
}
