/**
 * The monument registry in the database: seeded from `<TOURS_DIR>/monuments.json` on start (a
 * changed file replaces the entries; the registry is not edited through the API), and read joined
 * with the monument's point in `features` (the heritage-monuments layer stays the one source of
 * positions).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database, Queryable } from '../db/Database.ts';
import { StartupError } from '../StartupError.ts';
import type { MonumentEntry } from '../../heritage/registry/monumentRegistrySchema.ts';
import { validateMonumentRegistry } from '../../heritage/registry/validateMonumentRegistry.ts';
import type { LocalizedText } from '../../heritage/languages.ts';

/** File of the registry inside the tours folder. */
export const MONUMENT_REGISTRY_FILE = 'monuments.json';
/** Collection holding the monument points. */
export const MONUMENTS_COLLECTION = 'heritage-monuments';

/** A monument as the API serves it: its point, the layer's attributes and the registry entry (when there is one). */
export interface Monument {
  id: string;
  collection: string;
  lonDeg: number;
  latDeg: number;
  name: LocalizedText;
  kind: string | null;
  /** Whether the point is an approximate placement (from the layer's `synthetic`). */
  positionApproximate: boolean;
  /** Position uncertainty in metres, from the layer; null when unknown. */
  positionUncertaintyM: number | null;
  /** Registry facts (description, period, dynasty, conservation, translations, sources); null when the registry has no entry. */
  registry: Omit<MonumentEntry, 'id' | 'collection' | 'name'> | null;
}

/** Seeds the registry from `toursDir` (no file: nothing to do); returns warnings. Throws StartupError for an invalid file. */
export async function seedMonumentRegistry(db: Database, toursDir: string, onProgress: (line: string) => void = () => undefined): Promise<string[]> {
  const file = path.join(toursDir, MONUMENT_REGISTRY_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StartupError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const checked = validateMonumentRegistry(parsed);
  if (!checked.ok) throw new StartupError(`${file}: ${checked.errors[0]}${checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : ''}`);
  const hash = createHash('sha256').update(text).digest('hex');
  const current = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM heritage_monuments WHERE seed_hash = $1', [hash]);
  if (Number(current[0]!.n) === checked.registry.monuments.length) return [];
  const missing: string[] = [];
  await db.transaction(async (tx) => {
    for (const entry of checked.registry.monuments) {
      const exists = await tx.query('SELECT 1 FROM features WHERE collection_id = $1 AND id = $2', [entry.collection, entry.id]);
      if (exists.length === 0) missing.push(entry.id);
      await tx.query(
        `INSERT INTO heritage_monuments (id, collection_id, document, seed_hash) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (id) DO UPDATE SET collection_id = EXCLUDED.collection_id, document = EXCLUDED.document, seed_hash = EXCLUDED.seed_hash, updated_at = now()`,
        [entry.id, entry.collection, JSON.stringify(entry), hash],
      );
    }
  });
  onProgress(`seeded the monument registry (${checked.registry.monuments.length} monuments)`);
  if (missing.length === 0) return [];
  const names = `${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}`;
  return [`${file}: ${missing.length} monument(s) have no point in the catalog (${names}); they are kept without a position — is the heritage-monuments layer missing?`];
}

interface Row { id: string; collection_id: string; properties: unknown; lon: number | string; lat: number | string; document: unknown }

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function toMonument(r: Row): Monument {
  const p = json<Record<string, unknown> | null>(r.properties) ?? {};
  const entry = r.document ? json<MonumentEntry>(r.document) : null;
  const name: LocalizedText = entry?.name ?? {
    ...(typeof p.name_vi === 'string' ? { vi: p.name_vi } : {}),
    ...(typeof p.name_en === 'string' ? { en: p.name_en } : {}),
  };
  let registry: Monument['registry'] = null;
  if (entry) {
    const { id: _id, collection: _collection, name: _name, ...rest } = entry;
    registry = rest;
  }
  return {
    id: r.id, collection: r.collection_id, lonDeg: Number(r.lon), latDeg: Number(r.lat), name,
    kind: typeof p.kind === 'string' ? p.kind : null, positionApproximate: p.synthetic === true,
    positionUncertaintyM: typeof p.position_uncertainty_m === 'number' ? p.position_uncertainty_m : null, registry,
  };
}

/** Monuments: the points of the monuments collection with their registry entries; one when `id` is given. */
export async function readMonuments(db: Queryable, id?: string): Promise<Monument[]> {
  const rows = await db.query<Row>(
    `SELECT f.id, f.collection_id, f.properties, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, m.document
       FROM features f LEFT JOIN heritage_monuments m ON m.id = f.id AND m.collection_id = f.collection_id
      WHERE f.collection_id = $1 AND ST_GeometryType(f.geom) = 'ST_Point' AND ($2::text IS NULL OR f.id = $2)
      ORDER BY f.id`,
    [MONUMENTS_COLLECTION, id ?? null],
  );
  return rows.map(toMonument);
}
