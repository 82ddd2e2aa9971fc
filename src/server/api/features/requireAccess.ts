/** Access checks for feature routes: refuse with 401/403 problem+json and log every refusal. */
import type { FastifyRequest } from 'fastify';
import { logRefusal } from '../../auth/authRoutes.ts';
import { canRead, canWrite } from '../../auth/permissions.ts';
import type { Database } from '../../db/Database.ts';
import { collectionMeta, type CollectionMeta } from '../../features/collectionMeta.ts';
import { HttpError } from '../HttpError.ts';

/** Loads the collection and checks that the caller may read it (404 before 403 leaks nothing new: ids are public). */
export async function requireRead(db: Database, request: FastifyRequest, collectionId: string): Promise<CollectionMeta> {
  const collection = await collectionMeta(db, collectionId);
  if (!canRead(request.user, collection)) {
    const status = request.user ? 403 : 401;
    await logRefusal(db, request, status, `read of sector-internal collection "${collectionId}"`);
    throw new HttpError(status, status === 401 ? 'Unauthorized' : 'Forbidden', `Collection "${collectionId}" is internal to the ${collection.sector} sector; ${request.user ? 'your account has no role there' : 'log in with POST /api/auth/login'}`);
  }
  return collection;
}

/** Checks that the caller may edit the collection; returns the username to record. */
export async function requireWrite(db: Database, request: FastifyRequest, collectionId: string): Promise<string> {
  const collection = await collectionMeta(db, collectionId);
  if (!canWrite(request.user, collection)) {
    const status = request.user ? 403 : 401;
    await logRefusal(db, request, status, `${request.method} on "${collectionId}" without an editor role`);
    throw new HttpError(
      status,
      status === 401 ? 'Unauthorized' : 'Forbidden',
      request.user
        ? `Editing "${collectionId}" needs the editor role in the ${collection.sector} sector; "${request.user.username}" does not have it`
        : 'Editing needs a login: POST /api/auth/login, then send Authorization: Bearer <token>',
    );
  }
  return request.user!.username;
}
