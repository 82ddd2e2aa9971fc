/** OGC API landing page (`/api`) and conformance declaration, as JSON or HTML. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { link, renderPage, renderTable } from '../html/renderPage.ts';
import { openApiDocument } from '../openapi/openApiDocument.ts';
import { wantsHtml } from './wantsHtml.ts';

/** Conformance classes this server implements. */
export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
  'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete',
  'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update',
  'http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags',
  'http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset',
  'http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list',
  'http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets',
  'http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt',
  'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2',
  'http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators',
  'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions',
  'http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions',
  'http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions',
];

/** Scheme, host and port of the request, for absolute links. */
export function siteRoot(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Registers `/api` and `/api/conformance`. */
export function landingRoutes(app: FastifyInstance): void {
  app.get('/api', async (request, reply) => {
    const root = siteRoot(request);
    const links = [
      { href: `${root}/api`, rel: 'self', type: 'application/json', title: 'This document' },
      { href: `${root}/api?f=html`, rel: 'alternate', type: 'text/html', title: 'This document as HTML' },
      { href: `${root}/api/openapi.json`, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.0', title: 'OpenAPI 3.0 definition' },
      { href: `${root}/api/conformance`, rel: 'conformance', type: 'application/json', title: 'Conformance classes' },
      { href: `${root}/api/collections`, rel: 'data', type: 'application/json', title: 'Collections' },
      { href: `${root}/api/tileMatrixSets`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes', type: 'application/json', title: 'Tile matrix sets' },
      { href: `${root}/api/health`, rel: 'status', type: 'application/json', title: 'Health' },
    ];
    const doc = {
      title: 'Huế Twin — open spatial data of Huế',
      description: 'The shared multi-sector spatial database of Huế, through OGC API – Features (Parts 1–4).',
      links,
    };
    if (!wantsHtml(request)) return doc;
    return reply.type('text/html').send(
      renderPage({
        title: doc.title,
        breadcrumb: [{ href: '/api?f=html', title: 'Huế Twin API' }],
        alternates: [{ href: '/api?f=json', title: 'JSON' }],
        body: `<p>${doc.description}</p>${renderTable(['link', 'type'], links.map((l) => ({ link: link(l.rel === 'data' ? `${l.href}?f=html` : l.href, l.title), type: l.type })))}`,
      }),
    );
  });

  app.get('/api/openapi.json', async (request, reply) =>
    reply.type('application/vnd.oai.openapi+json;version=3.0').send(openApiDocument(siteRoot(request))),
  );

  app.get('/api/conformance', async (request, reply) => {
    if (!wantsHtml(request)) return { conformsTo: CONFORMANCE };
    return reply.type('text/html').send(
      renderPage({
        title: 'Conformance',
        breadcrumb: [{ href: '/api?f=html', title: 'Huế Twin API' }, { href: '/api/conformance?f=html', title: 'Conformance' }],
        body: renderTable(['class'], CONFORMANCE.map((c) => ({ class: c }))),
      }),
    );
  });
}
