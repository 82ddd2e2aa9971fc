/**
 * Maps GeoJSON features of the sample collections to engine inputs: `zoning-plan` and
 * `heritage-protection-zones` → {@link PlanningZone}, `hue-buildings` → {@link PlanningBuilding},
 * `hue-parcels` → {@link PlanningParcel}. Non-polygon geometries are skipped.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { PlanningBuilding } from './PlanningBuilding.ts';
import type { PlanningParcel } from './PlanningParcel.ts';
import type { PlanningZone } from './PlanningZone.ts';

type Props = Record<string, unknown>;

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function areal(g: Geometry | null): g is Polygon | MultiPolygon {
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon';
}

/** A zoning-plan feature (code, max_height_m, max_coverage, max_far, setback_front_m, setback_side_m). */
export function zoningZoneFromFeature(f: Feature): PlanningZone | undefined {
  if (!areal(f.geometry)) return undefined;
  const p = (f.properties ?? {}) as Props;
  return {
    id: String(f.id), kind: 'zoning', geometry: f.geometry, name: typeof p.name_vi === 'string' ? p.name_vi : undefined,
    code: typeof p.code === 'string' ? p.code : undefined, maxHeightM: num(p.max_height_m), maxCoverage: num(p.max_coverage),
    maxFar: num(p.max_far), setbackFrontM: num(p.setback_front_m), setbackSideM: num(p.setback_side_m),
  };
}

/** A heritage-protection-zones feature (zone I/II, max_height_m, forbidden_uses). */
export function heritageZoneFromFeature(f: Feature): PlanningZone | undefined {
  if (!areal(f.geometry)) return undefined;
  const p = (f.properties ?? {}) as Props;
  return {
    id: String(f.id), kind: 'heritage', geometry: f.geometry, name: typeof p.name_vi === 'string' ? p.name_vi : undefined,
    heritageZone: p.zone === 'I' ? 'I' : 'II', maxHeightM: num(p.max_height_m),
    forbiddenUses: Array.isArray(p.forbidden_uses) ? p.forbidden_uses.map(String) : [],
  };
}

/** A hue-buildings feature (use, levels, height_m, parcel_id). */
export function buildingFromFeature(f: Feature): PlanningBuilding | undefined {
  if (!areal(f.geometry)) return undefined;
  const p = (f.properties ?? {}) as Props;
  return {
    id: String(f.id), footprint: f.geometry, heightM: num(p.height_m), levels: num(p.levels),
    use: typeof p.use === 'string' ? p.use : null, parcelId: typeof p.parcel_id === 'string' ? p.parcel_id : null,
  };
}

/** A hue-parcels feature. */
export function parcelFromFeature(f: Feature): PlanningParcel | undefined {
  if (!areal(f.geometry)) return undefined;
  return { id: String(f.id), geometry: f.geometry };
}
