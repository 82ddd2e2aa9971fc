/** A broken rule on one building, and what the engine returns per building. */
import type { RuleKind, Severity } from './Rule.ts';

/** Line of sight for drawing a view-cone violation: eye → the point where the building breaks it. */
export interface LineOfSight {
  /** Eye `[lon, lat, height m]`. */
  from: [number, number, number];
  /** Protected line of sight above the building's nearest point in the cone `[lon, lat, height m]`. */
  to: [number, number, number];
  /** Top of the building at that point `[lon, lat, height m]`. */
  top: [number, number, number];
  /** Horizontal distance eye → point, m. */
  distanceM: number;
}

/** One violation: measured vs allowed (m, ratio, or a label for use rules), excess = how far over. */
export interface Violation {
  ruleId: string;
  kind: RuleKind;
  /** Zone whose rule is broken (the stricter one when the building straddles zones). */
  zoneId?: string;
  measured: number | string;
  allowed: number | string;
  /** measured − allowed for max rules, allowed − measured for min setbacks; null for non-numeric rules. */
  excess: number | null;
  severity: Severity;
  lineOfSight?: LineOfSight;
}

/** Compliance of one building. */
export interface BuildingCompliance {
  buildingId: string;
  /** Every zone (zoning and heritage) the footprint lies in. */
  zoneIds: string[];
  violations: Violation[];
}
