/**
 * Who may read and write what: the role model in one pure module (tested as a matrix).
 * Public collections are readable by anyone; sector-internal ones by that sector's roles and admins.
 * Writes need the editor or admin role in the collection's sector, or a global admin.
 */

/** A sector role. */
export type Role = 'viewer' | 'editor' | 'admin';

/** The caller of a request; `undefined` is the anonymous public viewer. */
export interface User {
  username: string;
  isAdmin: boolean;
  /** Role per sector id. */
  roles: Record<string, Role>;
}

/** What access checks need to know about a collection. */
export interface CollectionAccess {
  sector: string;
  access: 'public' | 'sector';
}

/** Whether `user` may read features of `collection`. */
export function canRead(user: User | undefined, collection: CollectionAccess): boolean {
  if (collection.access === 'public') return true;
  if (!user) return false;
  return user.isAdmin || user.roles[collection.sector] !== undefined;
}

/** Whether `user` may create, change or delete features of `collection`. */
export function canWrite(user: User | undefined, collection: CollectionAccess): boolean {
  if (!user) return false;
  if (user.isAdmin) return true;
  const role = user.roles[collection.sector];
  return role === 'editor' || role === 'admin';
}

/** Whether `user` may manage users and collections (global admin only). */
export function canAdminister(user: User | undefined): boolean {
  return user?.isAdmin === true;
}
