/** Heights and storeys of a building when only one of them is known. */
import type { PlanningBuilding } from './PlanningBuilding.ts';

/** Storey height assumed when a building has levels but no height, m (floor to floor). */
export const STOREY_HEIGHT_M = 3.3;

/** Height to the top in m: `heightM`, else levels × {@link STOREY_HEIGHT_M}, else 0. */
export function buildingHeightM(b: Pick<PlanningBuilding, 'heightM' | 'levels'>): number {
  if (typeof b.heightM === 'number' && Number.isFinite(b.heightM)) return b.heightM;
  if (typeof b.levels === 'number' && Number.isFinite(b.levels)) return b.levels * STOREY_HEIGHT_M;
  return 0;
}

/** Storeys counted for floor area: `levels`, else ⌊height / storey height⌋ (at least 1). */
export function buildingLevels(b: Pick<PlanningBuilding, 'heightM' | 'levels'>): number {
  if (typeof b.levels === 'number' && Number.isFinite(b.levels)) return b.levels;
  return Math.max(1, Math.floor(buildingHeightM(b) / STOREY_HEIGHT_M + 1e-9));
}
