/**
 * Upload of a whole file into a collection: `POST /api/collections/{id}/import` and
 * `POST /api/import?collection=ID`. The body is the raw file (Content-Type or `format=` says
 * which format), at most 50 MB; the caller must be logged in as an editor of the sector (or admin).
 * Query: crs, skipInvalid, replace, layer, sector, licence, title, fileName. Answers the import
 * summary (201 when the collection was created), or 400 problem+json with an `errors` array when
 * nothing was imported.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { logRefusal } from '../auth/authRoutes.ts';
import { canWrite } from '../auth/permissions.ts';
import type { Database } from '../db/Database.ts';
import { collectionMeta } from '../features/collectionMeta.ts';
import { ImportError } from '../import/ImportFeature.ts';
import { rejectsGeoJson, SECTORS } from '../import/importFeatures.ts';
import { chooseFormat, collectionIdFromFileName, importFile } from '../import/importFile.ts';
import { parseCrsName } from '../import/parseCrsName.ts';
import { HttpError } from './HttpError.ts';

/** Largest accepted upload (bytes). Default: 50 MB. */
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

interface ImportQuery {
  collection?: string;
  crs?: string;
  skipInvalid?: string;
  replace?: string;
  layer?: string;
  format?: string;
  sector?: string;
  licence?: string;
  title?: string;
  fileName?: string;
}

function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new HttpError(400, 'Bad request', `${name} must be true or false (got "${value}")`);
}

function tooLarge(size?: number): HttpError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new HttpError(413, 'Payload too large', `The file${size ? ` is ${mb(size)}; it` : ''} exceeds the upload limit of ${mb(UPLOAD_LIMIT_BYTES)}; import bigger files with "npm run import -- FILE" on the server`);
}

async function authorize(db: Database, request: FastifyRequest, collectionId: string, sector: string): Promise<string> {
  const existing = await collectionMeta(db, collectionId).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  });
  const target = existing ?? { sector, access: 'public' as const };
  if (!canWrite(request.user, target)) {
    await logRefusal(db, request, 403, `import into "${collectionId}" without an editor role`);
    throw new HttpError(403, 'Forbidden', `Importing into "${collectionId}" needs the editor role in the ${target.sector} sector; "${request.user!.username}" does not have it`);
  }
  return request.user!.username;
}

async function handle(db: Database, request: FastifyRequest<{ Querystring: ImportQuery }>, reply: FastifyReply, collectionId: string | undefined) {
  const q = request.query;
  const body = request.body;
  if (!(body instanceof Uint8Array) || body.length === 0) {
    throw new HttpError(400, 'Bad request', 'Send the file as the request body, with its Content-Type (application/geo+json, application/zip, application/geopackage+sqlite3, text/csv, application/vnd.openstreetmap.data+xml, application/x-protobuf) or format=');
  }
  const sector = q.sector ?? 'planning';
  if (!(SECTORS as readonly string[]).includes(sector)) throw new HttpError(400, 'Bad request', `unknown sector "${sector}"; use one of ${SECTORS.join(', ')}`);
  const crs = q.crs ? parseCrsName(q.crs) : undefined;
  if (q.crs && !crs) throw new HttpError(400, 'Bad request', `crs=${q.crs} is not supported; use CRS84, EPSG:4326, 3857, 4756, 3405, 3406, 5897 or 9214`);
  const skipInvalid = flag(q.skipInvalid, 'skipInvalid');
  const replace = flag(q.replace, 'replace');
  const contentType = request.headers['content-type'];
  const fileName = q.fileName ?? `${collectionId ?? 'upload'}`;
  let format;
  try {
    format = chooseFormat({ bytes: body, fileName, format: q.format, contentType });
  } catch (error) {
    throw new HttpError(415, 'Unsupported media type', (error as Error).message);
  }
  const id = collectionId ?? q.collection ?? (q.fileName ? collectionIdFromFileName(q.fileName) : undefined);
  if (!id) throw new HttpError(400, 'Bad request', 'Name the target collection: POST /api/import?collection=ID (or fileName=…, or /api/collections/{id}/import)');
  const user = await authorize(db, request, id, sector);
  let result;
  try {
    result = await importFile(db, {
      bytes: body, fileName, format, collectionId: id, layer: q.layer, crs, sector,
      licence: q.licence, title: q.title, skipInvalid, replace, user,
    });
  } catch (error) {
    if (error instanceof ImportError) throw new HttpError(400, 'Unreadable file', error.message);
    throw error;
  }
  const { summary, read } = result;
  if (!summary.committed) {
    const detail = summary.rejected > 0
      ? `Nothing was imported: ${summary.rejected} of ${summary.read} feature(s) are invalid (see errors)${skipInvalid ? '' : '; fix them, or send skipInvalid=true to import the rest'}`
      : 'Nothing was imported';
    return reply.status(400).type('application/problem+json').send({
      type: 'about:blank', title: 'Invalid features', status: 400, detail, instance: request.url,
      read: summary.read, rejected: summary.rejected, errors: summary.errors,
    });
  }
  return reply.status(summary.created ? 201 : 200).header('location', `/api/collections/${encodeURIComponent(summary.collection)}`).send({
    ...summary,
    format,
    ...(summary.errors.length > 0 ? { rejects: rejectsGeoJson(read, summary.errors) } : {}),
    links: [{ rel: 'items', type: 'application/geo+json', href: `/api/collections/${encodeURIComponent(summary.collection)}/items` }],
  });
}

/** Registers the upload routes (in their own scope: raw-body parser and a 50 MB limit). */
export function importRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const { db } = deps;
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_BYTES }, (_request, body, done) => done(null, body));
    scope.addHook('onRequest', async (request) => {
      if (!request.user) {
        await logRefusal(db, request, 401, 'import without a login');
        throw new HttpError(401, 'Unauthorized', 'Importing needs a login: POST /api/auth/login, then send Authorization: Bearer <token>');
      }
      const length = Number(request.headers['content-length']);
      if (Number.isFinite(length) && length > UPLOAD_LIMIT_BYTES) throw tooLarge(length);
    });
    scope.setErrorHandler((error: Error & { code?: string }) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw tooLarge();
      throw error;
    });
    scope.post<{ Params: { id: string }; Querystring: ImportQuery }>('/api/collections/:id/import', (request, reply) =>
      handle(db, request, reply, request.params.id),
    );
    scope.post<{ Querystring: ImportQuery }>('/api/import', (request, reply) => handle(db, request, reply, undefined));
  });
}
