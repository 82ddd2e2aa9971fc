/**
 * Versioned feature edits (OGC API – Features Part 4 semantics). Each function is one transaction
 * that changes the feature and appends its new state to feature_history; a failure changes nothing.
 * Optimistic concurrency: `ifMatch` is the ETag (`"<version>"`) the client last saw.
 */
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/Database.ts';
import { HttpError } from '../api/HttpError.ts';
import { bumpRevision } from './bumpRevision.ts';
import { collectionMeta, type CollectionMeta } from './collectionMeta.ts';
import { checkGeometry, checkProperties, validateFeatureInput } from './validateFeatureInput.ts';

/** Result of a write: the feature id and its new version (the ETag is `"version"`). */
export interface WriteResult {
  id: string;
  version: number;
}

/** An RFC 7396 merge patch of a feature. */
export interface FeaturePatch {
  properties?: Record<string, unknown>;
  geometry?: unknown;
}

/** ETag for a version. */
export function etag(version: number): string {
  return `"${version}"`;
}

function checkIfMatch(ifMatch: string | undefined, version: number, id: string): void {
  if (ifMatch === undefined || ifMatch === '*') return;
  const wanted = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!wanted.includes(etag(version))) {
    throw new HttpError(412, 'Precondition failed', `Feature "${id}" is at version ${version} (ETag ${etag(version)}), not ${ifMatch}; reload it and apply your change again`);
  }
}

async function checkValidInPostgis(tx: Queryable, geometry: unknown): Promise<void> {
  const [row] = await tx.query<{ valid: boolean; reason: string }>(
    'SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) AS g) s',
    [JSON.stringify(geometry)],
  );
  if (!row?.valid) throw new HttpError(400, 'Invalid feature', `geometry is not valid: ${row?.reason ?? 'unknown reason'}`);
}

async function history(tx: Queryable, c: string, id: string, version: number, operation: string, user: string, withState: boolean) {
  await bumpRevision(tx, c);
  await tx.query(
    `INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by)
     SELECT $1, $2, $3, $4, ${withState ? 'f.properties, f.geom' : 'NULL, NULL'}, $5
     FROM (SELECT 1) one LEFT JOIN features f ON f.collection_id = $1 AND f.id = $2`,
    [c, id, version, operation, user],
  );
}

async function lastVersion(tx: Queryable, c: string, id: string): Promise<number> {
  const [row] = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM feature_history WHERE collection_id = $1 AND feature_id = $2', [c, id]);
  return row?.v ?? 0;
}

/**
 * Locks the feature's row and returns it. Seeded features get no history row when seeded (that
 * would double the cost of loading large samples); their seed state is copied into the history
 * here, on first edit, so every version stays recoverable.
 */
async function current(tx: Queryable, c: string, id: string): Promise<{ version: number; properties: Record<string, unknown> } | undefined> {
  const [row] = await tx.query<{ version: number; properties: Record<string, unknown> }>(
    'SELECT version, properties FROM features WHERE collection_id = $1 AND id = $2 FOR UPDATE',
    [c, id],
  );
  if (row) {
    await tx.query(
      `INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by, changed_at)
       SELECT collection_id, id, version, 'seed', properties, geom, updated_by, updated_at FROM features
       WHERE collection_id = $1 AND id = $2
         AND NOT EXISTS (SELECT 1 FROM feature_history h WHERE h.collection_id = $1 AND h.feature_id = $2)`,
      [c, id],
    );
  }
  return row;
}

function notFound(c: string, id: string): HttpError {
  return new HttpError(404, 'Not found', `Collection "${c}" has no feature "${id}"`);
}

async function store(tx: Queryable, c: CollectionMeta, id: string, props: Record<string, unknown>, geometry: unknown, version: number, user: string, insert: boolean) {
  await checkValidInPostgis(tx, geometry);
  const sql = insert
    ? `INSERT INTO features (collection_id, id, properties, geom, version, updated_by, updated_at)
       VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), $5, $6, now())`
    : `UPDATE features SET properties = $3, geom = ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), version = $5, updated_by = $6, updated_at = now()
       WHERE collection_id = $1 AND id = $2`;
  await tx.query(sql, [c.id, id, JSON.stringify(props), JSON.stringify(geometry), version, user]);
}

/** Creates a feature; the id comes from the body or is generated. 409 when the id exists. */
export async function createFeature(db: Database, collectionId: string, body: unknown, user: string): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const c = await collectionMeta(tx, collectionId);
    const input = validateFeatureInput(c, body);
    const id = input.id ?? randomUUID();
    if (await current(tx, c.id, id)) throw new HttpError(409, 'Conflict', `Feature "${id}" already exists in "${c.id}"; use PUT to replace it`);
    const version = (await lastVersion(tx, c.id, id)) + 1;
    await store(tx, c, id, input.properties, input.geometry, version, user, true);
    await history(tx, c.id, id, version, 'insert', user, true);
    return { id, version };
  });
}

/** Replaces a feature's properties and geometry (PUT). */
export async function replaceFeature(db: Database, collectionId: string, id: string, body: unknown, ifMatch: string | undefined, user: string): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const c = await collectionMeta(tx, collectionId);
    const input = validateFeatureInput(c, body);
    if (input.id !== undefined && input.id !== id) throw new HttpError(400, 'Invalid feature', `The body's id "${input.id}" differs from the URL's "${id}"`);
    const existing = await current(tx, c.id, id);
    if (!existing) throw notFound(c.id, id);
    checkIfMatch(ifMatch, existing.version, id);
    const version = existing.version + 1;
    await store(tx, c, id, input.properties, input.geometry, version, user, false);
    await history(tx, c.id, id, version, 'update', user, true);
    return { id, version };
  });
}

/** Applies a merge patch (PATCH): properties set to null are removed; geometry replaced when given. */
export async function patchFeature(db: Database, collectionId: string, id: string, body: unknown, ifMatch: string | undefined, user: string): Promise<WriteResult> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'Invalid patch', 'The body must be a JSON merge patch object like {"properties": {...}}');
  const patch = body as FeaturePatch & Record<string, unknown>;
  const unknownKeys = Object.keys(patch).filter((k) => !['type', 'properties', 'geometry', 'id'].includes(k));
  if (unknownKeys.length) throw new HttpError(400, 'Invalid patch', `Unknown key(s) ${unknownKeys.join(', ')}; a patch may set "properties" and "geometry"`);
  if (patch.properties !== undefined && (typeof patch.properties !== 'object' || patch.properties === null || Array.isArray(patch.properties))) {
    throw new HttpError(400, 'Invalid patch', '"properties" must be an object');
  }
  return db.transaction(async (tx) => {
    const c = await collectionMeta(tx, collectionId);
    const existing = await current(tx, c.id, id);
    if (!existing) throw notFound(c.id, id);
    checkIfMatch(ifMatch, existing.version, id);
    const properties = { ...existing.properties };
    for (const [key, value] of Object.entries(patch.properties ?? {})) {
      if (value === null) delete properties[key];
      else properties[key] = value;
    }
    checkProperties(c, properties);
    let geometry: unknown;
    if (patch.geometry !== undefined) geometry = checkGeometry(c, patch.geometry);
    else [{ geometry }] = (await tx.query<{ geometry: unknown }>('SELECT ST_AsGeoJSON(geom)::json AS geometry FROM features WHERE collection_id = $1 AND id = $2', [c.id, id])) as [{ geometry: unknown }];
    const version = existing.version + 1;
    await store(tx, c, id, properties, geometry, version, user, false);
    await history(tx, c.id, id, version, 'update', user, true);
    return { id, version };
  });
}

/** Deletes a feature; its history stays, so it can be restored. */
export async function deleteFeature(db: Database, collectionId: string, id: string, ifMatch: string | undefined, user: string): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const c = await collectionMeta(tx, collectionId);
    const existing = await current(tx, c.id, id);
    if (!existing) throw notFound(c.id, id);
    checkIfMatch(ifMatch, existing.version, id);
    await tx.query('DELETE FROM features WHERE collection_id = $1 AND id = $2', [c.id, id]);
    const version = existing.version + 1;
    await history(tx, c.id, id, version, 'delete', user, false);
    return { id, version };
  });
}

/**
 * Sets a feature back to the state of an earlier version (also brings back a deleted feature).
 * `operation` is recorded in the history: `revert` or `restore`.
 */
export async function revertFeature(db: Database, collectionId: string, id: string, toVersion: number | 'last-existing', user: string): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const c = await collectionMeta(tx, collectionId);
    const existing = await current(tx, c.id, id);
    if (toVersion === 'last-existing' && existing) throw new HttpError(409, 'Conflict', `Feature "${id}" is not deleted; nothing to restore`);
    const [target] = await tx.query<{ version: number; properties: Record<string, unknown>; geometry: unknown }>(
      `SELECT version, properties, ST_AsGeoJSON(geom)::json AS geometry FROM feature_history
       WHERE collection_id = $1 AND feature_id = $2 AND geom IS NOT NULL ${toVersion === 'last-existing' ? '' : 'AND version = $3'}
       ORDER BY history_id DESC LIMIT 1`,
      toVersion === 'last-existing' ? [c.id, id] : [c.id, id, toVersion],
    );
    if (!target) {
      throw new HttpError(404, 'Not found', toVersion === 'last-existing' ? `Feature "${id}" has no history in "${c.id}"` : `Feature "${id}" has no version ${toVersion} with a state to return to`);
    }
    const version = (await lastVersion(tx, c.id, id)) + 1;
    await store(tx, c, id, target.properties, target.geometry, version, user, !existing);
    await history(tx, c.id, id, version, toVersion === 'last-existing' ? 'restore' : 'revert', user, true);
    return { id, version };
  });
}
