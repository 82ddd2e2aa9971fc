// Unit tests for OGC API paging links (src/app/fetchFeatureCollection.ts): next links stay on our origin.
import { describe, expect, it } from 'vitest';
import { nextPageUrl } from '../../../src/app/fetchFeatureCollection.ts';

describe('nextPageUrl', () => {
  it('returns the path and query of the next link', () => {
    const body = { links: [{ rel: 'self', href: 'http://localhost:8080/api/collections/a/items' }, { rel: 'next', href: 'http://localhost:8080/api/collections/a/items?offset=10&limit=10' }] };
    expect(nextPageUrl(body, 'http://localhost:5173')).toBe('/api/collections/a/items?offset=10&limit=10');
  });
  it('never leaves our origin and handles missing links', () => {
    expect(nextPageUrl({ links: [{ rel: 'next', href: 'https://example.org/x?y=1' }] }, 'http://localhost:8080')).toBe('/x?y=1');
    expect(nextPageUrl({}, 'http://localhost:8080')).toBeUndefined();
    expect(nextPageUrl({ links: [{ rel: 'prev', href: '/p' }] }, 'http://localhost:8080')).toBeUndefined();
  });
});
