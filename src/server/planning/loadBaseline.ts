/**
 * The planning baseline from the database: buildings, zoning, heritage protection zones and
 * parcels, read with SQL once and kept in memory until any of those collections' revision changes
 * (edits and reseeding bump it), together with the baseline's compliance results.
 */
import type { Feature } from 'geojson';
import type { Database } from '../db/Database.ts';
import { evaluate } from '../../planning/evaluate.ts';
import { buildingFromFeature, heritageZoneFromFeature, parcelFromFeature, zoningZoneFromFeature } from '../../planning/fromFeatures.ts';
import type { PlanningBuilding } from '../../planning/PlanningBuilding.ts';
import type { PlanningParcel } from '../../planning/PlanningParcel.ts';
import type { PlanningZone } from '../../planning/PlanningZone.ts';
import { rulesFromZones } from '../../planning/rulesFromZones.ts';
import { viewConeRules } from '../../planning/viewConeRules.ts';
import type { Viewpoint } from '../../planning/Viewpoint.ts';
import type { BuildingCompliance } from '../../planning/Violation.ts';

/** Collection ids the baseline reads. */
export const BASELINE_COLLECTIONS = {
  buildings: 'hue-buildings',
  zoning: 'zoning-plan',
  heritage: 'heritage-protection-zones',
  parcels: 'hue-parcels',
} as const;

/** The baseline state and its compliance. */
export interface Baseline {
  buildings: PlanningBuilding[];
  /** Zoning zones then heritage zones. */
  zones: PlanningZone[];
  parcels: PlanningParcel[];
  viewpoints: Viewpoint[];
  /** Compliance of `buildings` (same order). */
  results: BuildingCompliance[];
  /** Origin of the engine's metric frame (kept the same for baseline and scenarios). */
  origin: [number, number];
}

async function features(db: Database, collection: string): Promise<Feature[]> {
  const rows = await db.query<{ id: string; properties: Record<string, unknown> | string; geom: string }>(
    'SELECT id, properties, ST_AsGeoJSON(geom, 7) AS geom FROM features WHERE collection_id = $1 ORDER BY id',
    [collection],
  );
  return rows.map((r) => ({
    type: 'Feature', id: r.id, geometry: JSON.parse(r.geom),
    properties: typeof r.properties === 'string' ? JSON.parse(r.properties) : r.properties,
  }));
}

async function parcelFeatures(db: Database, collection: string): Promise<Feature[]> {
  const rows = await db.query<{ id: string; geom: string }>('SELECT id, ST_AsGeoJSON(geom, 7) AS geom FROM features WHERE collection_id = $1', [collection]);
  return rows.map((r) => ({ type: 'Feature', id: r.id, geometry: JSON.parse(r.geom), properties: {} }));
}

const cache = new WeakMap<Database, { key: string; baseline: Promise<Baseline> }>();

function defined<T>(v: T | undefined): v is T {
  return v !== undefined;
}

/** The baseline (cached per database until a revision of its collections changes). */
export async function loadBaseline(db: Database, viewpoints: Viewpoint[]): Promise<Baseline> {
  const ids = Object.values(BASELINE_COLLECTIONS);
  const revs = await db.query<{ id: string; revision: string | number }>('SELECT id, revision FROM collections WHERE id = ANY($1) ORDER BY id', [ids]);
  const key = JSON.stringify([revs.map((r) => [r.id, String(r.revision)]), viewpoints]);
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.baseline;
  const baseline = (async (): Promise<Baseline> => {
    const [b, z, h, p] = await Promise.all([
      features(db, BASELINE_COLLECTIONS.buildings),
      features(db, BASELINE_COLLECTIONS.zoning),
      features(db, BASELINE_COLLECTIONS.heritage),
      parcelFeatures(db, BASELINE_COLLECTIONS.parcels),
    ]);
    const buildings = b.map(buildingFromFeature).filter(defined);
    const zones = [...z.map(zoningZoneFromFeature), ...h.map(heritageZoneFromFeature)].filter(defined);
    const parcels = p.map(parcelFromFeature).filter(defined);
    const first = zones[0]?.geometry ?? buildings[0]?.footprint;
    const pos = first ? (first.type === 'Polygon' ? first.coordinates[0]![0]! : first.coordinates[0]![0]![0]!) : [0, 0];
    const origin: [number, number] = [pos[0]!, pos[1]!];
    const results = evaluate(buildings, zones, [...rulesFromZones(zones), ...viewConeRules(viewpoints)], { parcels, origin });
    return { buildings, zones, parcels, viewpoints, results, origin };
  })();
  cache.set(db, { key, baseline });
  baseline.catch(() => cache.delete(db));
  return baseline;
}
