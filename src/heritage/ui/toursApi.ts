/**
 * Client of the tours API (docs/tours.md) for the heritage workspace. Reads are plain fetches
 * (public); editor calls go through `authFetch` (bearer token). Failures come back as values with
 * the server's problem+json message, never as thrown errors the UI forgets to catch.
 */
import { authFetch, problemMessage } from '../../app/session/session.ts';
import type { ServedTour } from '../player/servedTour.ts';
import type { TourLang } from '../player/tourTypes.ts';

/** A tour document as authors edit it (the `document` of a served tour). */
export type TourDocument = ServedTour['document'];

/** One entry of `GET /api/tours`. */
export interface TourSummary {
  id: string;
  title: Partial<Record<TourLang, string>>;
  latestVersion: number | null;
  publishedBy?: string;
  publishedAt?: string;
  stops?: number;
  languages?: { complete: TourLang[]; partial: TourLang[] } | TourLang[];
  draftRevision?: number;
  draftUpdatedBy?: string;
  draftUpdatedAt?: string;
  hasUnpublishedChanges?: boolean;
}

/** One published version (`GET /api/tours/{id}/versions`). */
export interface TourVersion {
  version: number;
  title: Partial<Record<TourLang, string>>;
  publishedBy: string;
  publishedAt: string;
  note?: string;
  restoredFrom?: number | null;
}

/** Result of an API call: the value, or the HTTP status and a human message (plus the body). */
export type ApiResult<T> = { ok: true; value: T; etag?: string } | { ok: false; status: number; message: string; body?: Record<string, unknown> };

async function call<T>(url: string, init: RequestInit = {}, authenticated = false): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await (authenticated ? authFetch(url, init) : fetch(url, init));
  } catch (error) {
    return { ok: false, status: 0, message: `network error: ${(error as Error).message}` };
  }
  if (!response.ok) {
    const body = await response.clone().json().catch(() => undefined) as Record<string, unknown> | undefined;
    return { ok: false, status: response.status, message: await problemMessage(response), body };
  }
  const value = (response.status === 204 ? undefined : await response.json()) as T;
  return { ok: true, value, etag: response.headers.get('etag') ?? undefined };
}

const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
});

/** Published tours; with `drafts` (editors) every tour with its draft state. */
export function listTours(drafts = false): Promise<ApiResult<{ tours: TourSummary[] }>> {
  return call(`/api/tours${drafts ? '?drafts=true' : ''}`, {}, drafts);
}

/** A published version (`version` absent: the newest), or the draft (editors). */
export function getTour(id: string, which: { version?: number; draft?: boolean } = {}): Promise<ApiResult<ServedTour>> {
  const q = which.draft ? '?draft=true' : which.version ? `?v=${which.version}` : '';
  return call(`/api/tours/${encodeURIComponent(id)}${q}`, {}, Boolean(which.draft));
}

/** The published versions, newest first. */
export function listVersions(id: string): Promise<ApiResult<{ id: string; versions: TourVersion[] }>> {
  return call(`/api/tours/${encodeURIComponent(id)}/versions`, {}, true);
}

/** Creates a tour (its first draft) under the slug `id`. */
export function createTour(id: string, document: TourDocument): Promise<ApiResult<{ id: string; draftRevision: number }>> {
  return call(`/api/tours?id=${encodeURIComponent(id)}`, json('POST', document), true);
}

/** Saves the draft; `etag` is the draft's ETag as last read (412 when someone saved in between). */
export function saveDraft(id: string, document: TourDocument, etag: string): Promise<ApiResult<{ id: string; draftRevision: number }>> {
  return call(`/api/tours/${encodeURIComponent(id)}/draft`, json('PUT', document, { 'if-match': etag }), true);
}

/** Publishes the draft as a new version (422 with `missing` when vi/en texts are missing). */
export function publishTour(id: string, etag: string | undefined, note?: string): Promise<ApiResult<{ version: number; warnings?: string[] }>> {
  return call(`/api/tours/${encodeURIComponent(id)}/publish`, json('POST', note ? { note } : {}, etag ? { 'if-match': etag } : {}), true);
}

/** Makes the draft a copy of published version `version`. */
export function restoreVersion(id: string, version: number): Promise<ApiResult<{ draftRevision: number; restoredFrom: number }>> {
  return call(`/api/tours/${encodeURIComponent(id)}/restore?v=${version}`, { method: 'POST' }, true);
}
