/**
 * `/api/heritage`: the monument registry (read by anyone) and the monuments' digitised assets —
 * upload (heritage editors; raw body, checked by kind), replacement as a new version, download with
 * ETag, version list. See docs/tours.md and docs/heritage-registry.md.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { isTourLanguage } from '../../heritage/languages.ts';
import { ASSET_KINDS, ASSET_LIMIT_BYTES, extensionFor, isAssetKind, MAX_ASSET_BYTES, type AssetKind } from '../../heritage/assets/assetKinds.ts';
import { assetFilePath, storeAssetFile } from './assetFiles.ts';
import { addAssetVersion, createAsset, getAsset, listAssets, listAssetVersions, type AssetVersion, type ModelPlacement } from './assetStore.ts';
import { checkUpload, InvalidModelError, tooLargeError } from './checkUpload.ts';
import { requireHeritageEditor } from './heritageAccess.ts';
import { readMonuments, type Monument } from './monumentRegistry.ts';
import { assetUrl } from './servedTour.ts';
import { parseVersionParam } from './tourRoutes.ts';

/** Options of {@link heritageRoutes}. */
export interface HeritageRoutesOptions {
  db: Database;
  /** DATA_DIR: asset files live in `<dataDir>/heritage-assets/`. */
  dataDir: string;
}

interface UploadQuery { kind?: string; title?: string; language?: string; fileName?: string; lonDeg?: string; latDeg?: string; heightM?: string; headingDeg?: string; scale?: string }

/** An asset version as the API serves it. */
function describeAsset(a: AssetVersion) {
  return {
    id: a.id, monumentId: a.monumentId, kind: a.kind, version: a.version, latestVersion: a.latestVersion, mediaType: a.mediaType, bytes: a.bytes,
    sha256: a.sha256, fileName: a.fileName, title: a.title, language: a.language, ...a.details, savedBy: a.savedBy, savedAt: a.savedAt,
    url: assetUrl(a.id, a.version),
  };
}

function kindFromType(contentType: string | undefined): AssetKind | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('model/gltf')) return 'model';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('image/')) return 'image';
  return undefined;
}

function number(raw: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new HttpError(400, 'Bad request', `${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return n;
}

function placementFrom(q: UploadQuery, fallback: ModelPlacement): ModelPlacement {
  return {
    lonDeg: number(q.lonDeg, 'lonDeg', -180, 180, fallback.lonDeg),
    latDeg: number(q.latDeg, 'latDeg', -90, 90, fallback.latDeg),
    heightM: number(q.heightM, 'heightM', -500, 10000, fallback.heightM),
    headingDeg: number(q.headingDeg, 'headingDeg', -360, 360, fallback.headingDeg),
    scale: number(q.scale, 'scale', 0.0001, 10000, fallback.scale),
  };
}

function uploadKind(request: FastifyRequest<{ Querystring: UploadQuery }>): AssetKind | undefined {
  const raw = request.query.kind;
  if (raw === undefined || raw === '') return kindFromType(request.headers['content-type']);
  if (!isAssetKind(raw)) throw new HttpError(400, 'Bad request', `kind must be one of ${ASSET_KINDS.join(', ')} (got "${raw}")`);
  return raw;
}

function textParam(raw: string | undefined, name: string, max: number): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length > max) throw new HttpError(400, 'Bad request', `${name} is longer than ${max} characters`);
  return raw;
}

function monumentJson(m: Monument, assets: AssetVersion[]) {
  return { ...m, assets: assets.filter((a) => a.monumentId === m.id).map(describeAsset), links: [{ rel: 'feature', href: `/api/collections/${m.collection}/items/${encodeURIComponent(m.id)}` }] };
}

/** Registers the registry and asset routes. */
export function heritageRoutes(app: FastifyInstance, options: HeritageRoutesOptions): void {
  const { db, dataDir } = options;

  app.get('/api/heritage/monuments', async () => {
    const assets = await listAssets(db);
    return { monuments: (await readMonuments(db)).map((m) => monumentJson(m, assets)) };
  });

  app.get<{ Params: { id: string } }>('/api/heritage/monuments/:id', async (request) => {
    const [monument] = await readMonuments(db, request.params.id);
    if (!monument) throw new HttpError(404, 'Not found', `There is no monument "${request.params.id}"; GET /api/heritage/monuments lists them`);
    return monumentJson(monument, await listAssets(db, monument.id));
  });

  app.get<{ Params: { id: string } }>('/api/heritage/assets/:id/versions', async (request) => {
    const versions = await listAssetVersions(db, request.params.id);
    if (versions.length === 0) throw new HttpError(404, 'Not found', `There is no asset "${request.params.id}"`);
    return { id: request.params.id, versions: versions.map(describeAsset) };
  });

  app.get<{ Params: { id: string }; Querystring: { v?: string } }>('/api/heritage/assets/:id', async (request, reply: FastifyReply) => {
    const v = parseVersionParam(request.query.v);
    const asset = await getAsset(db, request.params.id, v);
    if (!asset) throw new HttpError(404, 'Not found', v ? `Asset "${request.params.id}" has no version ${v}` : `There is no asset "${request.params.id}"`);
    const etag = `"${asset.sha256}"`;
    reply.header('etag', etag).header('cache-control', v ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('content-disposition', `inline; filename="${asset.id}-v${asset.version}.${extensionFor(asset.mediaType)}"`);
    const match = request.headers['if-none-match'];
    if (match && match.split(',').map((s) => s.trim().replace(/^W\//, '')).includes(etag)) return reply.status(304).send();
    return reply.type(asset.mediaType).header('content-length', asset.bytes).send(createReadStream(assetFilePath(dataDir, asset.sha256)));
  });

  // Uploads: own scope with a raw-body parser and the largest kind's limit; per-kind limits below.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_ASSET_BYTES }, (_request, body, done) => done(null, body));
    scope.addHook('onRequest', async (request: FastifyRequest<{ Querystring: UploadQuery }>) => {
      await requireHeritageEditor(db, request, 'Uploading an asset');
      const kind = isAssetKind(request.query.kind) ? request.query.kind : kindFromType(request.headers['content-type']);
      const length = Number(request.headers['content-length']);
      if (Number.isFinite(length) && length > (kind ? ASSET_LIMIT_BYTES[kind] : MAX_ASSET_BYTES)) throw tooLargeError(kind ?? 'model', length);
    });
    scope.setErrorHandler((error: Error & { code?: string }, request, reply) => {
      if (error instanceof InvalidModelError) {
        return reply.status(422).type('application/problem+json').send({
          type: 'about:blank', title: error.title, status: 422, detail: error.detail, instance: request.url, errors: error.issues,
        });
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLargeError(isAssetKind((request.query as UploadQuery).kind) ? (request.query as UploadQuery).kind as AssetKind : 'model');
      throw error;
    });

    const body = (request: FastifyRequest): Uint8Array => {
      const b = request.body;
      if (!(b instanceof Uint8Array) || b.length === 0) throw new HttpError(400, 'Bad request', 'Send the file as the raw request body with its Content-Type (model/gltf-binary, image/jpeg, audio/mpeg, …) and ?kind=model|panorama|image|audio');
      return b;
    };

    scope.post<{ Params: { id: string }; Querystring: UploadQuery }>('/api/heritage/monuments/:id/assets', async (request, reply) => {
      const by = request.user!.username;
      const kind = uploadKind(request);
      if (!kind) throw new HttpError(400, 'Bad request', `Say what the file is: ?kind=${ASSET_KINDS.join('|')}`);
      const [monument] = await readMonuments(db, request.params.id);
      if (!monument) throw new HttpError(404, 'Not found', `There is no monument "${request.params.id}"; GET /api/heritage/monuments lists them`);
      const q = request.query;
      if (q.language !== undefined && !isTourLanguage(q.language)) throw new HttpError(400, 'Bad request', `language must be one of vi, en, fr, ja, ko, zh (got "${q.language}")`);
      const placement = kind === 'model' ? placementFrom(q, { lonDeg: monument.lonDeg, latDeg: monument.latDeg, heightM: 0, headingDeg: 0, scale: 1 }) : undefined;
      const bytes = body(request);
      const checked = await checkUpload(kind, bytes);
      const { sha256 } = await storeAssetFile(dataDir, bytes);
      const asset = await createAsset(db, `a-${randomUUID()}`, monument.id, kind, {
        sha256, mediaType: checked.mediaType, bytes: bytes.length, fileName: textParam(q.fileName, 'fileName', 200), title: textParam(q.title, 'title', 200), language: q.language,
        details: { ...(checked.width ? { width: checked.width, height: checked.height } : {}), ...(placement ? { placement } : {}), ...(checked.warnings.length ? { warnings: checked.warnings } : {}) },
      }, by);
      return reply.status(201).header('location', `/api/heritage/assets/${asset.id}`).header('etag', `"${sha256}"`).send(describeAsset(asset));
    });

    scope.put<{ Params: { id: string }; Querystring: UploadQuery }>('/api/heritage/assets/:id', async (request, reply) => {
      const by = request.user!.username;
      const current = await getAsset(db, request.params.id);
      if (!current) throw new HttpError(404, 'Not found', `There is no asset "${request.params.id}"; upload a new one with POST /api/heritage/monuments/{id}/assets`);
      const q = request.query;
      if (q.kind !== undefined && q.kind !== current.kind) throw new HttpError(400, 'Bad request', `Asset "${current.id}" is a ${current.kind}; a replacement must be one too (upload a new asset for another kind)`);
      if (q.language !== undefined && !isTourLanguage(q.language)) throw new HttpError(400, 'Bad request', `language must be one of vi, en, fr, ja, ko, zh (got "${q.language}")`);
      const placement = current.kind === 'model' && current.details.placement ? placementFrom(q, current.details.placement) : undefined;
      const bytes = body(request);
      const checked = await checkUpload(current.kind, bytes);
      const { sha256 } = await storeAssetFile(dataDir, bytes);
      const asset = await addAssetVersion(db, current.id, {
        sha256, mediaType: checked.mediaType, bytes: bytes.length, fileName: textParam(q.fileName, 'fileName', 200) ?? current.fileName ?? undefined,
        title: textParam(q.title, 'title', 200) ?? current.title ?? undefined, language: q.language ?? current.language ?? undefined,
        details: { ...(checked.width ? { width: checked.width, height: checked.height } : {}), ...(placement ? { placement } : {}), ...(checked.warnings.length ? { warnings: checked.warnings } : {}) },
      }, by);
      return reply.header('etag', `"${sha256}"`).send(describeAsset(asset!));
    });
  });
}
