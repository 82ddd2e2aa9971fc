/**
 * `GET /api/collections/{id}/export.gpkg`: the collection as a GeoPackage (EPSG:4326), for
 * QGIS/GDAL. Respects read access; `ETag` follows the collection's revision (304 on If-None-Match).
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/Database.ts';
import { exportCollectionGpkg } from '../export/exportCollectionGpkg.ts';
import { requireRead } from './features/requireAccess.ts';

/** Registers the export routes. */
export function exportRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;
  app.get<{ Params: { id: string } }>('/api/collections/:id/export.gpkg', async (request, reply) => {
    const meta = await requireRead(db, request, request.params.id);
    const [row] = await db.query<{ title_en: string; title_vi: string; description_en: string | null; revision: string | number }>(
      'SELECT title_en, title_vi, description_en, revision FROM collections WHERE id = $1',
      [meta.id],
    );
    const tag = `"gpkg-${row!.revision}"`;
    reply.header('etag', tag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === tag) return reply.status(304).send();
    const bytes = await exportCollectionGpkg(db, {
      id: meta.id,
      title: row!.title_en || row!.title_vi || meta.id,
      description: row!.description_en,
      geometryType: meta.geometryType,
      propertiesSchema: meta.propertiesSchema,
    });
    return reply
      .type('application/geopackage+sqlite3')
      .header('content-disposition', `attachment; filename="${meta.id}.gpkg"`)
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
