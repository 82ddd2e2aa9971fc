import { describe, expect, it } from 'vitest';
import { Cql2Error, parseCql2 } from '../../../../src/server/api/features/cql2/index.ts';

const prop = (name: string, position: number) => ({ kind: 'property', name, position });
const num = (value: number, position: number) => ({ kind: 'number', value, position });

/** The first argument a predicate compares with, for literal checks. */
function rightOf(text: string): unknown {
  const node = parseCql2(text);
  if (node.kind !== 'comparison') throw new Error(`not a comparison: ${node.kind}`);
  return node.right;
}

function geometryOf(text: string): string {
  const node = parseCql2(`S_INTERSECTS(geometry, ${text})`);
  if (node.kind !== 'spatial' || node.right.kind !== 'geometry') throw new Error('not a geometry');
  return node.right.wkt;
}

describe('parseCql2: boolean structure', () => {
  it('parses a comparison with positions', () => {
    expect(parseCql2('height >= 12.5')).toEqual({ kind: 'comparison', op: '>=', left: prop('height', 0), right: num(12.5, 10), position: 0 });
  });

  it('binds AND tighter than OR', () => {
    expect(parseCql2('a=1 OR b=2 AND c=3')).toEqual({
      kind: 'or',
      position: 0,
      args: [
        { kind: 'comparison', op: '=', left: prop('a', 0), right: num(1, 2), position: 0 },
        {
          kind: 'and',
          position: 7,
          args: [
            { kind: 'comparison', op: '=', left: prop('b', 7), right: num(2, 9), position: 7 },
            { kind: 'comparison', op: '=', left: prop('c', 15), right: num(3, 17), position: 15 },
          ],
        },
      ],
    });
  });

  it('lets parentheses override precedence', () => {
    expect(parseCql2('(a=1 OR b=2) AND c=3')).toMatchObject({
      kind: 'and',
      args: [{ kind: 'or', args: [{ left: prop('a', 1) }, { left: prop('b', 8) }] }, { left: prop('c', 17) }],
    });
  });

  it('binds NOT tighter than AND and flattens chains', () => {
    expect(parseCql2('NOT a=1 AND b=2 AND c=3 OR d=4 OR e=5')).toMatchObject({
      kind: 'or',
      args: [
        { kind: 'and', args: [{ kind: 'not', arg: { left: { name: 'a' } } }, { left: { name: 'b' } }, { left: { name: 'c' } }] },
        { left: { name: 'd' } },
        { left: { name: 'e' } },
      ],
    });
    expect(parseCql2('NOT NOT (a = 1)')).toMatchObject({ kind: 'not', arg: { kind: 'not', arg: { kind: 'comparison' } } });
  });

  it('reads keywords case-insensitively', () => {
    expect(parseCql2("a = 1 aNd b LiKe 'x' oR c is not null")).toMatchObject({
      kind: 'or',
      args: [{ kind: 'and', args: [{ kind: 'comparison' }, { kind: 'like' }] }, { kind: 'isNull', negated: true }],
    });
  });

  it('accepts a bare boolean literal', () => {
    expect(parseCql2('TRUE')).toEqual({ kind: 'boolean', value: true, position: 0 });
    expect(parseCql2('NOT false')).toEqual({ kind: 'not', arg: { kind: 'boolean', value: false, position: 4 }, position: 0 });
  });

  it('parses every comparison operator', () => {
    for (const op of ['=', '<>', '<', '>', '<=', '>=']) expect(parseCql2(`x${op}1`)).toMatchObject({ kind: 'comparison', op });
  });
});

describe('parseCql2: predicates', () => {
  it('parses LIKE and NOT LIKE', () => {
    expect(parseCql2("name LIKE 'Hu_%'")).toEqual({
      kind: 'like',
      negated: false,
      subject: prop('name', 0),
      pattern: { kind: 'string', value: 'Hu_%', position: 10 },
      position: 0,
    });
    expect(parseCql2("name NOT LIKE '%x'")).toMatchObject({ kind: 'like', negated: true });
  });

  it('parses IN and NOT IN', () => {
    expect(parseCql2("kind IN ('a', 'b')")).toEqual({
      kind: 'in',
      negated: false,
      subject: prop('kind', 0),
      list: [
        { kind: 'string', value: 'a', position: 9 },
        { kind: 'string', value: 'b', position: 14 },
      ],
      position: 0,
    });
    expect(parseCql2('n NOT IN (1)')).toMatchObject({ kind: 'in', negated: true, list: [num(1, 10)] });
  });

  it('parses BETWEEN and NOT BETWEEN', () => {
    expect(parseCql2('h BETWEEN 1 AND 2')).toEqual({ kind: 'between', negated: false, subject: prop('h', 0), low: num(1, 10), high: num(2, 16), position: 0 });
    expect(parseCql2('h NOT BETWEEN -1 AND 2 AND x = 1')).toMatchObject({ kind: 'and', args: [{ kind: 'between', negated: true }, { kind: 'comparison' }] });
  });

  it('parses IS NULL and IS NOT NULL', () => {
    expect(parseCql2('h IS NULL')).toEqual({ kind: 'isNull', negated: false, subject: prop('h', 0), position: 0 });
    expect(parseCql2('h IS NOT NULL')).toMatchObject({ kind: 'isNull', negated: true });
  });

  it.each(['S_INTERSECTS', 'S_WITHIN', 'S_CONTAINS', 'S_DISJOINT', 'S_EQUALS', 'S_TOUCHES', 'S_CROSSES', 'S_OVERLAPS'])('parses %s', (fn) => {
    expect(parseCql2(`${fn.toLowerCase()}(geometry, POINT(1 2))`)).toEqual({
      kind: 'spatial',
      op: fn.toLowerCase(),
      left: prop('geometry', fn.length + 1),
      right: { kind: 'geometry', wkt: 'POINT(1 2)', position: fn.length + 11 },
      position: 0,
    });
  });

  it.each(['T_INTERSECTS', 'T_BEFORE', 'T_AFTER', 'T_DURING', 'T_MEETS'])('parses %s', (fn) => {
    expect(parseCql2(`${fn}(built, DATE('2024-01-01'))`)).toMatchObject({
      kind: 'temporal',
      op: fn.toLowerCase(),
      left: { kind: 'property', name: 'built' },
      right: { kind: 'date', value: '2024-01-01' },
    });
  });
});

describe('parseCql2: literals and names', () => {
  it.each([
    ["'it''s'", { kind: 'string', value: "it's" }],
    ["'it\\'s'", { kind: 'string', value: "it's" }],
    ["''", { kind: 'string', value: '' }],
    ["'Huế 😀'", { kind: 'string', value: 'Huế 😀' }],
    ['42', { kind: 'number', value: 42 }],
    ['-42', { kind: 'number', value: -42 }],
    ['+3.25', { kind: 'number', value: 3.25 }],
    ['.5', { kind: 'number', value: 0.5 }],
    ['1.', { kind: 'number', value: 1 }],
    ['6.02e23', { kind: 'number', value: 6.02e23 }],
    ['-1.5E-3', { kind: 'number', value: -0.0015 }],
    ['TRUE', { kind: 'boolean', value: true }],
    ['false', { kind: 'boolean', value: false }],
    ["DATE('2024-02-29')", { kind: 'date', value: '2024-02-29' }],
    ["timestamp('2024-01-01t08:30:00.250z')", { kind: 'timestamp', value: '2024-01-01T08:30:00.250Z' }],
    ["INTERVAL('2024-01-01', '2024-12-31T23:59:59Z')", { kind: 'interval', start: '2024-01-01', end: '2024-12-31T23:59:59Z' }],
    ["INTERVAL('..', '2024-01-01')", { kind: 'interval', start: null, end: '2024-01-01' }],
    ["INTERVAL('2024-01-01', '..')", { kind: 'interval', start: '2024-01-01', end: null }],
    ["INTERVAL('..', '..')", { kind: 'interval', start: null, end: null }],
  ])('reads %s', (literal, expected) => {
    expect(rightOf(`x = ${literal}`)).toEqual({ ...expected, position: 4 });
  });

  it('reads bare, quoted and unusual property names', () => {
    expect(rightOf('a = "my prop"')).toEqual(prop('my prop', 4));
    expect(rightOf('a = "say ""hi"""')).toEqual(prop('say "hi"', 4));
    expect(rightOf('a = "AND"')).toEqual(prop('AND', 4));
    expect(rightOf('a = tên_đường.v2')).toEqual(prop('tên_đường.v2', 4));
    expect(rightOf('a = ns:height')).toEqual(prop('ns:height', 4));
    expect(rightOf('a = date')).toEqual(prop('date', 4));
    expect(rightOf('a = point')).toEqual(prop('point', 4));
  });

  it('keeps an injection attempt as one string literal', () => {
    expect(rightOf("name = 'x''; DROP TABLE features; --'")).toEqual({ kind: 'string', value: "x'; DROP TABLE features; --", position: 7 });
  });
});

describe('parseCql2: geometry literals', () => {
  it.each([
    ['POINT(107.58 16.46)', 'POINT(107.58 16.46)'],
    ['point ( -1 -2 )', 'POINT(-1 -2)'],
    ['POINT Z (1 2 3)', 'POINT Z (1 2 3)'],
    ['POINT(1 2 3)', 'POINT(1 2 3)'],
    ['LINESTRING(0 0, 1 1, 2 0)', 'LINESTRING(0 0,1 1,2 0)'],
    ['POLYGON((0 0, 1 0, 1 1, 0 0), (0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.1))', 'POLYGON((0 0,1 0,1 1,0 0),(0.1 0.1,0.2 0.1,0.2 0.2,0.1 0.1))'],
    ['MULTIPOINT((1 2), (3 4))', 'MULTIPOINT((1 2),(3 4))'],
    ['MULTIPOINT(1 2, 3 4)', 'MULTIPOINT((1 2),(3 4))'],
    ['MULTILINESTRING((0 0, 1 1), (2 2, 3 3))', 'MULTILINESTRING((0 0,1 1),(2 2,3 3))'],
    ['MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))', 'MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))'],
    ['GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1))', 'GEOMETRYCOLLECTION(POINT(1 2),LINESTRING(0 0,1 1))'],
    ['GEOMETRYCOLLECTION(GEOMETRYCOLLECTION(POINT(1 2)))', 'GEOMETRYCOLLECTION(GEOMETRYCOLLECTION(POINT(1 2)))'],
    ['BBOX(107.5, 16.4, 107.7, 16.5)', 'POLYGON((107.5 16.4,107.7 16.4,107.7 16.5,107.5 16.5,107.5 16.4))'],
    ['bbox(1, 2, 0, 3, 4, 100)', 'POLYGON((1 2,3 2,3 4,1 4,1 2))'],
    ['ENVELOPE(1, 2, 3, 4)', 'POLYGON((1 2,3 2,3 4,1 4,1 2))'],
  ])('normalises %s', (wkt, expected) => {
    expect(geometryOf(wkt)).toBe(expected);
  });
});

describe('parseCql2: errors', () => {
  it.each([
    ['', 'the filter is empty', 0],
    ['   ', 'the filter is empty', 0],
    ['a = ', 'expected a property name or a literal at position 4, found end of input', 4],
    ['(a = 1', "expected ')' at position 6, found end of input", 6],
    ['(a = 1 OR b = 2) AND (c = 3 d = 4)', "expected ')' at position 28, found 'd'", 28],
    ['a = 1 b = 2', "expected AND, OR or end of input at position 6, found 'b'", 6],
    ['a = 1)', "expected AND, OR or end of input at position 5, found ')'", 5],
    ["a = 'abc", 'unterminated string starting at position 4', 4],
    ['a # 1', "unexpected character '#' at position 2", 2],
    ['a = 1\u0000', 'unexpected character U+0000 at position 5', 5],
    ['"abc = 1', 'unterminated quoted property name starting at position 0', 0],
    ['"" = 1', 'empty quoted property name at position 0', 0],
    ['a', 'expected a comparison operator, LIKE, IN, BETWEEN or IS NULL at position 1, found end of input', 1],
    ['a AND b = 1', "expected a comparison operator, LIKE, IN, BETWEEN or IS NULL at position 2, found 'AND'", 2],
    ['a NOT = 1', "expected LIKE, IN or BETWEEN after NOT at position 6, found '='", 6],
    ['a IS 1', "expected NULL at position 5, found '1'", 5],
    ['a LIKE b', "expected a pattern in single quotes at position 7, found 'b'", 7],
    ['a BETWEEN 1 OR 2', "expected AND at position 12, found 'OR'", 12],
    ['a IN 1', "expected '(' at position 5, found '1'", 5],
    ['a IN (1,', 'expected a property name or a literal at position 8, found end of input', 8],
    ['a IN ()', "expected a property name or a literal at position 6, found ')'", 6],
    ['AND = 1', "expected a property name or a literal at position 0, found 'AND'", 0],
    ['a = NULL', "expected a property name or a literal at position 4, found 'NULL'", 4],
    ['foo(a) = 1', "unknown or unsupported function 'foo' at position 0", 0],
    ["CASEI(name) = 'x'", "unknown or unsupported function 'CASEI' at position 0", 0],
    ['a = 1e999', 'number 1e999 at position 4 is out of range', 4],
    ["a = DATE('2024-13-01')", "'2024-13-01' at position 9 is not a date like '2024-01-31'", 9],
    ["a = DATE('2023-02-29')", "'2023-02-29' at position 9 is not a date like '2024-01-31'", 9],
    ['a = DATE(2024)', "expected a date like '2024-01-31' at position 9, found '2024'", 9],
    ["a = TIMESTAMP('2024-01-01')", "'2024-01-01' at position 14 is not a timestamp like '2024-01-31T08:00:00Z'", 14],
    ["a = TIMESTAMP('2024-01-01T24:00:00Z')", "'2024-01-01T24:00:00Z' at position 14 is not a timestamp like '2024-01-31T08:00:00Z'", 14],
    ["a = TIMESTAMP('2024-01-01T10:00:00+07:00')", "is not a timestamp like '2024-01-31T08:00:00Z'", 14],
    ["a = INTERVAL('x', '..')", "'x' at position 13 is not a date, a UTC timestamp or '..'", 13],
    ["a = INTERVAL('2024-01-01')", "expected ',' at position 25, found ')'", 25],
    ["T_INTERSECTS(a, INTERVAL('2024-02-01', '2024-01-01'))", 'INTERVAL at position 16 ends before it starts', 16],
    ["T_INTERSECTS(a DATE('2024-02-01'))", "expected ',' at position 15, found 'DATE'", 15],
    ['S_INTERSECTS(g, POINT(1))', "expected a second coordinate at position 23, found ')'", 23],
    ['S_INTERSECTS(g, POINT(1 2, 3 4))', "expected ')' at position 25, found ','", 25],
    ['S_INTERSECTS(g, POINT Z (1 2))', "expected a third (Z) coordinate at position 28, found ')'", 28],
    ['S_INTERSECTS(g, LINESTRING(1 2))', 'a line string needs at least 2 points at position 26', 26],
    ['S_INTERSECTS(g, LINESTRING(1 2, 3 4 5))', 'geometry mixes 2D and 3D coordinates at position 32', 32],
    ['S_INTERSECTS(g, POLYGON((0 0, 1 0, 0 0)))', 'a polygon ring needs at least 4 points at position 24', 24],
    ['S_INTERSECTS(g, POLYGON((0 0, 1 0, 1 1, 0 1)))', 'polygon ring at position 24 is not closed (first and last points differ)', 24],
    ['S_INTERSECTS(g, POLYGON(0 0, 1 0, 1 1, 0 0))', "expected '(' at position 24, found '0'", 24],
    ['S_INTERSECTS(g, GEOMETRYCOLLECTION(BBOX(1,2,3,4)))', "expected a WKT geometry (POINT, LINESTRING, POLYGON, MULTI…, GEOMETRYCOLLECTION) at position 35, found 'BBOX'", 35],
    ['S_INTERSECTS(g, BBOX(1, 2, 3))', 'BBOX at position 16 needs 4 numbers (west,south,east,north) or 6 with elevations, found 3', 16],
    ['S_INTERSECTS(g, BBOX(3, 0, 1, 1))', 'BBOX at position 16 has west > east or south > north (antimeridian-crossing boxes are not supported)', 16],
    ['S_INTERSECTS(g POINT(1 2))', "expected ',' at position 15, found 'POINT'", 15],
    ['S_INTERSECTS(g, POINT(1 2)', "expected ')' at position 26, found end of input", 26],
  ])('rejects %j', (text, message, position) => {
    let error: unknown;
    try {
      parseCql2(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Cql2Error);
    expect((error as Cql2Error).message).toContain(message);
    expect((error as Cql2Error).position).toBe(position);
  });
});

describe('parseCql2: abuse guards', () => {
  function errorOf(text: string): Cql2Error {
    try {
      parseCql2(text);
    } catch (e) {
      if (e instanceof Cql2Error) return e;
      throw e;
    }
    throw new Error('parsed');
  }

  it('limits the length to 10,000 characters', () => {
    const ok = `name = '${'x'.repeat(10_000 - 9)}'`;
    expect(ok).toHaveLength(10_000);
    expect(parseCql2(ok)).toMatchObject({ kind: 'comparison' });
    const e = errorOf(`${ok} `);
    expect(e.message).toBe('filter is 10001 characters long; at most 10000 are allowed');
    expect(e.position).toBe(10_000);
  });

  it('limits nesting of parentheses and NOT to 100', () => {
    expect(parseCql2(`${'('.repeat(100)}a=1${')'.repeat(100)}`)).toMatchObject({ kind: 'comparison' });
    const e = errorOf(`${'('.repeat(101)}a=1${')'.repeat(101)}`);
    expect(e.message).toBe('nesting deeper than 100 levels at position 100');
    expect(e.position).toBe(100);
    expect(errorOf(`${'NOT '.repeat(101)}a=1`).message).toBe('nesting deeper than 100 levels at position 400');
    expect(errorOf(`${'( NOT '.repeat(60)}a=1`).position).toBe(300);
  });

  it('limits nesting of geometry collections', () => {
    const deep = (n: number) => `S_INTERSECTS(g, ${'GEOMETRYCOLLECTION('.repeat(n)}POINT(1 2)${')'.repeat(n)})`;
    expect(parseCql2(deep(100))).toMatchObject({ kind: 'spatial' });
    expect(errorOf(deep(101)).message).toMatch(/^nesting deeper than 100 levels at position \d+$/);
  });

  it('limits IN lists to 1,000 items', () => {
    const list = (n: number) => `a IN (${Array.from({ length: n }, (_, i) => i).join(',')})`;
    expect(parseCql2(list(1000))).toMatchObject({ kind: 'in' });
    const text = list(1001);
    const e = errorOf(text);
    expect(e.message).toBe(`IN list longer than 1000 items at position ${text.lastIndexOf(',') + 1}`);
  });

  it('handles long flat AND chains without deep recursion', () => {
    const text = Array.from({ length: 900 }, (_, i) => `a=${i}`).join(' AND ');
    expect(parseCql2(text)).toMatchObject({ kind: 'and' });
  });
});
