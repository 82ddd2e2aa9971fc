/** `…/items/{fid}/versions` and `…/items/{fid}/versions/{n}`: the audit history of a feature. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/Database.ts';
import { featureAtVersion, featureVersions } from '../../features/featureHistory.ts';
import { HttpError } from '../HttpError.ts';
import { requireRead } from './requireAccess.ts';

/** Registers the history routes. */
export function featureHistoryRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;
  app.get<{ Params: { id: string; fid: string } }>('/api/collections/:id/items/:fid/versions', async (request) => {
    const { id, fid } = request.params;
    await requireRead(db, request, id);
    const versions = await featureVersions(db, id, fid);
    if (versions.length === 0) throw new HttpError(404, 'Not found', `Collection "${id}" has no feature "${fid}", now or in its history`);
    return { collection: id, id: fid, versions };
  });

  app.get<{ Params: { id: string; fid: string; version: string } }>('/api/collections/:id/items/:fid/versions/:version', async (request, reply) => {
    const { id, fid } = request.params;
    await requireRead(db, request, id);
    const version = Number(request.params.version);
    if (!Number.isInteger(version) || version < 1) throw new HttpError(400, 'Invalid parameter', `version "${request.params.version}" must be a whole number ≥ 1`);
    const feature = await featureAtVersion(db, id, fid, version);
    if (!feature) throw new HttpError(404, 'Not found', `Feature "${fid}" has no version ${version} with a state (it may be a deletion)`);
    return reply.type('application/geo+json').send(feature);
  });
}
