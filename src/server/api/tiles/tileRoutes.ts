/**
 * OGC API – Tiles for every collection: tilesets list, tileset metadata, TileJSON, Mapbox Vector
 * Tiles in WebMercatorQuad, and the tile matrix set definitions. Tiles are cached in memory by
 * (collection, revision, z, x, y) and revalidated with ETags derived from the same key.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/Database.ts';
import { requireRead } from '../features/requireAccess.ts';
import { siteRoot } from '../features/landingRoutes.ts';
import { collectionRevision } from './collectionRevision.ts';
import { encodeTile } from './TileEncoder.ts';
import { parseTileAddress, requireTileMatrixSet } from './tileAddress.ts';
import { TileCache, type TileKey } from './TileCache.ts';
import { ifNoneMatchHits, tileEtag } from './tileEtag.ts';
import { MVT_MEDIA_TYPE, tileJsonDocument, tileMatrixSetsDocument, tilesetDocument, tilesetsListDocument } from './tilesetDocuments.ts';
import { tilesetSource } from './tilesetSource.ts';
import { WEB_MERCATOR_QUAD, webMercatorQuadDefinition } from './webMercatorQuad.ts';
import { HttpError } from '../HttpError.ts';

/** Dependencies of {@link tileRoutes}. */
export interface TileRoutesOptions {
  db: Database;
  /** Tile cache; default a new {@link TileCache} (2,000 tiles / 64 MiB). */
  cache?: TileCache;
}

type TileParams = { id: string; tileMatrixSet: string; tileMatrix: string; tileRow: string; tileCol: string };

/** Registers `/api/collections/{id}/tiles…` and `/api/tileMatrixSets…` on `app`. */
export function tileRoutes(app: FastifyInstance, options: TileRoutesOptions): void {
  const { db } = options;
  const cache = options.cache ?? new TileCache();

  app.get('/api/tileMatrixSets', async (request) => tileMatrixSetsDocument(siteRoot(request)));

  app.get<{ Params: { tileMatrixSet: string } }>('/api/tileMatrixSets/:tileMatrixSet', async (request) => {
    requireTileMatrixSet(request.params.tileMatrixSet);
    return webMercatorQuadDefinition();
  });

  app.get<{ Params: { id: string } }>('/api/collections/:id/tiles', async (request) => {
    await requireRead(db, request, request.params.id);
    return tilesetsListDocument(await tilesetSource(db, request.params.id), siteRoot(request));
  });

  app.get<{ Params: { id: string; tileMatrixSet: string } }>('/api/collections/:id/tiles/:tileMatrixSet', async (request) => {
    await requireRead(db, request, request.params.id);
    requireTileMatrixSet(request.params.tileMatrixSet);
    return tilesetDocument(await tilesetSource(db, request.params.id), siteRoot(request));
  });

  app.get<{ Params: { id: string; tileMatrixSet: string } }>('/api/collections/:id/tiles/:tileMatrixSet/tilejson.json', async (request) => {
    await requireRead(db, request, request.params.id);
    requireTileMatrixSet(request.params.tileMatrixSet);
    return tileJsonDocument(await tilesetSource(db, request.params.id), siteRoot(request));
  });

  app.get<{ Params: TileParams }>('/api/collections/:id/tiles/:tileMatrixSet/:tileMatrix/:tileRow/:tileCol', async (request, reply) => {
    const { id, tileMatrixSet } = request.params;
    const collection = await requireRead(db, request, id);
    requireTileMatrixSet(tileMatrixSet);
    const tile = parseTileAddress(request.params);
    const key: TileKey = { collectionId: id, revision: await collectionRevision(db, id), ...tile };
    const etag = tileEtag(key);
    reply.header('etag', etag);
    // Tiles change when features are edited: clients must revalidate (cheap: 304 from the ETag alone).
    reply.header('cache-control', `${collection.access === 'public' ? 'public' : 'private'}, max-age=0, must-revalidate`);
    reply.header('vary', 'Authorization');
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.status(304).send();
    const body = await cache.getOrCreate(key, () => encodeTile(db, { collectionId: id, tile }));
    // An empty tile is 204 No Content (MapLibre and OpenLayers treat it as "no features here").
    if (body.byteLength === 0) return reply.status(204).send();
    return reply.type(MVT_MEDIA_TYPE).send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  });

  app.get<{ Params: { id: string; tileMatrixSet: string; '*': string } }>('/api/collections/:id/tiles/:tileMatrixSet/*', async (request) => {
    requireTileMatrixSet(request.params.tileMatrixSet);
    throw new HttpError(400, 'Bad request', `A tile address is ${WEB_MERCATOR_QUAD}/{tileMatrix}/{tileRow}/{tileCol} (zoom/row/column, e.g. ${WEB_MERCATOR_QUAD}/14/7431/13088); "${request.params['*']}" is not one`);
  });
}
