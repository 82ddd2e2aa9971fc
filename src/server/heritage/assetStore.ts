/**
 * Asset metadata rows: create an asset (version 1), add a version (a replaced file keeps its old
 * versions), read one version or the current one, list a monument's assets, and pin the current
 * versions of the assets a tour references. The files themselves are in assetFiles.ts.
 */
import type { Database, Queryable } from '../db/Database.ts';
import type { AssetKind } from '../../heritage/assets/assetKinds.ts';

/** Where a model stands on the globe: degrees, metres above the ellipsoid, heading in degrees, uniform scale. */
export interface ModelPlacement {
  lonDeg: number;
  latDeg: number;
  heightM: number;
  headingDeg: number;
  scale: number;
}

/** Per-version details: pixel size (images), placement (models), validator warnings (models). */
export interface AssetDetails {
  width?: number;
  height?: number;
  placement?: ModelPlacement;
  warnings?: string[];
}

/** One version of an asset (metadata; the file is found by `sha256`). */
export interface AssetVersion {
  id: string;
  monumentId: string;
  kind: AssetKind;
  version: number;
  /** Newest version of this asset. */
  latestVersion: number;
  sha256: string;
  mediaType: string;
  bytes: number;
  fileName: string | null;
  title: string | null;
  language: string | null;
  details: AssetDetails;
  savedBy: string;
  savedAt: string;
}

/** What a new version records. */
export interface AssetVersionInput {
  sha256: string;
  mediaType: string;
  bytes: number;
  fileName?: string;
  title?: string;
  language?: string;
  details: AssetDetails;
}

interface Row { id: string; monument_id: string; kind: AssetKind; version: number; latest: number; sha256: string; media_type: string; bytes: number | string; file_name: string | null; title: string | null; language: string | null; details: unknown; saved_by: string; saved_at: unknown }

const SELECT = `SELECT a.id, a.monument_id, a.kind, v.version, a.version AS latest, v.sha256, v.media_type, v.bytes, v.file_name, v.title, v.language, v.details, v.saved_by, v.saved_at
  FROM heritage_assets a JOIN heritage_asset_versions v ON v.asset_id = a.id`;

function toVersion(r: Row): AssetVersion {
  return {
    id: r.id, monumentId: r.monument_id, kind: r.kind, version: Number(r.version), latestVersion: Number(r.latest), sha256: r.sha256,
    mediaType: r.media_type, bytes: Number(r.bytes), fileName: r.file_name, title: r.title, language: r.language,
    details: (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as AssetDetails, savedBy: r.saved_by,
    savedAt: r.saved_at instanceof Date ? r.saved_at.toISOString() : String(r.saved_at),
  };
}

async function insertVersion(tx: Queryable, id: string, version: number, input: AssetVersionInput, by: string): Promise<void> {
  await tx.query(
    `INSERT INTO heritage_asset_versions (asset_id, version, sha256, media_type, bytes, file_name, title, language, details, saved_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
    [id, version, input.sha256, input.mediaType, input.bytes, input.fileName ?? null, input.title ?? null, input.language ?? null, JSON.stringify(input.details), by],
  );
}

/** Creates asset `id` of `monumentId` at version 1. */
export async function createAsset(db: Database, id: string, monumentId: string, kind: AssetKind, input: AssetVersionInput, by: string): Promise<AssetVersion> {
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO heritage_assets (id, monument_id, kind, created_by, updated_by) VALUES ($1, $2, $3, $4, $4)', [id, monumentId, kind, by]);
    await insertVersion(tx, id, 1, input, by);
    return (await getAsset(tx, id))!;
  });
}

/** Adds the next version of asset `id`; undefined when there is no such asset. */
export async function addAssetVersion(db: Database, id: string, input: AssetVersionInput, by: string): Promise<AssetVersion | undefined> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ version: number }>('UPDATE heritage_assets SET version = version + 1, updated_by = $2, updated_at = now() WHERE id = $1 RETURNING version', [id, by]);
    if (!rows[0]) return undefined;
    await insertVersion(tx, id, Number(rows[0].version), input, by);
    return (await getAsset(tx, id))!;
  });
}

/** Version `version` (default: the newest) of asset `id`, or undefined. */
export async function getAsset(db: Queryable, id: string, version?: number): Promise<AssetVersion | undefined> {
  const rows = await db.query<Row>(`${SELECT} WHERE a.id = $1 AND v.version = COALESCE($2::int, a.version)`, [id, version ?? null]);
  return rows[0] ? toVersion(rows[0]) : undefined;
}

/** Every version of asset `id`, newest first. */
export async function listAssetVersions(db: Queryable, id: string): Promise<AssetVersion[]> {
  return (await db.query<Row>(`${SELECT} WHERE a.id = $1 ORDER BY v.version DESC`, [id])).map(toVersion);
}

/** Current versions of the assets of `monumentId` (all monuments when undefined), by monument and id. */
export async function listAssets(db: Queryable, monumentId?: string): Promise<AssetVersion[]> {
  const rows = await db.query<Row>(`${SELECT} WHERE v.version = a.version AND ($1::text IS NULL OR a.monument_id = $1) ORDER BY a.monument_id, a.id`, [monumentId ?? null]);
  return rows.map(toVersion);
}

/** Pinned versions `{id: version}` of the given assets (current versions). */
export async function pinAssets(db: Queryable, ids: string[]): Promise<{ pins: Record<string, number>; kinds: Record<string, AssetKind>; unknown: string[] }> {
  if (ids.length === 0) return { pins: {}, kinds: {}, unknown: [] };
  const rows = await db.query<{ id: string; version: number; kind: AssetKind }>('SELECT id, version, kind FROM heritage_assets WHERE id = ANY($1::text[])', [ids]);
  const pins: Record<string, number> = {};
  const kinds: Record<string, AssetKind> = {};
  for (const r of rows) {
    pins[r.id] = Number(r.version);
    kinds[r.id] = r.kind;
  }
  return { pins, kinds, unknown: ids.filter((id) => !(id in pins)) };
}
