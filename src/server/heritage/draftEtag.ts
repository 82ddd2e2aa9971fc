/** ETags of tours: `"draft-<revision>"` for a draft, `"v<N>"` for a published version. */
import { HttpError } from '../api/HttpError.ts';

/** ETag of draft revision `revision`. */
export function draftEtag(revision: number): string {
  return `"draft-${revision}"`;
}

/** ETag of published version `version`. */
export function versionEtag(version: number): string {
  return `"v${version}"`;
}

/**
 * The draft revision named by an If-Match header (`"draft-3"`, weak or strong); undefined when the
 * header is absent. A header that names no draft revision is a 412 (it cannot match).
 */
export function revisionFromIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0]! : header;
  const match = /^\s*(?:W\/)?"draft-(\d+)"\s*$/.exec(value);
  if (!match) throw new HttpError(412, 'Precondition failed', `If-Match ${value} does not name a draft revision; send the ETag of GET /api/tours/{id}?draft=true ("draft-<n>")`);
  return Number(match[1]);
}
