/** What the tileset documents describe: a collection's titles, extent, geometry type and property schema. */
import type { Queryable } from '../../db/Database.ts';
import { HttpError } from '../HttpError.ts';

/** One collection as the tileset metadata and TileJSON need it. */
export interface TilesetSource {
  id: string;
  title: string;
  description: string;
  geometryType: string;
  licence: string;
  sourceName: string;
  /** JSON Schema of the feature properties, or null when untyped. */
  propertiesSchema: Record<string, unknown> | null;
  /** [west, south, east, north] in CRS84 degrees, or null when the collection is empty. */
  bbox: [number, number, number, number] | null;
}

/** Loads the tileset source of `collectionId`; 404 problem+json when unknown. */
export async function tilesetSource(db: Queryable, collectionId: string): Promise<TilesetSource> {
  const [row] = await db.query<{
    id: string;
    title_en: string;
    description_en: string | null;
    geometry_type: string;
    licence: string;
    source_name: string;
    properties_schema: Record<string, unknown> | string | null;
    xmin: number | null;
    ymin: number | null;
    xmax: number | null;
    ymax: number | null;
  }>(
    `SELECT c.id, c.title_en, c.description_en, c.geometry_type, c.licence, c.source_name, c.properties_schema,
            ST_XMin(e.box) AS xmin, ST_YMin(e.box) AS ymin, ST_XMax(e.box) AS xmax, ST_YMax(e.box) AS ymax
     FROM collections c
     LEFT JOIN LATERAL (SELECT ST_Extent(geom) AS box FROM features f WHERE f.collection_id = c.id) e ON true
     WHERE c.id = $1`,
    [collectionId],
  );
  if (!row) throw new HttpError(404, 'Not found', `There is no collection "${collectionId}"; see /api/collections for the list`);
  const schema = typeof row.properties_schema === 'string' ? (JSON.parse(row.properties_schema) as Record<string, unknown>) : row.properties_schema;
  const bbox = row.xmin === null ? null : ([row.xmin, row.ymin, row.xmax, row.ymax].map(Number) as [number, number, number, number]);
  return {
    id: row.id,
    title: row.title_en,
    description: row.description_en ?? row.title_en,
    geometryType: row.geometry_type,
    licence: row.licence,
    sourceName: row.source_name,
    propertiesSchema: schema,
    bbox,
  };
}
