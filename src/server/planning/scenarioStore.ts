/** Scenario rows: create, list, read (current or a past version), save a new version. */
import type { Database } from '../db/Database.ts';
import type { ScenarioDocument } from '../../planning/scenario/scenarioSchema.ts';

/** A stored scenario (one version of it). */
export interface StoredScenario {
  id: string;
  title: string;
  version: number;
  document: ScenarioDocument;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** One line of the scenario list. */
export interface ScenarioSummary {
  id: string;
  title: string;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** Inserts scenario `id` at version 1; returns false when the id is taken. */
export async function createScenario(db: Database, id: string, document: ScenarioDocument, by: string, seedHash: string | null = null): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query(
      `INSERT INTO scenarios (id, title, document, seed_hash, created_by, updated_by) VALUES ($1, $2, $3::jsonb, $4, $5, $5)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, document.title, JSON.stringify(document), seedHash, by],
    );
    if (rows.length === 0) return false;
    await tx.query('INSERT INTO scenario_versions (scenario_id, version, document, saved_by) VALUES ($1, 1, $2::jsonb, $3)', [id, JSON.stringify(document), by]);
    return true;
  });
}

/** Saves `document` as the next version of `id`; returns the new version, or undefined when `id` is unknown. */
export async function saveScenarioVersion(db: Database, id: string, document: ScenarioDocument, by: string, seedHash?: string): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ version: number }>(
      `UPDATE scenarios SET title = $2, document = $3::jsonb, version = version + 1, updated_by = $4, updated_at = now(),
         seed_hash = COALESCE($5, seed_hash)
       WHERE id = $1 RETURNING version`,
      [id, document.title, JSON.stringify(document), by, seedHash ?? null],
    );
    if (rows.length === 0) return undefined;
    const version = Number(rows[0]!.version);
    await tx.query('INSERT INTO scenario_versions (scenario_id, version, document, saved_by) VALUES ($1, $2, $3::jsonb, $4)', [id, version, JSON.stringify(document), by]);
    return version;
  });
}

/** All scenarios, by id. */
export async function listScenarios(db: Database): Promise<ScenarioSummary[]> {
  const rows = await db.query<{ id: string; title: string; version: number; updated_by: string; updated_at: unknown }>(
    'SELECT id, title, version, updated_by, updated_at FROM scenarios ORDER BY id',
  );
  return rows.map((r) => ({ id: r.id, title: r.title, version: Number(r.version), updatedBy: r.updated_by, updatedAt: iso(r.updated_at) }));
}

/** Scenario `id` as of `version` (default: current), or undefined. */
export async function getScenario(db: Database, id: string, version?: number): Promise<StoredScenario | undefined> {
  const rows = await db.query<{ id: string; title: string; version: number; document: ScenarioDocument; created_by: string; created_at: unknown; updated_by: string; updated_at: unknown }>(
    version === undefined
      ? 'SELECT id, title, version, document, created_by, created_at, updated_by, updated_at FROM scenarios WHERE id = $1'
      : `SELECT s.id, v.document->>'title' AS title, v.version, v.document, s.created_by, s.created_at, v.saved_by AS updated_by, v.saved_at AS updated_at
         FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id WHERE s.id = $1 AND v.version = $2`,
    version === undefined ? [id] : [id, version],
  );
  const r = rows[0];
  if (!r) return undefined;
  const document = typeof r.document === 'string' ? (JSON.parse(r.document) as ScenarioDocument) : r.document;
  return { id: r.id, title: r.title, version: Number(r.version), document, createdBy: r.created_by, createdAt: iso(r.created_at), updatedBy: r.updated_by, updatedAt: iso(r.updated_at) };
}

/** Seed hash and last editor of `id`, or undefined. */
export async function scenarioSeedState(db: Database, id: string): Promise<{ seedHash: string | null; updatedBy: string } | undefined> {
  const rows = await db.query<{ seed_hash: string | null; updated_by: string }>('SELECT seed_hash, updated_by FROM scenarios WHERE id = $1', [id]);
  return rows[0] ? { seedHash: rows[0].seed_hash, updatedBy: rows[0].updated_by } : undefined;
}
