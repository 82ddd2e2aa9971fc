import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/server/api/features/cql2/tokenize.ts';

describe('tokenize', () => {
  it('splits words, strings, numbers and operators with positions', () => {
    expect(tokenize(`"a b"<>'x''y' AND n>=-1.5e2,(`)).toEqual([
      { type: 'word', value: 'a b', quoted: true, start: 0, end: 5 },
      { type: 'punct', value: '<>', start: 5, end: 7 },
      { type: 'string', value: "x'y", start: 7, end: 13 },
      { type: 'word', value: 'AND', quoted: false, start: 14, end: 17 },
      { type: 'word', value: 'n', quoted: false, start: 18, end: 19 },
      { type: 'punct', value: '>=', start: 19, end: 21 },
      { type: 'number', value: -150, start: 21, end: 27 },
      { type: 'punct', value: ',', start: 27, end: 28 },
      { type: 'punct', value: '(', start: 28, end: 29 },
      { type: 'eof', start: 29, end: 29 },
    ]);
  });

  it('skips any whitespace, including tabs, newlines and no-break spaces', () => {
    expect(tokenize('\t a\n=\u00a01 ').map((t) => t.type)).toEqual(['word', 'punct', 'number', 'eof']);
  });

  it('reads Unicode, dotted and colon names as one word', () => {
    expect(tokenize('tên_đường.v2 ns:x')).toMatchObject([{ value: 'tên_đường.v2' }, { value: 'ns:x' }, { type: 'eof' }]);
  });
});
