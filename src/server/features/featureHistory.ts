/** Reading the audit history: a feature's versions with what changed, and a feature at one version. */
import type { Queryable } from '../db/Database.ts';

/** One entry of a feature's history. */
export interface VersionEntry {
  version: number;
  operation: 'seed' | 'insert' | 'update' | 'delete' | 'restore' | 'revert';
  changedBy: string;
  changedAt: string;
  /** Property keys added, removed or changed compared with the previous state. */
  changedProperties: string[];
  /** Whether the geometry differs from the previous state. */
  geometryChanged: boolean;
}

interface Row {
  version: number;
  operation: VersionEntry['operation'];
  changed_by: string;
  changed_at: Date | string;
  properties: Record<string, unknown> | null;
  geom_hash: string | null;
}

function diffKeys(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

/** All versions of a feature, oldest first (empty when it never existed). */
export async function featureVersions(db: Queryable, collectionId: string, featureId: string): Promise<VersionEntry[]> {
  // A seeded feature never edited has no history row yet: its one version is the current row.
  const rows = await db.query<Row>(
    `SELECT version, operation, changed_by, changed_at, properties, md5(ST_AsEWKB(geom)::text) AS geom_hash
     FROM feature_history WHERE collection_id = $1 AND feature_id = $2
     UNION ALL
     SELECT version, 'seed', updated_by, updated_at, properties, md5(ST_AsEWKB(geom)::text) FROM features f
     WHERE f.collection_id = $1 AND f.id = $2
       AND NOT EXISTS (SELECT 1 FROM feature_history h WHERE h.collection_id = $1 AND h.feature_id = $2)
     ORDER BY changed_at, version`,
    [collectionId, featureId],
  );
  return rows.map((row, i) => {
    const previous = i > 0 ? rows[i - 1]! : undefined;
    return {
      version: row.version,
      operation: row.operation,
      changedBy: row.changed_by,
      changedAt: new Date(row.changed_at).toISOString(),
      changedProperties: diffKeys(previous?.properties ?? null, row.properties),
      geometryChanged: (previous?.geom_hash ?? null) !== row.geom_hash,
    };
  });
}

/** A feature's state at one version, as a GeoJSON Feature, or undefined (no such version / deleted); never-edited seeded features answer from their current row. */
export async function featureAtVersion(db: Queryable, collectionId: string, featureId: string, version: number) {
  const [row] = await db.query<{ properties: Record<string, unknown>; geometry: unknown; changed_at: Date | string }>(
    `SELECT properties, geometry, changed_at FROM (
       SELECT properties, ST_AsGeoJSON(geom, 9)::json AS geometry, changed_at, history_id AS k FROM feature_history
       WHERE collection_id = $1 AND feature_id = $2 AND version = $3 AND geom IS NOT NULL
       UNION ALL
       SELECT properties, ST_AsGeoJSON(geom, 9)::json, updated_at, 0 FROM features
       WHERE collection_id = $1 AND id = $2 AND version = $3
     ) v ORDER BY k DESC LIMIT 1`,
    [collectionId, featureId, version],
  );
  if (!row) return undefined;
  return { type: 'Feature' as const, id: featureId, properties: row.properties, geometry: row.geometry, version, changedAt: new Date(row.changed_at).toISOString() };
}

/**
 * SQL for the features of a collection as of a past time, usable in place of the `features` table:
 * the latest history state at or before `$n` of every feature not deleted then.
 */
export function featuresAsOfSql(collectionParam: string, timeParam: string): string {
  // Features with history: their latest state then. Features never edited since seeding (no
  // history rows): their current row, if it existed then.
  return `(SELECT * FROM (
      SELECT DISTINCT ON (feature_id) collection_id, feature_id AS id, properties, geom, version, operation
      FROM feature_history WHERE collection_id = ${collectionParam} AND changed_at <= ${timeParam}
      ORDER BY feature_id, history_id DESC) latest WHERE operation <> 'delete'
    UNION ALL
    SELECT f.collection_id, f.id, f.properties, f.geom, f.version, 'seed' FROM features f
    WHERE f.collection_id = ${collectionParam} AND f.updated_at <= ${timeParam}
      AND NOT EXISTS (SELECT 1 FROM feature_history h WHERE h.collection_id = f.collection_id AND h.feature_id = f.id))`;
}
