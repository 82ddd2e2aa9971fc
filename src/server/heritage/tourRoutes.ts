/**
 * `/api/tours`: published tours for everyone; drafts, create, save, publish and restore for heritage
 * editors (docs/tours.md). Drafts are never visible to anyone else; published versions never change.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LayerDefinition } from '../../catalog/LayerDefinition.ts';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { checkTranslations } from '../../heritage/tour/checkTranslations.ts';
import { validateTour } from '../../heritage/tour/validateTour.ts';
import { draftEtag, revisionFromIfMatch, versionEtag } from './draftEtag.ts';
import { isHeritageEditor, requireHeritageEditor } from './heritageAccess.ts';
import { publishChecked } from './publishTour.ts';
import { serveTour } from './servedTour.ts';
import { createTour, getDraft, getVersion, listDrafts, listPublished, listVersions, restoreVersion, saveDraft, type DraftWrite } from './tourStore.ts';

/** Options of {@link tourRoutes}. */
export interface TourRoutesOptions {
  db: Database;
  /** Layer definitions of the catalog (served with a tour for the layers its stops show). */
  layers: LayerDefinition[];
}

const TOUR_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Parses `?v=`; undefined when absent. */
export function parseVersionParam(raw: unknown, name = 'v'): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 1) throw new HttpError(400, 'Bad request', `${name} must be a positive integer (a published version number)`);
  return v;
}

/** Parses a true/false query flag. */
export function parseFlag(raw: unknown, name: string): boolean {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new HttpError(400, 'Bad request', `${name} must be true or false (got "${String(raw)}")`);
}

function notFound(id: string): HttpError {
  return new HttpError(404, 'Not found', `There is no published tour "${id}"; GET /api/tours lists them`);
}

function draftWriteFailed(id: string, result: Exclude<DraftWrite, { ok: true }>): HttpError {
  if (result.reason === 'not-found') return new HttpError(404, 'Not found', `There is no tour "${id}"; create it with POST /api/tours`);
  return new HttpError(412, 'Precondition failed', `The draft of "${id}" has changed since you read it (it is now at revision ${result.revision}, ETag ${draftEtag(result.revision)}); reload it, merge your changes and save again`);
}

/** Registers the tour routes. */
export function tourRoutes(app: FastifyInstance, options: TourRoutesOptions): void {
  const { db, layers } = options;

  // Invalid documents: 400 problem+json with every error, listed.
  const invalid = (reply: FastifyReply, request: FastifyRequest, body: unknown) => {
    const checked = validateTour(body);
    if (checked.ok) return checked.document;
    void reply.status(400).type('application/problem+json').send({
      type: 'about:blank', title: 'Invalid tour', status: 400, instance: request.url,
      detail: `Nothing was saved: ${checked.errors.slice(0, 3).join('; ')}${checked.errors.length > 3 ? ` (and ${checked.errors.length - 3} more)` : ''}`,
      errors: checked.errors,
    });
    return undefined;
  };

  app.get<{ Querystring: { drafts?: string } }>('/api/tours', async (request) => {
    if (parseFlag(request.query.drafts, 'drafts')) {
      await requireHeritageEditor(db, request, 'Listing drafts');
      const drafts = await listDrafts(db);
      const published = new Map((await listPublished(db)).map((v) => [v.id, v]));
      return {
        tours: drafts.map((d) => {
          const latest = published.get(d.id);
          const same = latest ? JSON.stringify(latest.document) === JSON.stringify(d.document) : false;
          return {
            id: d.id, title: d.document.title, latestVersion: d.latestVersion, draftRevision: d.revision, draftUpdatedBy: d.updatedBy,
            draftUpdatedAt: d.updatedAt, hasUnpublishedChanges: !same, stops: d.document.stops.length, languages: checkTranslations(d.document).complete,
            ...(latest ? { publishedBy: latest.publishedBy, publishedAt: latest.publishedAt } : {}),
          };
        }),
      };
    }
    return {
      tours: (await listPublished(db)).map((v) => ({
        id: v.id, title: v.document.title, description: v.document.description ?? null, latestVersion: v.version, publishedBy: v.publishedBy,
        publishedAt: v.publishedAt, stops: v.document.stops.length, languages: checkTranslations(v.document).complete,
      })),
    };
  });

  app.get<{ Params: { id: string }; Querystring: { v?: string; draft?: string } }>('/api/tours/:id', async (request, reply) => {
    const { id } = request.params;
    if (parseFlag(request.query.draft, 'draft')) {
      await requireHeritageEditor(db, request, 'Reading a draft');
      const draft = await getDraft(db, id);
      if (!draft) throw new HttpError(404, 'Not found', `There is no tour "${id}"`);
      return reply.header('etag', draftEtag(draft.revision)).header('cache-control', 'no-store').send(await serveTour(db, layers, { draft }));
    }
    const v = parseVersionParam(request.query.v);
    const version = await getVersion(db, id, v);
    if (!version) throw v !== undefined && (await getVersion(db, id)) ? new HttpError(404, 'Not found', `Tour "${id}" has no published version ${v}; GET /api/tours/${id}/versions lists them`) : notFound(id);
    return reply.header('etag', versionEtag(version.version)).send(await serveTour(db, layers, { version }));
  });

  app.get<{ Params: { id: string } }>('/api/tours/:id/versions', async (request) => {
    const { id } = request.params;
    const editor = isHeritageEditor(request);
    const versions = await listVersions(db, id);
    const draft = editor ? await getDraft(db, id) : undefined;
    if (versions.length === 0 && !draft) throw notFound(id);
    return {
      id,
      versions: versions.map((v) => ({ version: v.version, title: v.document.title, stops: v.document.stops.length, publishedBy: v.publishedBy, publishedAt: v.publishedAt, note: v.note, restoredFrom: v.restoredFrom })),
      ...(draft ? { draft: { revision: draft.revision, updatedBy: draft.updatedBy, updatedAt: draft.updatedAt } } : {}),
    };
  });

  app.post<{ Querystring: { id?: string }; Body: unknown }>('/api/tours', async (request, reply) => {
    const by = await requireHeritageEditor(db, request, 'Creating a tour');
    const document = invalid(reply, request, request.body);
    if (!document) return reply;
    const wanted = request.query.id;
    if (wanted !== undefined && !TOUR_ID.test(wanted)) throw new HttpError(400, 'Bad request', `id must be 1–64 lower-case letters, digits or hyphens (got "${wanted}")`);
    const id = wanted ?? `t-${randomUUID()}`;
    if (!(await createTour(db, id, document, by))) throw new HttpError(409, 'Conflict', `A tour "${id}" exists already; choose another id or edit its draft`);
    return reply.status(201).header('location', `/api/tours/${id}?draft=true`).header('etag', draftEtag(1))
      .send({ id, status: 'draft', draftRevision: 1, warnings: checkTranslations(document).warnings });
  });

  app.put<{ Params: { id: string }; Body: unknown }>('/api/tours/:id/draft', async (request, reply) => {
    const by = await requireHeritageEditor(db, request, 'Saving a draft');
    const expected = revisionFromIfMatch(request.headers['if-match']);
    if (expected === undefined) throw new HttpError(428, 'Precondition required', 'Send If-Match with the ETag of the draft you edited (GET /api/tours/{id}?draft=true), so that nobody\'s changes are overwritten');
    const document = invalid(reply, request, request.body);
    if (!document) return reply;
    const result = await saveDraft(db, request.params.id, document, by, expected);
    if (!result.ok) throw draftWriteFailed(request.params.id, result);
    const report = checkTranslations(document);
    return reply.header('etag', draftEtag(result.revision)).send({ id: request.params.id, status: 'draft', draftRevision: result.revision, missing: report.missing, warnings: report.warnings });
  });

  app.post<{ Params: { id: string }; Body: unknown }>('/api/tours/:id/publish', async (request, reply) => {
    const by = await requireHeritageEditor(db, request, 'Publishing a tour');
    const body = (request.body ?? {}) as { note?: unknown };
    if (typeof body !== 'object' || (body.note !== undefined && (typeof body.note !== 'string' || body.note.length > 500))) {
      throw new HttpError(400, 'Bad request', 'The body is optional JSON {"note": "…"} (at most 500 characters)');
    }
    const { id } = request.params;
    const outcome = await publishChecked(db, id, by, { note: body.note as string | undefined, expectedRevision: revisionFromIfMatch(request.headers['if-match']) });
    switch (outcome.kind) {
      case 'published':
        return reply.status(201).header('etag', versionEtag(outcome.version.version)).header('location', `/api/tours/${id}?v=${outcome.version.version}`)
          .send({ id, version: outcome.version.version, publishedBy: outcome.version.publishedBy, publishedAt: outcome.version.publishedAt, warnings: outcome.warnings });
      case 'invalid':
        return reply.status(422).type('application/problem+json').send({
          type: 'about:blank', title: 'Not publishable', status: 422, detail: outcome.detail, instance: request.url, missing: outcome.missing, errors: outcome.errors,
        });
      case 'unchanged':
        throw new HttpError(409, 'Conflict', `The draft of "${id}" is the same as published version ${outcome.version}; change it before publishing again`);
      case 'stale':
        throw draftWriteFailed(id, { ok: false, reason: 'stale', revision: outcome.revision });
      default:
        throw new HttpError(404, 'Not found', `There is no tour "${id}"`);
    }
  });

  app.post<{ Params: { id: string }; Querystring: { v?: string } }>('/api/tours/:id/restore', async (request, reply) => {
    const by = await requireHeritageEditor(db, request, 'Restoring a version');
    const v = parseVersionParam(request.query.v);
    if (v === undefined) throw new HttpError(400, 'Bad request', 'Say which version to restore: POST /api/tours/{id}/restore?v=N');
    const { id } = request.params;
    const result = await restoreVersion(db, id, v, by, revisionFromIfMatch(request.headers['if-match']));
    if (!result.ok) {
      if (result.reason === 'no-version') throw new HttpError(404, 'Not found', `Tour "${id}" has no published version ${v}`);
      throw draftWriteFailed(id, result);
    }
    return reply.header('etag', draftEtag(result.revision)).send({ id, status: 'draft', draftRevision: result.revision, restoredFrom: v });
  });

}
