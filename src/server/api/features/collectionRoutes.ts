/** `/api/collections`, `/api/collections/{id}` and `/api/collections/{id}/queryables`, as JSON or HTML. */
import type { FastifyInstance } from 'fastify';
import { canRead } from '../../auth/permissions.ts';
import type { Database } from '../../db/Database.ts';
import { queryablesDocument, queryablesOf } from '../../features/queryables.ts';
import { HttpError } from '../HttpError.ts';
import { link, renderPage, renderTable } from '../html/renderPage.ts';
import { collectionDocument, collectionRows } from './collectionDocument.ts';
import { OUTPUT_CRS } from './crsSupport.ts';
import { siteRoot } from './landingRoutes.ts';
import { requireRead } from './requireAccess.ts';
import { wantsHtml } from './wantsHtml.ts';

const home = { href: '/api?f=html', title: 'Huế Twin API' };
const all = { href: '/api/collections?f=html', title: 'Collections' };

/** Registers the collection routes. */
export function collectionRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;

  app.get('/api/collections', async (request, reply) => {
    const root = siteRoot(request);
    const rows = (await collectionRows(db)).filter((row) => canRead(request.user, row));
    const doc = {
      links: [
        { href: `${root}/api/collections`, rel: 'self', type: 'application/json' },
        { href: `${root}/api/collections?f=html`, rel: 'alternate', type: 'text/html' },
      ],
      crs: OUTPUT_CRS,
      collections: rows.map((row) => collectionDocument(row, root, OUTPUT_CRS)),
    };
    if (!wantsHtml(request)) return doc;
    const table = renderTable(
      ['collection', 'sector', 'features', 'source', 'licence', 'synthetic'],
      rows.map((r) => ({
        collection: link(`/api/collections/${r.id}?f=html`, `${r.title_en} — ${r.title_vi}`),
        sector: r.sector,
        features: r.feature_count,
        source: r.source_name,
        licence: r.licence,
        synthetic: r.synthetic ? 'yes (approximated or procedural)' : 'no',
      })),
    );
    return reply.type('text/html').send(renderPage({ title: 'Collections', breadcrumb: [home, all], alternates: [{ href: '/api/collections?f=json', title: 'JSON' }], body: table }));
  });

  app.get<{ Params: { id: string } }>('/api/collections/:id', async (request, reply) => {
    const { id } = request.params;
    await requireRead(db, request, id);
    const [row] = await collectionRows(db, id);
    if (!row) throw new HttpError(404, 'Not found', `There is no collection "${id}"`);
    const doc = collectionDocument(row, siteRoot(request), OUTPUT_CRS);
    if (!wantsHtml(request)) return doc;
    const facts = renderTable(['property', 'value'], [
      { property: 'Title (vi)', value: row.title_vi },
      { property: 'Description', value: row.description_en ?? '' },
      { property: 'Sector', value: row.sector },
      { property: 'Geometry', value: row.geometry_type },
      { property: 'Features', value: row.feature_count },
      { property: 'Source', value: row.source_url ? link(row.source_url, row.source_name) : row.source_name },
      { property: 'Licence', value: row.licence },
      { property: 'Synthetic', value: row.synthetic ? 'yes — approximated or procedural data' : 'no' },
      { property: 'Extent (CRS84)', value: doc.extent ? doc.extent.spatial.bbox[0]!.map((v) => v.toFixed(5)).join(', ') : '—' },
    ]);
    const links = `<p>${[
      link(`/api/collections/${id}/items?f=html`, 'Browse features'),
      link(`/api/collections/${id}/items?limit=10000`, 'Download GeoJSON'),
      link(`/api/collections/${id}/items?f=csv&limit=10000`, 'Download CSV'),
      link(`/api/collections/${id}/queryables`, 'Queryables'),
    ].map((l) => l.html).join(' · ')}</p>`;
    return reply.type('text/html').send(
      renderPage({ title: row.title_en, breadcrumb: [home, all, { href: `/api/collections/${id}?f=html`, title: id }], alternates: [{ href: `/api/collections/${id}?f=json`, title: 'JSON' }], body: facts + links }),
    );
  });

  app.get<{ Params: { id: string } }>('/api/collections/:id/queryables', async (request, reply) => {
    const { id } = request.params;
    await requireRead(db, request, id);
    const [row] = await collectionRows(db, id);
    const queryables = queryablesOf({ propertiesSchema: row!.properties_schema, temporalProperty: row!.temporal_property });
    return reply.type('application/schema+json').send(queryablesDocument(id, `${siteRoot(request)}/api/collections/${id}/queryables`, queryables));
  });
}
