/**
 * Planning metrics of a city state: per zoning zone gross floor area, FAR and coverage (over the
 * zone's whole area), estimated residents, and violations by severity and kind.
 */
import { buildingLevels } from './buildingHeight.ts';
import { LocalProjection } from './geometry/LocalProjection.ts';
import { toPlanarPolygon } from './geometry/PlanarPolygon.ts';
import type { PlanningBuilding } from './PlanningBuilding.ts';
import type { PlanningZone } from './PlanningZone.ts';
import type { Severity } from './Rule.ts';
import type { BuildingCompliance } from './Violation.ts';

/** Gross floor area per resident used to estimate residents from residential floor area, m²/person (assumption). */
export const FLOOR_AREA_PER_RESIDENT_M2 = 30;

/** Metrics of one zoning zone. */
export interface ZoneMetrics {
  zoneId: string;
  name?: string;
  code?: string;
  buildings: number;
  /** Zone area, m². */
  areaM2: number;
  /** Σ footprints, m². */
  footprintM2: number;
  /** Gross floor area Σ footprint × levels, m². */
  grossFloorAreaM2: number;
  /** grossFloorArea / zone area. */
  far: number;
  /** footprint / zone area. */
  coverage: number;
}

/** Metrics of a whole state (baseline or scenario). */
export interface PlanningMetrics {
  buildings: number;
  grossFloorAreaM2: number;
  residentialFloorAreaM2: number;
  /** residentialFloorArea / {@link FLOOR_AREA_PER_RESIDENT_M2}, rounded. */
  estimatedResidents: number;
  violations: { total: number; buildings: number; bySeverity: Record<Severity, number>; byKind: Record<string, number> };
  zones: ZoneMetrics[];
}

/** Computes metrics of `buildings` (with their compliance `results`, same order) over the zoning zones in `zones`. */
export function computeMetrics(buildings: readonly PlanningBuilding[], zones: readonly PlanningZone[], results: readonly BuildingCompliance[]): PlanningMetrics {
  const zoning = zones.filter((z) => z.kind === 'zoning');
  const first = zoning[0]?.geometry;
  const origin: [number, number] = first ? (first.type === 'Polygon' ? first.coordinates[0]![0]! : first.coordinates[0]![0]![0]!) as [number, number] : [0, 0];
  const proj = new LocalProjection(origin);
  const byId = new Map<string, ZoneMetrics>();
  for (const z of zoning) {
    byId.set(z.id, { zoneId: z.id, name: z.name, code: z.code, buildings: 0, areaM2: toPlanarPolygon(z.geometry, proj).area, footprintM2: 0, grossFloorAreaM2: 0, far: 0, coverage: 0 });
  }
  let gfa = 0, residential = 0, violating = 0, total = 0;
  const bySeverity: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
  const byKind: Record<string, number> = {};
  buildings.forEach((b, i) => {
    const fp = toPlanarPolygon(b.footprint, proj).area;
    const floor = fp * buildingLevels(b);
    gfa += floor;
    if (b.use === 'residential') residential += floor;
    const r = results[i];
    const zone = r?.zoneIds.map((id) => byId.get(id)).find((z) => z !== undefined);
    if (zone) {
      zone.buildings++;
      zone.footprintM2 += fp;
      zone.grossFloorAreaM2 += floor;
    }
    if (r && r.violations.length) {
      violating++;
      for (const v of r.violations) {
        total++;
        bySeverity[v.severity]++;
        byKind[v.kind] = (byKind[v.kind] ?? 0) + 1;
      }
    }
  });
  const round = (v: number, d = 1) => Math.round(v * d) / d;
  const zonesOut = [...byId.values()].map((z) => ({
    ...z, areaM2: round(z.areaM2), footprintM2: round(z.footprintM2), grossFloorAreaM2: round(z.grossFloorAreaM2),
    far: z.areaM2 > 0 ? round(z.grossFloorAreaM2 / z.areaM2, 1000) : 0, coverage: z.areaM2 > 0 ? round(z.footprintM2 / z.areaM2, 1000) : 0,
  }));
  return {
    buildings: buildings.length, grossFloorAreaM2: round(gfa), residentialFloorAreaM2: round(residential),
    estimatedResidents: Math.round(residential / FLOOR_AREA_PER_RESIDENT_M2),
    violations: { total, buildings: violating, bySeverity, byKind }, zones: zonesOut,
  };
}
