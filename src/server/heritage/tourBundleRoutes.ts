/** `GET /api/tours/{id}/bundle[?v=N]`: the offline bundle of a published version (drafts: `?draft=true`, editors). */
import type { FastifyInstance } from 'fastify';
import type { LayerDefinition } from '../../catalog/LayerDefinition.ts';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { requireHeritageEditor } from './heritageAccess.ts';
import { serveTour } from './servedTour.ts';
import { buildTourBundle } from './tourBundle.ts';
import { parseFlag, parseVersionParam } from './tourRoutes.ts';
import { getDraft, getVersion } from './tourStore.ts';

/** Options of {@link tourBundleRoutes}. */
export interface TourBundleRoutesOptions {
  db: Database;
  layers: LayerDefinition[];
  /** APP_DIR (player and Cesium). */
  appDir: string;
  /** TILESETS_DIR. */
  tilesetsDir: string;
  /** DATA_DIR (asset files). */
  dataDir: string;
}

/** Registers the bundle route. */
export function tourBundleRoutes(app: FastifyInstance, options: TourBundleRoutesOptions): void {
  const { db, layers } = options;
  app.get<{ Params: { id: string }; Querystring: { v?: string; draft?: string } }>('/api/tours/:id/bundle', async (request, reply) => {
    const { id } = request.params;
    let tour;
    if (parseFlag(request.query.draft, 'draft')) {
      await requireHeritageEditor(db, request, 'Exporting a draft');
      const draft = await getDraft(db, id);
      if (!draft) throw new HttpError(404, 'Not found', `There is no tour "${id}"`);
      tour = await serveTour(db, layers, { draft });
    } else {
      const v = parseVersionParam(request.query.v);
      const version = await getVersion(db, id, v);
      if (!version) throw new HttpError(404, 'Not found', v ? `Tour "${id}" has no published version ${v}` : `There is no published tour "${id}"; GET /api/tours lists them`);
      tour = await serveTour(db, layers, { version });
    }
    const bundle = await buildTourBundle(tour, options);
    const name = `${id}-${tour.version ? `v${tour.version}` : `draft-${tour.draftRevision}`}.zip`;
    return reply.type('application/zip').header('content-disposition', `attachment; filename="${name}"`)
      .header('x-bundle-files', String(bundle.manifest.files.length + 1)).header('x-bundle-uncompressed-bytes', String(bundle.manifest.totalBytes))
      .send(Buffer.from(bundle.zip.buffer, bundle.zip.byteOffset, bundle.zip.byteLength));
  });
}
