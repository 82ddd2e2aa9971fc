/**
 * Tour rows: create a draft, save the draft (optimistic concurrency on its revision), publish the
 * draft as a new immutable version, restore a version into the draft, read versions and lists.
 * Every write is one transaction.
 */
import type { Database, Queryable } from '../db/Database.ts';
import type { TourDocument } from '../../heritage/tour/tourSchema.ts';

/** The draft of a tour. */
export interface TourDraft {
  id: string;
  document: TourDocument;
  /** Increases by one on every save or restore; the draft's ETag is `"draft-<revision>"`. */
  revision: number;
  updatedBy: string;
  updatedAt: string;
  /** Newest published version, or null when never published. */
  latestVersion: number | null;
  createdBy: string;
  createdAt: string;
}

/** One published version of a tour. */
export interface TourVersion {
  id: string;
  version: number;
  document: TourDocument;
  /** Asset id → asset version, pinned at publish. */
  assetPins: Record<string, number>;
  note: string | null;
  restoredFrom: number | null;
  publishedBy: string;
  publishedAt: string;
  latestVersion: number;
}

/** Result of a write that checks the draft revision. */
export type DraftWrite = { ok: true; revision: number } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'stale'; revision: number };

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

interface DraftRow { id: string; draft: unknown; draft_revision: number; draft_updated_by: string; draft_updated_at: unknown; latest_version: number | null; created_by: string; created_at: unknown }
interface VersionRow { tour_id: string; version: number; document: unknown; asset_pins: unknown; note: string | null; restored_from: number | null; published_by: string; published_at: unknown; latest_version: number }

function toDraft(r: DraftRow): TourDraft {
  return {
    id: r.id, document: json<TourDocument>(r.draft), revision: Number(r.draft_revision), updatedBy: r.draft_updated_by,
    updatedAt: iso(r.draft_updated_at), latestVersion: r.latest_version === null ? null : Number(r.latest_version),
    createdBy: r.created_by, createdAt: iso(r.created_at),
  };
}

function toVersion(r: VersionRow): TourVersion {
  return {
    id: r.tour_id, version: Number(r.version), document: json<TourDocument>(r.document), assetPins: json<Record<string, number>>(r.asset_pins),
    note: r.note, restoredFrom: r.restored_from === null ? null : Number(r.restored_from), publishedBy: r.published_by,
    publishedAt: iso(r.published_at), latestVersion: Number(r.latest_version),
  };
}

/** Creates tour `id` with `document` as its draft (revision 1); false when the id is taken. */
export async function createTour(db: Database, id: string, document: TourDocument, by: string, seedHash: string | null = null): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO tours (id, draft, draft_updated_by, created_by, seed_hash) VALUES ($1, $2::jsonb, $3, $3, $4)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [id, JSON.stringify(document), by, seedHash],
  );
  return rows.length > 0;
}

/** The draft of `id`, or undefined. */
export async function getDraft(db: Queryable, id: string): Promise<TourDraft | undefined> {
  const rows = await db.query<DraftRow>('SELECT id, draft, draft_revision, draft_updated_by, draft_updated_at, latest_version, created_by, created_at FROM tours WHERE id = $1', [id]);
  return rows[0] ? toDraft(rows[0]) : undefined;
}

async function lockRevision(tx: Queryable, id: string, expected: number | undefined): Promise<DraftWrite> {
  const rows = await tx.query<{ draft_revision: number }>('SELECT draft_revision FROM tours WHERE id = $1 FOR UPDATE', [id]);
  if (!rows[0]) return { ok: false, reason: 'not-found' };
  const revision = Number(rows[0].draft_revision);
  if (expected !== undefined && expected !== revision) return { ok: false, reason: 'stale', revision };
  return { ok: true, revision };
}

/** Replaces the draft of `id` when its revision is `expectedRevision`; the new revision is one more. */
export async function saveDraft(db: Database, id: string, document: TourDocument, by: string, expectedRevision: number): Promise<DraftWrite> {
  return db.transaction(async (tx) => {
    const locked = await lockRevision(tx, id, expectedRevision);
    if (!locked.ok) return locked;
    await tx.query(
      'UPDATE tours SET draft = $2::jsonb, draft_revision = draft_revision + 1, draft_updated_by = $3, draft_updated_at = now() WHERE id = $1',
      [id, JSON.stringify(document), by],
    );
    return { ok: true, revision: locked.revision + 1 };
  });
}

/** Result of {@link publishDraft}. */
export type PublishResult = { ok: true; version: TourVersion } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'stale'; revision: number } | { ok: false; reason: 'unchanged'; version: number };

/**
 * Publishes the current draft of `id` as the next version, with `assetPins` (resolved by the caller
 * inside the same transaction through `pin`). `expectedRevision` (optional) guards against
 * publishing a draft the caller has not seen. Refuses a draft equal to the newest version.
 */
export async function publishDraft(
  db: Database,
  id: string,
  by: string,
  options: { note?: string; expectedRevision?: number; pin: (tx: Queryable, document: TourDocument) => Promise<Record<string, number>>; check?: (document: TourDocument) => void },
): Promise<PublishResult> {
  return db.transaction(async (tx) => {
    const locked = await lockRevision(tx, id, options.expectedRevision);
    if (!locked.ok) return locked;
    const draft = (await getDraft(tx, id))!;
    options.check?.(draft.document);
    if (draft.latestVersion !== null) {
      const same = await tx.query<{ same: boolean }>('SELECT document = $3::jsonb AS same FROM tour_versions WHERE tour_id = $1 AND version = $2', [id, draft.latestVersion, JSON.stringify(draft.document)]);
      if (same[0]?.same) return { ok: false, reason: 'unchanged', version: draft.latestVersion };
    }
    const pins = await options.pin(tx, draft.document);
    const version = (draft.latestVersion ?? 0) + 1;
    await tx.query(
      `INSERT INTO tour_versions (tour_id, version, document, asset_pins, note, restored_from, published_by)
       SELECT $1, $2, $3::jsonb, $4::jsonb, $5, draft_restored_from, $6 FROM tours WHERE id = $1`,
      [id, version, JSON.stringify(draft.document), JSON.stringify(pins), options.note ?? null, by],
    );
    await tx.query('UPDATE tours SET latest_version = $2, draft_restored_from = NULL WHERE id = $1', [id, version]);
    return { ok: true, version: (await getVersion(tx, id, version))! };
  });
}

/** Published version `version` of `id` (default: the newest), or undefined. */
export async function getVersion(db: Queryable, id: string, version?: number): Promise<TourVersion | undefined> {
  const rows = await db.query<VersionRow>(
    `SELECT v.tour_id, v.version, v.document, v.asset_pins, v.note, v.restored_from, v.published_by, v.published_at, t.latest_version
       FROM tour_versions v JOIN tours t ON t.id = v.tour_id
      WHERE v.tour_id = $1 AND v.version = COALESCE($2::int, t.latest_version)`,
    [id, version ?? null],
  );
  return rows[0] ? toVersion(rows[0]) : undefined;
}

/** Every published version of `id`, newest first (documents included). */
export async function listVersions(db: Queryable, id: string): Promise<TourVersion[]> {
  const rows = await db.query<VersionRow>(
    `SELECT v.tour_id, v.version, v.document, v.asset_pins, v.note, v.restored_from, v.published_by, v.published_at, t.latest_version
       FROM tour_versions v JOIN tours t ON t.id = v.tour_id WHERE v.tour_id = $1 ORDER BY v.version DESC`,
    [id],
  );
  return rows.map(toVersion);
}

/** Makes version `version` of `id` the draft again (a new draft revision); versions are untouched. */
export async function restoreVersion(db: Database, id: string, version: number, by: string, expectedRevision?: number): Promise<DraftWrite | { ok: false; reason: 'no-version' }> {
  return db.transaction(async (tx) => {
    const locked = await lockRevision(tx, id, expectedRevision);
    if (!locked.ok) return locked;
    const source = await getVersion(tx, id, version);
    if (!source) return { ok: false as const, reason: 'no-version' as const };
    await tx.query(
      'UPDATE tours SET draft = $2::jsonb, draft_revision = draft_revision + 1, draft_updated_by = $3, draft_updated_at = now(), draft_restored_from = $4 WHERE id = $1',
      [id, JSON.stringify(source.document), by, version],
    );
    return { ok: true as const, revision: locked.revision + 1 };
  });
}

/** Newest published version of every published tour, by id. */
export async function listPublished(db: Queryable): Promise<TourVersion[]> {
  const rows = await db.query<VersionRow>(
    `SELECT v.tour_id, v.version, v.document, v.asset_pins, v.note, v.restored_from, v.published_by, v.published_at, t.latest_version
       FROM tours t JOIN tour_versions v ON v.tour_id = t.id AND v.version = t.latest_version ORDER BY t.id`,
  );
  return rows.map(toVersion);
}

/** Every draft, by id (editors' list). */
export async function listDrafts(db: Queryable): Promise<TourDraft[]> {
  const rows = await db.query<DraftRow>('SELECT id, draft, draft_revision, draft_updated_by, draft_updated_at, latest_version, created_by, created_at FROM tours ORDER BY id');
  return rows.map(toDraft);
}

/** Seed hash and draft editor of `id`, or undefined. */
export async function tourSeedState(db: Queryable, id: string): Promise<{ seedHash: string | null; draftUpdatedBy: string; latestVersion: number | null } | undefined> {
  const rows = await db.query<{ seed_hash: string | null; draft_updated_by: string; latest_version: number | null }>('SELECT seed_hash, draft_updated_by, latest_version FROM tours WHERE id = $1', [id]);
  const r = rows[0];
  return r ? { seedHash: r.seed_hash, draftUpdatedBy: r.draft_updated_by, latestVersion: r.latest_version === null ? null : Number(r.latest_version) } : undefined;
}

/** Records the seed file hash of `id`. */
export async function setTourSeedHash(db: Queryable, id: string, seedHash: string): Promise<void> {
  await db.query('UPDATE tours SET seed_hash = $2 WHERE id = $1', [id, seedHash]);
}
