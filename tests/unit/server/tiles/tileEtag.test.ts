/** Tile ETags: stable per (collection, revision, z/x/y); If-None-Match lists, `*` and weak tags. */
import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, tileEtag } from '../../../../src/server/api/tiles/tileEtag.ts';

const key = { collectionId: 'heritage-monuments', revision: '3', z: 14, x: 13088, y: 7431 };

describe('tileEtag', () => {
  it('is a quoted hash that changes with the revision and the address', () => {
    const etag = tileEtag(key);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(tileEtag({ ...key })).toBe(etag);
    expect(tileEtag({ ...key, revision: '4' })).not.toBe(etag);
    expect(tileEtag({ ...key, x: 13089 })).not.toBe(etag);
    expect(tileEtag({ ...key, collectionId: 'citadel-walls' })).not.toBe(etag);
  });

  it('matches If-None-Match values', () => {
    const etag = tileEtag(key);
    expect(ifNoneMatchHits(undefined, etag)).toBe(false);
    expect(ifNoneMatchHits(etag, etag)).toBe(true);
    expect(ifNoneMatchHits(`"other", W/${etag}`, etag)).toBe(true);
    expect(ifNoneMatchHits('*', etag)).toBe(true);
    expect(ifNoneMatchHits('"other"', etag)).toBe(false);
  });
});
