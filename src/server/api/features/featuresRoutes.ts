/**
 * OGC API – Features Part 1 (Core, GeoJSON): landing page, conformance, collections, items, item.
 * Issue #3 extends this with CRS, CQL2 filtering, transactions and HTML.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/Database.ts';
import { HttpError } from '../HttpError.ts';
import { parseItemsQuery } from './parseItemsQuery.ts';

interface CollectionRow {
  id: string;
  title_vi: string;
  title_en: string;
  description_en: string | null;
  sector: string;
  geometry_type: string;
  source_name: string;
  licence: string;
  synthetic: boolean;
  extent: string | null;
}

const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

function base(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function collectionDoc(row: CollectionRow, root: string) {
  const bbox = row.extent ? (JSON.parse(row.extent) as { coordinates: number[][][] }).coordinates[0] : null;
  const extent = bbox
    ? { spatial: { bbox: [[bbox[0]![0]!, bbox[0]![1]!, bbox[2]![0]!, bbox[2]![1]!]], crs: CRS84 } }
    : undefined;
  return {
    id: row.id,
    title: row.title_en,
    description: row.description_en ?? row.title_en,
    itemType: 'feature',
    crs: [CRS84],
    extent,
    'hue:titleVi': row.title_vi,
    'hue:sector': row.sector,
    'hue:geometryType': row.geometry_type,
    'hue:source': row.source_name,
    'hue:synthetic': row.synthetic,
    license: row.licence,
    links: [
      { href: `${root}/api/collections/${row.id}`, rel: 'self', type: 'application/json' },
      { href: `${root}/api/collections/${row.id}/items`, rel: 'items', type: 'application/geo+json' },
    ],
  };
}

async function getCollection(db: Database, id: string): Promise<CollectionRow> {
  const [row] = await db.query<CollectionRow>(
    `SELECT c.*, (SELECT ST_AsGeoJSON(ST_Envelope(ST_Extent(geom)))::text FROM features f WHERE f.collection_id = c.id) AS extent
     FROM collections c WHERE c.id = $1`,
    [id],
  );
  if (!row) throw new HttpError(404, 'Not found', `There is no collection "${id}"; see /api/collections for the list`);
  return row;
}

/** Registers the OGC API – Features routes under `/api`. */
export function featuresRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;

  app.get('/api', async (request) => {
    const root = base(request);
    return {
      title: 'Huế Twin — OGC API',
      description: 'The shared multi-sector spatial database of Huế: OGC API – Features',
      links: [
        { href: `${root}/api`, rel: 'self', type: 'application/json', title: 'This document' },
        { href: `${root}/api/conformance`, rel: 'conformance', type: 'application/json', title: 'Conformance classes' },
        { href: `${root}/api/collections`, rel: 'data', type: 'application/json', title: 'Collections' },
        { href: `${root}/api/health`, rel: 'status', type: 'application/json', title: 'Health' },
      ],
    };
  });

  app.get('/api/conformance', async () => ({
    conformsTo: [
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
    ],
  }));

  app.get('/api/collections', async (request) => {
    const root = base(request);
    const rows = await db.query<CollectionRow>(
      `SELECT c.*, (SELECT ST_AsGeoJSON(ST_Envelope(ST_Extent(geom)))::text FROM features f WHERE f.collection_id = c.id) AS extent
       FROM collections c ORDER BY c.sector, c.id`,
    );
    return {
      links: [{ href: `${root}/api/collections`, rel: 'self', type: 'application/json' }],
      collections: rows.map((row) => collectionDoc(row, root)),
    };
  });

  app.get<{ Params: { id: string } }>('/api/collections/:id', async (request) =>
    collectionDoc(await getCollection(db, request.params.id), base(request)),
  );

  app.get<{ Params: { id: string }; Querystring: Record<string, string> }>(
    '/api/collections/:id/items',
    async (request, reply) => {
      const { id } = request.params;
      const query = parseItemsQuery(request.query);
      await getCollection(db, id);
      const where = ['collection_id = $1'];
      const params: unknown[] = [id];
      if (query.bbox) {
        params.push(...query.bbox);
        where.push('geom && ST_MakeEnvelope($2, $3, $4, $5, 4326)');
      }
      const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM features WHERE ${where.join(' AND ')}`, params)) as [{ n: number }];
      const rows = await db.query<{ id: string; properties: Record<string, unknown>; geometry: unknown }>(
        `SELECT id, properties, ST_AsGeoJSON(geom, 7)::json AS geometry FROM features
         WHERE ${where.join(' AND ')} ORDER BY id LIMIT ${query.limit} OFFSET ${query.offset}`,
        params,
      );
      const root = base(request);
      const self = new URL(`${root}${request.url}`);
      const links = [{ href: self.toString(), rel: 'self', type: 'application/geo+json' }];
      if (query.offset + rows.length < n) {
        const next = new URL(self);
        next.searchParams.set('offset', String(query.offset + query.limit));
        next.searchParams.set('limit', String(query.limit));
        links.push({ href: next.toString(), rel: 'next', type: 'application/geo+json' });
      }
      reply.type('application/geo+json');
      return {
        type: 'FeatureCollection',
        numberMatched: n,
        numberReturned: rows.length,
        timeStamp: new Date().toISOString(),
        links,
        features: rows.map((r) => ({ type: 'Feature', id: r.id, properties: r.properties, geometry: r.geometry })),
      };
    },
  );

  app.get<{ Params: { id: string; fid: string } }>('/api/collections/:id/items/:fid', async (request, reply) => {
    const { id, fid } = request.params;
    await getCollection(db, id);
    const [row] = await db.query<{ id: string; properties: Record<string, unknown>; geometry: unknown; version: number }>(
      `SELECT id, properties, ST_AsGeoJSON(geom, 7)::json AS geometry, version FROM features WHERE collection_id = $1 AND id = $2`,
      [id, fid],
    );
    if (!row) throw new HttpError(404, 'Not found', `Collection "${id}" has no feature "${fid}"`);
    reply.type('application/geo+json').header('etag', `"${row.version}"`);
    return {
      type: 'Feature',
      id: row.id,
      properties: row.properties,
      geometry: row.geometry,
      links: [{ href: `${base(request)}/api/collections/${id}/items/${encodeURIComponent(fid)}`, rel: 'self', type: 'application/geo+json' }],
    };
  });
}
