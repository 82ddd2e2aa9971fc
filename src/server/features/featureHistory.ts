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
  const rows = await db.query<Row>(
    `SELECT version, operation, changed_by, changed_at, properties, md5(ST_AsEWKB(geom)::text) AS geom_hash
     FROM feature_history WHERE collection_id = $1 AND feature_id = $2 ORDER BY history_id`,
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

/** A feature's state at one version, as a GeoJSON Feature, or undefined (no such version / deleted). */
export async function featureAtVersion(db: Queryable, collectionId: string, featureId: string, version: number) {
  const [row] = await db.query<{ properties: Record<string, unknown>; geometry: unknown; changed_at: Date | string }>(
    `SELECT properties, ST_AsGeoJSON(geom, 9)::json AS geometry, changed_at FROM feature_history
     WHERE collection_id = $1 AND feature_id = $2 AND version = $3 AND geom IS NOT NULL ORDER BY history_id DESC LIMIT 1`,
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
  return `(SELECT * FROM (
      SELECT DISTINCT ON (feature_id) collection_id, feature_id AS id, properties, geom, version, operation
      FROM feature_history WHERE collection_id = ${collectionParam} AND changed_at <= ${timeParam}
      ORDER BY feature_id, history_id DESC) latest WHERE operation <> 'delete')`;
}
