/** Draft/version ETags and If-Match parsing (the optimistic concurrency of tour drafts). */
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../src/server/api/HttpError.ts';
import { draftEtag, revisionFromIfMatch, versionEtag } from '../../../src/server/heritage/draftEtag.ts';

describe('draft ETags', () => {
  it('formats drafts and versions differently, so one never matches the other', () => {
    expect(draftEtag(3)).toBe('"draft-3"');
    expect(versionEtag(3)).toBe('"v3"');
  });

  it('reads the revision from strong and weak If-Match headers; absent is undefined', () => {
    expect(revisionFromIfMatch('"draft-12"')).toBe(12);
    expect(revisionFromIfMatch('W/"draft-4"')).toBe(4);
    expect(revisionFromIfMatch([' "draft-5" '])).toBe(5);
    expect(revisionFromIfMatch(undefined)).toBeUndefined();
  });

  it('answers 412 for an If-Match that names no draft revision (a version ETag, *, garbage)', () => {
    for (const header of ['"v1"', '*', 'draft-1', '"draft-x"']) {
      expect(() => revisionFromIfMatch(header), header).toThrow(HttpError);
      try {
        revisionFromIfMatch(header);
      } catch (error) {
        expect((error as HttpError).status).toBe(412);
      }
    }
  });
});
