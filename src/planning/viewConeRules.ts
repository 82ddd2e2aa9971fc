/** Turns registered viewpoints into `view-cone` rules (one per cone, severity critical). */
import type { ViewConeRule } from './Rule.ts';
import type { Viewpoint } from './Viewpoint.ts';

/** One rule per cone, id `view/<viewpointId>/<coneId>`. */
export function viewConeRules(viewpoints: readonly Viewpoint[]): ViewConeRule[] {
  return viewpoints.flatMap((viewpoint) =>
    viewpoint.cones.map((cone) => ({ id: `view/${viewpoint.id}/${cone.id}`, kind: 'view-cone' as const, viewpoint, cone, severity: 'critical' as const })),
  );
}
