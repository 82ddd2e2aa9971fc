import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../src/server/api/HttpError.ts';
import { parseItemsQuery } from '../../../src/server/api/features/parseItemsQuery.ts';

describe('parseItemsQuery', () => {
  it('defaults to the first 10 items', () => {
    expect(parseItemsQuery({})).toMatchObject({ limit: 10, offset: 0, bbox: undefined, equals: {} });
  });

  it('parses limit, offset and bbox', () => {
    expect(parseItemsQuery({ limit: '50', offset: '100', bbox: '107.5,16.4,107.7,16.5', f: 'json' })).toMatchObject({
      limit: 50,
      offset: 100,
      bbox: [107.5, 16.4, 107.7, 16.5],
      format: 'json',
    });
  });

  it('keeps other parameters as property equality filters', () => {
    expect(parseItemsQuery({ kind: 'tomb', 'filter-lang': 'cql2-text', filter: "kind='x'" })).toMatchObject({ equals: { kind: 'tomb' }, filter: "kind='x'" });
  });

  it('parses datetime instants and open intervals', () => {
    expect(parseItemsQuery({ datetime: '2025-07-01' }).datetime).toEqual({ start: '2025-07-01', end: '2025-07-01' });
    expect(parseItemsQuery({ datetime: '../2025-07-01T00:00:00Z' }).datetime).toEqual({ start: undefined, end: '2025-07-01T00:00:00Z' });
    expect(parseItemsQuery({ datetime: '2020-01-01/..' }).datetime).toEqual({ start: '2020-01-01', end: undefined });
  });

  it.each([
    [{ limit: '0' }, 'limit=0'],
    [{ limit: '1.5' }, 'limit=1.5'],
    [{ offset: '-3' }, 'offset=-3'],
    [{ bbox: '1,2,3' }, 'four numbers'],
    [{ bbox: '1,2,3,x' }, 'four numbers'],
    [{ bbox: '0,10,1,5' }, 'south > north'],
    [{ datetime: 'yesterday' }, 'not an RFC 3339'],
    [{ datetime: '2025-01-01/2024-01-01' }, 'start is after end'],
    [{ datetime: '../..' }, 'not an interval'],
    [{ 'filter-lang': 'cql2-json' }, 'cql2-text'],
    [{ f: 'xml' }, 'f=xml'],
    [{ asOf: 'now' }, 'asOf'],
  ])('rejects %o', (query, message) => {
    expect(() => parseItemsQuery(query)).toThrow(HttpError);
    expect(() => parseItemsQuery(query)).toThrow(message);
  });
});
