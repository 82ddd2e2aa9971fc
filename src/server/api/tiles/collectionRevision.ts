/** Reads a collection's revision: the counter every feature change bumps, which tile caches key on. */
import type { Queryable } from '../../db/Database.ts';
import { HttpError } from '../HttpError.ts';

/** The revision of `collectionId` as a decimal string; 404 problem+json when the collection is unknown. */
export async function collectionRevision(db: Queryable, collectionId: string): Promise<string> {
  const [row] = await db.query<{ revision: string }>('SELECT revision::text AS revision FROM collections WHERE id = $1', [collectionId]);
  if (!row) throw new HttpError(404, 'Not found', `There is no collection "${collectionId}"; see /api/collections for the list`);
  return row.revision;
}
