/** Derives the rules of each zone from its properties (rules are data on the zone features). */
import type { PlanningZone } from './PlanningZone.ts';
import type { LimitRuleKind, Rule, Severity } from './Rule.ts';

/** Use tag that stands for "any new building" in `forbidden_uses`. */
export const NEW_CONSTRUCTION = 'new-construction';

const LIMITS: Array<[LimitRuleKind, keyof PlanningZone, Severity]> = [
  ['max-height', 'maxHeightM', 'major'],
  ['max-coverage', 'maxCoverage', 'major'],
  ['max-far', 'maxFar', 'major'],
  ['min-setback-front', 'setbackFrontM', 'minor'],
  ['min-setback-side', 'setbackSideM', 'minor'],
];

/**
 * Rules of `zones`, ids `<zoneId>/<kind>`. Zoning zones: max height, coverage, FAR, min setbacks
 * (severity major, setbacks minor). Heritage zones: `heritage-height` (major), `forbidden-use`
 * (major) and, for zone I or when "new-construction" is forbidden, `no-new-construction` (critical).
 */
export function rulesFromZones(zones: readonly PlanningZone[]): Rule[] {
  const rules: Rule[] = [];
  for (const z of zones) {
    if (z.kind === 'zoning') {
      for (const [kind, key, severity] of LIMITS) {
        const limit = z[key];
        if (typeof limit === 'number' && Number.isFinite(limit)) rules.push({ id: `${z.id}/${kind}`, kind, zoneId: z.id, limit, severity });
      }
      continue;
    }
    if (typeof z.maxHeightM === 'number' && Number.isFinite(z.maxHeightM)) {
      rules.push({ id: `${z.id}/heritage-height`, kind: 'heritage-height', zoneId: z.id, limit: z.maxHeightM, severity: 'major' });
    }
    const forbidden = z.forbiddenUses ?? [];
    if (z.heritageZone === 'I' || forbidden.includes(NEW_CONSTRUCTION)) {
      rules.push({ id: `${z.id}/no-new-construction`, kind: 'no-new-construction', zoneId: z.id, severity: 'critical' });
    }
    const uses = forbidden.filter((u) => u !== NEW_CONSTRUCTION);
    if (uses.length > 0) rules.push({ id: `${z.id}/forbidden-use`, kind: 'forbidden-use', zoneId: z.id, uses, severity: 'major' });
  }
  return rules;
}
