/**
 * The cross-sector side of a flood: heritage sites (`heritage-monuments`) and SensorThings
 * Locations inside the flood-prone zones whose ground lies below the water level — one PostGIS
 * query each over the shared database.
 */
import type { Queryable } from '../db/Database.ts';

/** What a flood level reaches beyond the road network. */
export interface FloodImpact {
  levelM: number;
  zones: Array<{ id: string; name_vi: string | null; name_en: string | null; ground_elevation_m: number }>;
  heritageSites: Array<{ id: string; name_vi: string | null; name_en: string | null; zone: string }>;
  sensors: Array<{ id: number; name: string; zone: string; things: number[] }>;
}

/** Runs the flood queries for `levelM` metres. */
export async function floodImpact(db: Queryable, levelM: number): Promise<FloodImpact> {
  const zones = await db.query<{ id: string; name_vi: string | null; name_en: string | null; ground_elevation_m: number }>(
    'SELECT id, name_vi, name_en, ground_elevation_m FROM logistics_flood_zones WHERE ground_elevation_m < $1 ORDER BY ground_elevation_m, id',
    [levelM],
  );
  const heritageSites = await db.query<{ id: string; name_vi: string | null; name_en: string | null; zone: string }>(
    `SELECT DISTINCT ON (f.id) f.id, f.properties ->> 'name_vi' AS name_vi, f.properties ->> 'name_en' AS name_en, z.id AS zone
       FROM features f JOIN logistics_flood_zones z ON ST_Intersects(f.geom, z.geom)
      WHERE f.collection_id = 'heritage-monuments' AND z.ground_elevation_m < $1
      ORDER BY f.id, z.ground_elevation_m`,
    [levelM],
  );
  const sensors = await db.query<{ id: string | number; name: string; zone: string; things: Array<string | number> | null }>(
    `SELECT DISTINCT ON (l.id) l.id, l.name, z.id AS zone,
            (SELECT array_agg(tl.thing_id ORDER BY tl.thing_id) FROM sta_thing_locations tl WHERE tl.location_id = l.id) AS things
       FROM sta_locations l JOIN logistics_flood_zones z ON ST_Intersects(l.geom, z.geom)
      WHERE z.ground_elevation_m < $1
      ORDER BY l.id, z.ground_elevation_m`,
    [levelM],
  );
  return {
    levelM,
    zones: zones.map((z) => ({ ...z, ground_elevation_m: Number(z.ground_elevation_m) })),
    heritageSites,
    sensors: sensors.map((s) => ({ id: Number(s.id), name: s.name, zone: s.zone, things: (s.things ?? []).map(Number) })),
  };
}
