/** Marks a collection's features as changed: bumps `collections.revision` inside the caller's transaction. */
import type { Queryable } from '../db/Database.ts';

/** Increments the revision (and `updated_at`) of a collection; call in the same transaction as the change. */
export async function bumpRevision(tx: Queryable, collectionId: string): Promise<void> {
  await tx.query('UPDATE collections SET revision = revision + 1, updated_at = now() WHERE id = $1', [collectionId]);
}
