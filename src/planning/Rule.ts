/**
 * Rules as data. Zone rules come from zone properties ({@link rulesFromZones}); view-cone rules from
 * registered viewpoints ({@link viewConeRules}). The engine knows how to measure each `kind`.
 */
import type { Viewpoint, ViewCone } from './Viewpoint.ts';

/** How bad a violation is. */
export type Severity = 'minor' | 'major' | 'critical';

/** Rule kinds with a numeric limit: a measured value (m, or a ratio) must stay ≤ (max) or ≥ (min) it. */
export type LimitRuleKind = 'max-height' | 'max-coverage' | 'max-far' | 'min-setback-front' | 'min-setback-side' | 'heritage-height';

/** Every rule kind. */
export type RuleKind = LimitRuleKind | 'forbidden-use' | 'no-new-construction' | 'view-cone';

/** A numeric limit of a zone: metres for heights and setbacks, fractions for coverage and FAR. */
export interface LimitRule {
  id: string;
  kind: LimitRuleKind;
  zoneId: string;
  limit: number;
  severity: Severity;
}

/** Uses not allowed in a zone. */
export interface ForbiddenUseRule {
  id: string;
  kind: 'forbidden-use';
  zoneId: string;
  uses: string[];
  severity: Severity;
}

/** Heritage protection zone I: no new building and no added height. */
export interface NoNewConstructionRule {
  id: string;
  kind: 'no-new-construction';
  zoneId: string;
  severity: Severity;
}

/** A protected view cone: nothing may rise above its line of sight. */
export interface ViewConeRule {
  id: string;
  kind: 'view-cone';
  viewpoint: Viewpoint;
  cone: ViewCone;
  severity: Severity;
}

/** Any rule. */
export type Rule = LimitRule | ForbiddenUseRule | NoNewConstructionRule | ViewConeRule;

/** Whether a limit kind caps the value from above (max) rather than below (min setbacks). */
export function isMaxKind(kind: LimitRuleKind): boolean {
  return !kind.startsWith('min-');
}
