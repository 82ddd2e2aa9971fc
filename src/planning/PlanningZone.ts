/**
 * A zone whose properties carry rules: a zoning-plan zone (land-use code, max height, coverage,
 * FAR, setbacks) or a heritage protection zone (I: no new construction; II: height limit), both
 * read from their feature properties in the database, so editing a zone feature edits its rules.
 */
import type { MultiPolygon, Polygon } from 'geojson';

/** Zoning or heritage protection. */
export type ZoneKind = 'zoning' | 'heritage';

/** One rule-bearing zone; limits in SI units, ratios as fractions (0.7 = 70 %). */
export interface PlanningZone {
  id: string;
  kind: ZoneKind;
  geometry: Polygon | MultiPolygon;
  name?: string;
  /** Land-use code (Thông tư 08/2024/TT-BTNMT), zoning zones. */
  code?: string;
  /** Height limit, m (zoning max height, or zone II height limit); null = none. */
  maxHeightM?: number | null;
  /** Max building coverage: footprint area / parcel area. */
  maxCoverage?: number | null;
  /** Max floor area ratio: floor area / parcel area. */
  maxFar?: number | null;
  /** Min distance from the footprint to the parcel's front edge, m. */
  setbackFrontM?: number | null;
  /** Min distance from the footprint to the parcel's side edges, m. */
  setbackSideM?: number | null;
  /** Heritage protection zone: 'I' (no new construction) or 'II' (buffer). */
  heritageZone?: 'I' | 'II';
  /** Uses not allowed here (building uses, plus 'high-rise' and 'new-construction'). */
  forbiddenUses?: string[];
}
