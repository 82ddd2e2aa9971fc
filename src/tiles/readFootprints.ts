/**
 * Reads building footprints of a collection from the shared database (PGlite or PostgreSQL, same
 * SQL), as WKB, in pages ordered by id so memory and progress stay steady.
 */
import type { Queryable } from '../server/db/Database.ts';
import type { Footprint, FootprintError } from './Footprint.ts';
import { parseWkbPolygons } from './parseWkb.ts';

/** Rows per page. */
const PAGE = 5000;

interface Row {
  id: string;
  properties: Record<string, unknown> | string | null;
  wkb: Uint8Array | string;
}

function toFootprint(row: Row): Footprint | FootprintError {
  const properties = typeof row.properties === 'string' ? (JSON.parse(row.properties) as Record<string, unknown>) : (row.properties ?? {});
  try {
    const bytes = typeof row.wkb === 'string' ? Uint8Array.from(Buffer.from(row.wkb.replace(/^\\x/, ''), 'hex')) : row.wkb;
    return { id: row.id, polygons: parseWkbPolygons(bytes), properties };
  } catch (error) {
    return { id: row.id, reason: (error as Error).message };
  }
}

/** A page of footprints, or the features that could not be read (with reasons). */
export interface FootprintPage {
  footprints: Footprint[];
  errors: FootprintError[];
}

const SELECT = 'SELECT id, properties, ST_AsBinary(geom) AS wkb FROM features WHERE collection_id = $1';

/** Yields every footprint of `collection`, a page at a time, ordered by id. */
export async function* readFootprints(db: Queryable, collection: string): AsyncGenerator<FootprintPage> {
  let after = '';
  for (;;) {
    const rows = await db.query<Row>(`${SELECT} AND id > $2 ORDER BY id LIMIT ${PAGE}`, [collection, after]);
    if (rows.length === 0) return;
    yield split(rows);
    after = rows[rows.length - 1].id;
    if (rows.length < PAGE) return;
  }
}

/** The footprints with these ids (missing ids are simply absent). */
export async function readFootprintsById(db: Queryable, collection: string, ids: string[]): Promise<FootprintPage> {
  const out: FootprintPage = { footprints: [], errors: [] };
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = split(await db.query<Row>(`${SELECT} AND id = ANY($2::text[])`, [collection, ids.slice(i, i + PAGE)]));
    out.footprints.push(...page.footprints);
    out.errors.push(...page.errors);
  }
  return out;
}

function split(rows: Row[]): FootprintPage {
  const page: FootprintPage = { footprints: [], errors: [] };
  for (const row of rows) {
    const f = toFootprint(row);
    if ('reason' in f) page.errors.push(f);
    else page.footprints.push(f);
  }
  return page;
}

/** The collection's revision and the newest history row, read before the features (a later edit is seen next time). */
export async function readCollectionState(db: Queryable, collection: string): Promise<{ revision: number; historyId: number } | undefined> {
  const [row] = await db.query<{ revision: string | number; history_id: string | number | null }>(
    `SELECT c.revision, (SELECT max(h.history_id) FROM feature_history h WHERE h.collection_id = c.id) AS history_id
       FROM collections c WHERE c.id = $1`, [collection]);
  return row ? { revision: Number(row.revision), historyId: Number(row.history_id ?? 0) } : undefined;
}

/** Ids of features changed (inserted, updated, deleted, reverted, restored) after history row `historyId`. */
export async function changedFeatureIds(db: Queryable, collection: string, historyId: number): Promise<string[]> {
  const rows = await db.query<{ feature_id: string }>(
    'SELECT DISTINCT feature_id FROM feature_history WHERE collection_id = $1 AND history_id > $2', [collection, historyId]);
  return rows.map((r) => r.feature_id);
}
