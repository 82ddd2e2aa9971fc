import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../src/server/api/HttpError.ts';
import { parseItemsQuery } from '../../../src/server/api/features/parseItemsQuery.ts';

describe('parseItemsQuery', () => {
  it('defaults to the first 10 items', () => {
    expect(parseItemsQuery({})).toEqual({ limit: 10, offset: 0, bbox: undefined });
  });

  it('parses limit, offset and bbox', () => {
    expect(parseItemsQuery({ limit: '50', offset: '100', bbox: '107.5,16.4,107.7,16.5', f: 'json' })).toEqual({
      limit: 50,
      offset: 100,
      bbox: [107.5, 16.4, 107.7, 16.5],
    });
  });

  it.each([
    [{ limit: '0' }, 'limit=0'],
    [{ limit: '1.5' }, 'limit=1.5'],
    [{ offset: '-3' }, 'offset=-3'],
    [{ bbox: '1,2,3' }, 'four numbers'],
    [{ bbox: '1,2,3,x' }, 'four numbers'],
    [{ bbox: '0,10,1,5' }, 'south > north'],
    [{ sort: 'name' }, '"sort" is not a parameter'],
  ])('rejects %o', (query, message) => {
    expect(() => parseItemsQuery(query)).toThrow(HttpError);
    expect(() => parseItemsQuery(query)).toThrow(message);
  });
});
