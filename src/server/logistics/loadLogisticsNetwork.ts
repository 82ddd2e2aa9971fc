/**
 * Reads what the router needs from the database (views of 007_logistics.sql) and builds the
 * in-memory network: the graph, its snapping index, flood elevations per edge, facilities and flows.
 */
import { EdgeIndex } from '../../logistics/EdgeIndex.ts';
import { edgeFloodElevations, type FloodZone } from '../../logistics/floodZones.ts';
import type { LonLat } from '../../logistics/geodesy.ts';
import { LogisticsGraph, type NetworkSegment } from '../../logistics/LogisticsGraph.ts';
import type { Queryable } from '../db/Database.ts';

/** A facility as the router sees it. */
export interface RouterFacility {
  id: string;
  name_vi: string;
  name_en: string;
  point: LonLat;
}

/** A flow's ends (for the default disruption routes). */
export interface RouterFlow {
  id: string;
  from: string;
  to: string;
}

/** Everything a logistics query needs, built for one set of collection revisions. */
export interface LogisticsNetwork {
  graph: LogisticsGraph;
  index: EdgeIndex;
  zones: FloodZone[];
  /** Per edge: lowest ground elevation (m) of the flood zones it touches; Infinity when none. */
  edgeFloodElevation: Float64Array;
  facilities: Map<string, RouterFacility>;
  flows: RouterFlow[];
  /** The revisions this was built from, e.g. `logistics-network:3,…`. */
  revision: string;
  builtAt: string;
  /** Milliseconds the build took. */
  buildMs: number;
}

/** The collections the network is built from; a change to any of them rebuilds it. */
export const LOGISTICS_COLLECTIONS = ['logistics-network', 'logistics-flood-zones', 'logistics-facilities', 'logistics-flows'] as const;

function lines(geometry: { type: string; coordinates: unknown }): LonLat[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates as LonLat[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as LonLat[][];
  return [];
}

function polygons(geometry: { type: string; coordinates: unknown }): LonLat[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as LonLat[][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as LonLat[][][];
  return [];
}

const num = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : Number(v));

/** Current revision key of the logistics collections (one cheap query). */
export async function logisticsRevision(db: Queryable): Promise<string> {
  const rows = await db.query<{ id: string; revision: string | number }>('SELECT id, revision FROM collections WHERE id = ANY($1::text[]) ORDER BY id', [[...LOGISTICS_COLLECTIONS]]);
  return rows.map((r) => `${r.id}:${String(r.revision)}`).join(',');
}

/** Loads and builds the network (see the module comment). */
export async function loadLogisticsNetwork(db: Queryable, revision: string): Promise<LogisticsNetwork> {
  const started = performance.now();
  const segmentRows = await db.query<Record<string, unknown> & { id: string; geometry: string }>(
    `SELECT id, name_vi, name_en, ref, class, speed_car_kmh, speed_truck_kmh, speed_rail_kmh, truck_banned, max_weight_t, oneway,
            ST_AsGeoJSON(geom) AS geometry
       FROM logistics_network_segments ORDER BY id`,
  );
  const segments: NetworkSegment[] = [];
  for (const row of segmentRows) {
    const properties = {
      name_vi: (row.name_vi as string | null) ?? undefined,
      name_en: (row.name_en as string | null) ?? undefined,
      ref: (row.ref as string | null) ?? undefined,
      class: (row.class as string | null) ?? 'tertiary',
      speed_car_kmh: num(row.speed_car_kmh),
      speed_truck_kmh: num(row.speed_truck_kmh),
      speed_rail_kmh: num(row.speed_rail_kmh),
      truck_banned: row.truck_banned === true,
      max_weight_t: num(row.max_weight_t),
      oneway: row.oneway === true,
    };
    for (const coordinates of lines(JSON.parse(row.geometry))) segments.push({ id: row.id, coordinates, properties });
  }
  const zoneRows = await db.query<{ id: string; ground_elevation_m: number | null; geometry: string }>(
    'SELECT id, ground_elevation_m, ST_AsGeoJSON(geom) AS geometry FROM logistics_flood_zones WHERE ground_elevation_m IS NOT NULL ORDER BY id',
  );
  const zones: FloodZone[] = zoneRows.map((r) => ({ id: r.id, groundElevationM: Number(r.ground_elevation_m), polygons: polygons(JSON.parse(r.geometry)) }));
  const facilityRows = await db.query<{ id: string; name_vi: string | null; name_en: string | null; lon: number; lat: number }>(
    'SELECT id, name_vi, name_en, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM logistics_facilities ORDER BY id',
  );
  const facilities = new Map(
    facilityRows.map((r) => [r.id, { id: r.id, name_vi: r.name_vi ?? r.id, name_en: r.name_en ?? r.name_vi ?? r.id, point: [Number(r.lon), Number(r.lat)] as LonLat }]),
  );
  const flowRows = await db.query<{ id: string; from_facility: string | null; to_facility: string | null }>(
    `SELECT id, properties ->> 'from_facility' AS from_facility, properties ->> 'to_facility' AS to_facility
       FROM features WHERE collection_id = 'logistics-flows' ORDER BY id`,
  );
  const flows = flowRows.filter((r) => r.from_facility && r.to_facility).map((r) => ({ id: r.id, from: r.from_facility!, to: r.to_facility! }));
  const graph = LogisticsGraph.build(segments);
  const index = new EdgeIndex(graph);
  const edgeFloodElevation = edgeFloodElevations(graph, zones);
  return { graph, index, zones, edgeFloodElevation, facilities, flows, revision, builtAt: new Date().toISOString(), buildMs: performance.now() - started };
}
