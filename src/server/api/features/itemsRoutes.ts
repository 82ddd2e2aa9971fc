/**
 * `/api/collections/{id}/items` and `/items/{fid}`: OGC API – Features Part 1 (paging, bbox,
 * datetime, property equality), Part 2 (crs, bbox-crs), Part 3 (CQL2 text filter), `asOf` from
 * the audit history, as GeoJSON, HTML or CSV.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/Database.ts';
import { buildItemsSql } from '../../features/buildItemsSql.ts';
import { queryablesOf } from '../../features/queryables.ts';
import { HttpError } from '../HttpError.ts';
import { link, renderPage, renderTable } from '../html/renderPage.ts';
import { CRS84 } from './collectionDocument.ts';
import { resolveCrs, type ResolvedCrs } from './crsSupport.ts';
import { siteRoot } from './landingRoutes.ts';
import { parseItemsQuery, type ItemsQuery } from './parseItemsQuery.ts';
import { requireRead } from './requireAccess.ts';
import { toCsv } from './toCsv.ts';
import { wantsHtml } from './wantsHtml.ts';

interface FeatureRow {
  id: string;
  properties: Record<string, unknown>;
  geometry: unknown;
}

function pageLinks(request: FastifyRequest, query: ItemsQuery, returned: number, matched: number, type: string) {
  const self = new URL(`${siteRoot(request)}${request.url}`);
  const links = [{ href: self.toString(), rel: 'self', type, title: 'This page' }];
  const alternate = new URL(self);
  alternate.searchParams.set('f', 'html');
  links.push({ href: alternate.toString(), rel: 'alternate', type: 'text/html', title: 'This page as HTML' });
  if (query.offset + returned < matched) {
    const next = new URL(self);
    next.searchParams.set('offset', String(query.offset + query.limit));
    next.searchParams.set('limit', String(query.limit));
    links.push({ href: next.toString(), rel: 'next', type, title: 'Next page' });
  }
  if (query.offset > 0) {
    const prev = new URL(self);
    prev.searchParams.set('offset', String(Math.max(0, query.offset - query.limit)));
    links.push({ href: prev.toString(), rel: 'prev', type, title: 'Previous page' });
  }
  return links;
}

function sendGeoJson(reply: FastifyReply, crs: ResolvedCrs, body: string) {
  return reply.type('application/geo+json').header('content-crs', `<${crs.uri}>`).send(body);
}

/** Registers the items routes. */
export function itemsRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;

  app.get<{ Params: { id: string }; Querystring: Record<string, string> }>('/api/collections/:id/items', async (request, reply) => {
    const { id } = request.params;
    const query = parseItemsQuery(request.query);
    const collection = await requireRead(db, request, id);
    const crs = resolveCrs(query.crs, 'crs');
    const bboxCrs = resolveCrs(query.bboxCrs, 'bbox-crs');
    if (query.filterCrs !== undefined && resolveCrs(query.filterCrs, 'filter-crs').uri !== CRS84) {
      throw new HttpError(400, 'Invalid parameter', `filter-crs=${query.filterCrs} is not supported; filter geometries are CRS84 (lon/lat)`);
    }
    const bbox = query.bbox && bboxCrs.toCrs84Bbox ? bboxCrs.toCrs84Bbox(query.bbox) : query.bbox;
    const sql = buildItemsSql({
      collectionId: id,
      queryables: queryablesOf(collection),
      temporalProperty: collection.temporalProperty,
      bbox,
      datetime: query.datetime,
      equals: query.equals,
      filter: query.filter,
      asOf: query.asOf,
    });
    // numberMatched: known without a count when the page is not full.
    const countMatched = async (returned: number): Promise<number> => {
      if (returned < query.limit && (returned > 0 || query.offset === 0)) return query.offset + returned;
      const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql.from} f WHERE ${sql.where}`, sql.params)) as [{ n: number }];
      return n;
    };
    const page = `ORDER BY id LIMIT ${query.limit} OFFSET ${query.offset}`;
    const format = query.format ?? (wantsHtml(request) ? 'html' : 'json');

    if (format === 'json' && !crs.fromCrs84) {
      // Fast path: PostGIS writes each feature's JSON; no parse/serialise round trip in JS.
      const rows = await db.query<{ f: string }>(
        `SELECT json_build_object('type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom, 7)::json, 'properties', properties)::text AS f
         FROM ${sql.from} f WHERE ${sql.where} ${page}`,
        sql.params,
      );
      const matched = await countMatched(rows.length);
      const head = {
        type: 'FeatureCollection',
        numberMatched: matched,
        numberReturned: rows.length,
        timeStamp: new Date().toISOString(),
        links: pageLinks(request, query, rows.length, matched, 'application/geo+json'),
      };
      return sendGeoJson(reply, crs, `${JSON.stringify(head).slice(0, -1)},"features":[${rows.map((r) => r.f).join(',')}]}`);
    }

    if (format === 'csv') {
      const rows = await db.query<{ id: string; wkt: string; properties: Record<string, unknown> }>(
        `SELECT id, ST_AsText(geom, 7) AS wkt, properties FROM ${sql.from} f WHERE ${sql.where} ${page}`,
        sql.params,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${id}.csv"`)
        .send(toCsv(rows));
    }

    const rows = await db.query<FeatureRow>(
      `SELECT id, properties, ST_AsGeoJSON(geom, 9)::json AS geometry FROM ${sql.from} f WHERE ${sql.where} ${page}`,
      sql.params,
    );
    const matched = await countMatched(rows.length);
    if (format === 'html') {
      const keys = [...new Set(rows.flatMap((r) => Object.keys(r.properties)))].slice(0, 12);
      const table = renderTable(
        ['id', ...keys],
        rows.map((r) => ({ id: link(`/api/collections/${id}/items/${encodeURIComponent(r.id)}?f=html`, r.id), ...r.properties })),
      );
      const next = pageLinks(request, query, rows.length, matched, 'text/html').find((l) => l.rel === 'next');
      const nav = `<p>${query.offset + 1}–${query.offset + rows.length} of ${matched}${next ? ` · ${link(next.href.replace(/([?&])f=[^&]*/, '$1f=html'), 'next page').html}` : ''}</p>`;
      return reply.type('text/html').send(
        renderPage({
          title: `${collection.titleEn}: features`,
          breadcrumb: [{ href: '/api?f=html', title: 'Huế Twin API' }, { href: '/api/collections?f=html', title: 'Collections' }, { href: `/api/collections/${id}?f=html`, title: id }],
          alternates: [{ href: `/api/collections/${id}/items?f=json&limit=${query.limit}`, title: 'GeoJSON' }, { href: `/api/collections/${id}/items?f=csv&limit=10000`, title: 'CSV' }],
          body: nav + table,
        }),
      );
    }
    const features = rows.map((r) => ({ type: 'Feature', id: r.id, geometry: crs.fromCrs84!(r.geometry), properties: r.properties }));
    return sendGeoJson(
      reply,
      crs,
      JSON.stringify({
        type: 'FeatureCollection',
        numberMatched: matched,
        numberReturned: rows.length,
        timeStamp: new Date().toISOString(),
        links: pageLinks(request, query, rows.length, matched, 'application/geo+json'),
        features,
      }),
    );
  });

  app.get<{ Params: { id: string; fid: string }; Querystring: Record<string, string> }>('/api/collections/:id/items/:fid', async (request, reply) => {
    const { id, fid } = request.params;
    const unknown = Object.keys(request.query).filter((k) => k !== 'f' && k !== 'crs');
    if (unknown.length) throw new HttpError(400, 'Unknown parameter', `"${unknown[0]}" is not a parameter of this endpoint; known: f, crs`);
    await requireRead(db, request, id);
    const crs = resolveCrs(request.query.crs, 'crs');
    const [row] = await db.query<FeatureRow & { version: number; updated_by: string; updated_at: Date | string }>(
      `SELECT id, properties, ST_AsGeoJSON(geom, 9)::json AS geometry, version, updated_by, updated_at FROM features WHERE collection_id = $1 AND id = $2`,
      [id, fid],
    );
    if (!row) throw new HttpError(404, 'Not found', `Collection "${id}" has no feature "${fid}" (if it was deleted, see …/items/${fid}/versions)`);
    reply.header('etag', `"${row.version}"`);
    const self = `${siteRoot(request)}/api/collections/${id}/items/${encodeURIComponent(fid)}`;
    if (wantsHtml(request)) {
      const table = renderTable(['property', 'value'], Object.entries(row.properties).map(([property, value]) => ({ property, value })));
      return reply.type('text/html').send(
        renderPage({
          title: `${id} / ${fid}`,
          breadcrumb: [{ href: '/api?f=html', title: 'Huế Twin API' }, { href: '/api/collections?f=html', title: 'Collections' }, { href: `/api/collections/${id}/items?f=html`, title: id }],
          alternates: [{ href: `${self}?f=json`, title: 'GeoJSON' }, { href: `${self}/versions`, title: 'Version history' }],
          body: `${table}<p>Version ${row.version}, last changed by ${row.updated_by} at ${new Date(row.updated_at).toISOString()}.</p>`,
        }),
      );
    }
    return sendGeoJson(
      reply,
      crs,
      JSON.stringify({
        type: 'Feature',
        id: row.id,
        geometry: crs.fromCrs84 ? crs.fromCrs84(row.geometry) : row.geometry,
        properties: row.properties,
        links: [
          { href: self, rel: 'self', type: 'application/geo+json' },
          { href: `${siteRoot(request)}/api/collections/${id}`, rel: 'collection', type: 'application/json' },
          { href: `${self}/versions`, rel: 'version-history', type: 'application/json' },
        ],
      }),
    );
  });
}
