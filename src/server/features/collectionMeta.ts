/** Collection metadata needed by reads and writes (access, sector, geometry type, properties schema). */
import type { Queryable } from '../db/Database.ts';
import { HttpError } from '../api/HttpError.ts';

/** One row of the collection registry, as the feature routes need it. */
export interface CollectionMeta {
  id: string;
  sector: string;
  access: 'public' | 'sector';
  geometryType: string;
  /** JSON Schema of feature properties, or null when untyped. */
  propertiesSchema: Record<string, unknown> | null;
  /** The property `datetime` filters on, or null. */
  temporalProperty: string | null;
  titleEn: string;
}

/** Loads a collection's metadata; throws HttpError 404 naming it when unknown. */
export async function collectionMeta(db: Queryable, id: string): Promise<CollectionMeta> {
  const [row] = await db.query<{
    id: string;
    sector: string;
    access: 'public' | 'sector';
    geometry_type: string;
    properties_schema: Record<string, unknown> | null;
    temporal_property: string | null;
    title_en: string;
  }>(
    'SELECT id, sector, access, geometry_type, properties_schema, temporal_property, title_en FROM collections WHERE id = $1',
    [id],
  );
  if (!row) throw new HttpError(404, 'Not found', `There is no collection "${id}"; see /api/collections for the list`);
  return {
    id: row.id,
    sector: row.sector,
    access: row.access,
    geometryType: row.geometry_type,
    propertiesSchema: row.properties_schema,
    temporalProperty: row.temporal_property,
    titleEn: row.title_en,
  };
}
