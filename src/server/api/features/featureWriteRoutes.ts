/**
 * OGC API – Features Part 4 (Create, Replace, Update, Delete) plus revert and restore, each one
 * transaction with an audit entry; `ETag`/`If-Match` for optimistic concurrency (stale → 412).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from '../../db/Database.ts';
import {
  createFeature,
  deleteFeature,
  etag,
  patchFeature,
  replaceFeature,
  revertFeature,
  type WriteResult,
} from '../../features/featureWrites.ts';
import { HttpError } from '../HttpError.ts';
import { requireWrite } from './requireAccess.ts';

type ItemParams = { Params: { id: string; fid: string }; Body: unknown };

function ifMatch(headers: Record<string, unknown>): string | undefined {
  const value = headers['if-match'];
  return typeof value === 'string' ? value : undefined;
}

function answer(reply: FastifyReply, collection: string, result: WriteResult, status = 200) {
  return reply
    .status(status)
    .header('etag', etag(result.version))
    .header('location', `/api/collections/${collection}/items/${encodeURIComponent(result.id)}`)
    .send({ id: result.id, version: result.version });
}

/** Registers the write routes. */
export function featureWriteRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;
  const geojson = ['application/geo+json', 'application/merge-patch+json'];
  for (const type of geojson) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'ignore'));
  }

  app.post<{ Params: { id: string }; Body: unknown }>('/api/collections/:id/items', async (request, reply) => {
    const user = await requireWrite(db, request, request.params.id);
    return answer(reply, request.params.id, await createFeature(db, request.params.id, request.body, user), 201);
  });

  app.put<ItemParams>('/api/collections/:id/items/:fid', async (request, reply) => {
    const user = await requireWrite(db, request, request.params.id);
    const { id, fid } = request.params;
    return answer(reply, id, await replaceFeature(db, id, fid, request.body, ifMatch(request.headers), user));
  });

  app.patch<ItemParams>('/api/collections/:id/items/:fid', async (request, reply) => {
    const user = await requireWrite(db, request, request.params.id);
    const { id, fid } = request.params;
    return answer(reply, id, await patchFeature(db, id, fid, request.body, ifMatch(request.headers), user));
  });

  app.delete<ItemParams>('/api/collections/:id/items/:fid', async (request, reply) => {
    const user = await requireWrite(db, request, request.params.id);
    const { id, fid } = request.params;
    const result = await deleteFeature(db, id, fid, ifMatch(request.headers), user);
    return reply.status(204).header('etag', etag(result.version)).send();
  });

  app.post<ItemParams>('/api/collections/:id/items/:fid/revert', async (request, reply) => {
    const user = await requireWrite(db, request, request.params.id);
    const version = (request.body as { version?: unknown } | undefined)?.version;
    if (!Number.isInteger(version) || (version as number) < 1) {
      throw new HttpError(400, 'Bad request', 'Send {"version": N} with the version to return to (see …/versions)');
    }
    const { id, fid } = request.params;
    return answer(reply, id, await revertFeature(db, id, fid, version as number, user));
  });

  app.post<ItemParams>('/api/collections/:id/items/:fid/restore', async (request, reply) => {
    const user = await requireWrite(db, request, request.params.id);
    const { id, fid } = request.params;
    return answer(reply, id, await revertFeature(db, id, fid, 'last-existing', user));
  });
}
