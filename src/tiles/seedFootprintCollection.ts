/**
 * Loads GeoJSON footprints into a database collection (creating it if needed), for tests and
 * benchmarks of the builder. Bumps the revision and writes history like any other writer.
 */
import type { Feature } from 'geojson';
import type { Database } from '../server/db/Database.ts';

/** Replaces the features of `collection` with `features` (one transaction, 2,000 rows per INSERT). */
export async function seedFootprintCollection(db: Database, collection: string, features: Feature[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO collections (id, title_vi, title_en, sector, geometry_type, source_name, synthetic, licence)
       VALUES ($1, $1, $1, 'planning', 'Polygon', 'synthetic test footprints', true, 'CC0')
       ON CONFLICT (id) DO NOTHING`, [collection]);
    await tx.query('DELETE FROM features WHERE collection_id = $1', [collection]);
    for (let i = 0; i < features.length; i += 2000) {
      const chunk = features.slice(i, i + 2000);
      await tx.query(
        `INSERT INTO features (collection_id, id, properties, geom)
         SELECT $1, f.id, f.props, ST_SetSRID(ST_GeomFromGeoJSON(f.geom), 4326)
           FROM jsonb_to_recordset($2::jsonb) AS f(id text, props jsonb, geom text)`,
        [collection, JSON.stringify(chunk.map((f) => ({ id: String(f.id), props: f.properties ?? {}, geom: JSON.stringify(f.geometry) })))],
      );
    }
    await tx.query(
      `INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by)
       SELECT collection_id, id, version, 'seed', properties, geom, 'seed' FROM features WHERE collection_id = $1`, [collection]);
    await tx.query('UPDATE collections SET revision = revision + 1 WHERE id = $1', [collection]);
  });
}
