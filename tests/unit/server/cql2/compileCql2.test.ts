import { describe, expect, it } from 'vitest';
import { compileCql2, type CompileOptions, Cql2Error, parseCql2 } from '../../../../src/server/api/features/cql2/index.ts';
import { QUERYABLES } from './queryables.ts';

const NAME = "(properties->>'name')";
const HEIGHT = "((properties->>'height')::double precision)";
const FLOORS = "((properties->>'floors')::numeric)";
const HERITAGE = "((properties->>'heritage')::boolean)";
const BUILT = "((properties->>'built')::timestamptz)";
const OPENED = "((properties->>'opened')::timestamptz)";

function compile(text: string, options: Partial<CompileOptions> = {}) {
  return compileCql2(parseCql2(text), { queryables: QUERYABLES, firstParam: 1, ...options });
}

describe('compileCql2: SQL and parameters', () => {
  it.each([
    ["name = 'Ngọ Môn'", `${NAME} = $1`, ['Ngọ Môn']],
    ['height > 12.5', `${HEIGHT} > $1`, [12.5]],
    ['floors <> -3', `${FLOORS} <> $1`, [-3]],
    ['heritage = TRUE', `${HERITAGE} = $1`, [true]],
    ['12 <= height', `$1 <= ${HEIGHT}`, [12]],
    ['height < floors', `${HEIGHT} < ${FLOORS}`, []],
    ["built >= DATE('2024-01-01')", `${BUILT} >= $1::timestamptz`, ['2024-01-01']],
    ["opened < TIMESTAMP('2024-01-01T08:00:00Z')", `${OPENED} < $1::timestamptz`, ['2024-01-01T08:00:00Z']],
    ["name LIKE 'Hu_%'", `${NAME} LIKE $1`, ['Hu_%']],
    ["name NOT LIKE '%\\_x'", `${NAME} NOT LIKE $1`, ['%\\_x']],
    ["name IN ('a', 'b', 'c')", `${NAME} IN ($1, $2, $3)`, ['a', 'b', 'c']],
    ['floors NOT IN (1, 2)', `${FLOORS} NOT IN ($1, $2)`, [1, 2]],
    ['height BETWEEN 10 AND 20', `(${HEIGHT} BETWEEN $1 AND $2)`, [10, 20]],
    ['height NOT BETWEEN 1e2 AND 2.5E3', `(${HEIGHT} NOT BETWEEN $1 AND $2)`, [100, 2500]],
    ["built BETWEEN DATE('2000-01-01') AND DATE('2010-01-01')", `(${BUILT} BETWEEN $1::timestamptz AND $2::timestamptz)`, ['2000-01-01', '2010-01-01']],
    ['height IS NULL', `${HEIGHT} IS NULL`, []],
    ['geometry IS NOT NULL', 'geom IS NOT NULL', []],
    ['FALSE', '$1::boolean', [false]],
    ['height=1 OR floors=2 AND heritage=TRUE', `(${HEIGHT} = $1 OR (${FLOORS} = $2 AND ${HERITAGE} = $3))`, [1, 2, true]],
    ['(height=1 OR floors=2) AND NOT heritage=TRUE', `((${HEIGHT} = $1 OR ${FLOORS} = $2) AND NOT (${HERITAGE} = $3))`, [1, 2, true]],
    ['S_INTERSECTS(geometry, POINT(107.58 16.46))', 'ST_Intersects(geom, ST_GeomFromText($1, 4326))', ['POINT(107.58 16.46)']],
    ['s_within(geometry, BBOX(1, 2, 3, 4))', 'ST_Within(geom, ST_GeomFromText($1, 4326))', ['POLYGON((1 2,3 2,3 4,1 4,1 2))']],
    ['S_CONTAINS(POLYGON((0 0, 1 0, 1 1, 0 0)), geometry)', 'ST_Contains(ST_GeomFromText($1, 4326), geom)', ['POLYGON((0 0,1 0,1 1,0 0))']],
    ['S_DISJOINT(geometry, MULTIPOINT(1 2, 3 4))', 'ST_Disjoint(geom, ST_GeomFromText($1, 4326))', ['MULTIPOINT((1 2),(3 4))']],
    ['S_EQUALS(geometry, POINT(1 2))', 'ST_Equals(geom, ST_GeomFromText($1, 4326))', ['POINT(1 2)']],
    ['S_TOUCHES(geometry, POINT(1 2))', 'ST_Touches(geom, ST_GeomFromText($1, 4326))', ['POINT(1 2)']],
    ['S_CROSSES(geometry, LINESTRING(0 0, 1 1))', 'ST_Crosses(geom, ST_GeomFromText($1, 4326))', ['LINESTRING(0 0,1 1)']],
    ['S_OVERLAPS(geometry, POLYGON((0 0, 1 0, 1 1, 0 0)))', 'ST_Overlaps(geom, ST_GeomFromText($1, 4326))', ['POLYGON((0 0,1 0,1 1,0 0))']],
  ])('%s', (text, sql, params) => {
    expect(compile(text)).toEqual({ sql, params });
  });

  it.each([
    ["T_INTERSECTS(built, INTERVAL('2020-01-01', '2021-01-01'))", `(${BUILT} >= $1::timestamptz AND ${BUILT} <= $2::timestamptz)`, ['2020-01-01', '2021-01-01']],
    ["T_INTERSECTS(built, INTERVAL('..', '2021-01-01'))", `${BUILT} <= $1::timestamptz`, ['2021-01-01']],
    ["T_INTERSECTS(built, INTERVAL('2020-01-01', '..'))", `${BUILT} >= $1::timestamptz`, ['2020-01-01']],
    ["T_INTERSECTS(built, INTERVAL('..', '..'))", `${BUILT} IS NOT NULL`, []],
    ["T_INTERSECTS(opened, TIMESTAMP('2020-01-01T00:00:00Z'))", `${OPENED} = $1::timestamptz`, ['2020-01-01T00:00:00Z']],
    ["T_EQUALS(built, DATE('2020-01-01'))", `${BUILT} = $1::timestamptz`, ['2020-01-01']],
    ["T_DISJOINT(built, DATE('2020-01-01'))", `${BUILT} <> $1::timestamptz`, ['2020-01-01']],
    ["T_DISJOINT(built, INTERVAL('2020-01-01', '2021-01-01'))", `(${BUILT} < $1::timestamptz OR ${BUILT} > $2::timestamptz)`, ['2020-01-01', '2021-01-01']],
    ["T_DISJOINT(built, INTERVAL('..', '..'))", 'FALSE', []],
    ["T_BEFORE(built, DATE('2020-01-01'))", `${BUILT} < $1::timestamptz`, ['2020-01-01']],
    ["T_BEFORE(built, INTERVAL('2020-01-01', '2021-01-01'))", `${BUILT} < $1::timestamptz`, ['2020-01-01']],
    ["T_BEFORE(built, INTERVAL('..', '2021-01-01'))", 'FALSE', []],
    ["T_AFTER(built, DATE('2020-01-01'))", `${BUILT} > $1::timestamptz`, ['2020-01-01']],
    ["T_AFTER(built, INTERVAL('2020-01-01', '2021-01-01'))", `${BUILT} > $1::timestamptz`, ['2021-01-01']],
    ["T_AFTER(built, INTERVAL('2020-01-01', '..'))", 'FALSE', []],
    ["T_DURING(built, INTERVAL('2020-01-01', '2021-01-01'))", `(${BUILT} > $1::timestamptz AND ${BUILT} < $2::timestamptz)`, ['2020-01-01', '2021-01-01']],
    ["T_DURING(built, INTERVAL('..', '..'))", `${BUILT} IS NOT NULL`, []],
    ["T_BEFORE(DATE('2020-01-01'), built)", `${BUILT} > $1::timestamptz`, ['2020-01-01']],
    ["T_CONTAINS(INTERVAL('2020-01-01', '..'), built)", `${BUILT} > $1::timestamptz`, ['2020-01-01']],
    ["T_INTERSECTS(INTERVAL('2020-01-01', '..'), opened)", `${OPENED} >= $1::timestamptz`, ['2020-01-01']],
  ])('%s', (text, sql, params) => {
    expect(compile(text)).toEqual({ sql, params });
  });

  it('numbers placeholders from firstParam', () => {
    expect(compile("name = 'a' AND height BETWEEN 1 AND 2 OR T_AFTER(built, DATE('2020-01-01'))", { firstParam: 4 })).toEqual({
      sql: `((${NAME} = $4 AND (${HEIGHT} BETWEEN $5 AND $6)) OR ${BUILT} > $7::timestamptz)`,
      params: ['a', 1, 2, '2020-01-01'],
    });
  });

  it('uses a custom column mapping and geometry column', () => {
    const column = (q: { name: string }) => `t."${q.name}"`;
    expect(compile("name = 'x' AND S_INTERSECTS(geometry, POINT(1 2))", { column, geometryColumn: 'f.geom' })).toEqual({
      sql: `(t."name" = $1 AND ST_Intersects(f.geom, ST_GeomFromText($2, 4326)))`,
      params: ['x', 'POINT(1 2)'],
    });
  });

  it('transforms geometry literals from another filter SRID', () => {
    expect(compile('S_INTERSECTS(geometry, POINT(1 2))', { filterSrid: 3857 })).toEqual({
      sql: 'ST_Intersects(geom, ST_Transform(ST_GeomFromText($1, 3857), 4326))',
      params: ['POINT(1 2)'],
    });
  });

  it('quotes property names inside the JSON template', () => {
    expect(compile(`"it's" = 'x'`, { queryables: [{ name: "it's", type: 'string' }] }).sql).toBe("(properties->>'it''s') = $1");
  });

  it('turns an injection attempt into a single parameter value', () => {
    const { sql, params } = compile("name = 'x''; DROP TABLE features; --'");
    expect(sql).toBe(`${NAME} = $1`);
    expect(params).toEqual(["x'; DROP TABLE features; --"]);
  });

  it('never puts literal values into the SQL', () => {
    const text =
      "name IN ('SECRET1') AND height > 987654 AND built < DATE('1999-09-09') AND S_WITHIN(geometry, POINT(55.55 66.66)) AND heritage = TRUE";
    const { sql, params } = compile(text);
    for (const leak of ['SECRET1', '987654', '1999', '55.55', 'true', 'TRUE']) expect(sql).not.toContain(leak);
    expect(params).toHaveLength(5);
  });

  it('rejects bad options as programming errors', () => {
    expect(() => compile('height = 1', { firstParam: 0 })).toThrow(TypeError);
    expect(() => compile('height = 1', { filterSrid: 4326.5 })).toThrow(TypeError);
    expect(() => compile('height = 1', { filterSrid: Number('1; DROP') })).toThrow(TypeError);
  });
});

describe('compileCql2: errors', () => {
  it.each([
    ['colour = 1', "unknown property 'colour' at position 0; allowed: name, height, floors, heritage, built, opened, geometry", 0],
    ['height = 1 AND "Name" = 1', "unknown property 'Name' at position 15", 15],
    ["height = 'x'", "cannot compare property 'height' (number) with a string at position 9", 9],
    ["'x' = floors", "cannot compare a string with property 'floors' (integer) at position 6", 6],
    ['name = 1', "cannot compare property 'name' (string) with a number at position 7", 7],
    ["heritage = 'true'", "cannot compare property 'heritage' (boolean) with a string at position 11", 11],
    ["built = '2024-01-01'", "cannot compare property 'built' (date) with a string at position 8", 8],
    ["height = DATE('2024-01-01')", "cannot compare property 'height' (number) with a DATE at position 9", 9],
    ['height = name', "cannot compare property 'height' (number) with property 'name' (string) at position 9", 9],
    ['1 = 1', 'a comparison needs a property on at least one side at position 0', 0],
    ['geometry = POINT(1 2)', "cannot compare property 'geometry' (geometry) with '=' at position 0; use S_EQUALS", 0],
    ["built = INTERVAL('..', '..')", 'an INTERVAL at position 8 can only be used in a temporal predicate such as T_INTERSECTS', 8],
    ["height LIKE '1%'", "LIKE cannot be used with property 'height' (number) at position 0", 0],
    ["'abc' LIKE 'a%'", 'LIKE needs a property on its left at position 0, found a string', 0],
    ["name IN ('a', 2)", "cannot compare property 'name' (string) with a number at position 14", 14],
    ['geometry IN (1)', "IN cannot be used with property 'geometry' (geometry) at position 0", 0],
    ["name BETWEEN 'a' AND 'b'", "BETWEEN cannot be used with property 'name' (string) at position 0", 0],
    ["height BETWEEN 1 AND '2'", "cannot compare property 'height' (number) with a string at position 21", 21],
    ['1 IS NULL', 'IS NULL needs a property on its left at position 0, found a number', 0],
    ['S_INTERSECTS(geometry, height)', "S_INTERSECTS needs geometries, found property 'height' (number) at position 23", 23],
    ["S_WITHIN('POINT(1 2)', geometry)", 'S_WITHIN needs geometries, found a string at position 9', 9],
    ["T_INTERSECTS(height, DATE('2020-01-01'))", "T_INTERSECTS needs a date or timestamp property, found property 'height' (number) at position 13", 13],
    ["T_INTERSECTS(built, '2020-01-01')", 'T_INTERSECTS at position 0 needs a date/timestamp property and a DATE, TIMESTAMP or INTERVAL literal', 0],
    ["T_INTERSECTS(DATE('2020-01-01'), DATE('2020-01-01'))", 'needs a date/timestamp property', 0],
    ['T_BEFORE(built, opened)', 'needs a date/timestamp property and a DATE, TIMESTAMP or INTERVAL literal', 0],
    ["T_MEETS(built, INTERVAL('2020-01-01', '..'))", 'T_MEETS at position 0 is not supported between an instant property and an interval; supported: T_INTERSECTS', 0],
    ["T_DURING(built, DATE('2020-01-01'))", 'T_DURING at position 0 is not supported between an instant property and an instant', 0],
    ["height = 1 OR T_OVERLAPS(built, INTERVAL('..', '..'))", 'T_OVERLAPS at position 14', 14],
  ])('rejects %j', (text, message, position) => {
    let error: unknown;
    try {
      compile(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Cql2Error);
    expect((error as Cql2Error).message).toContain(message);
    expect((error as Cql2Error).position).toBe(position);
  });

  it('says when there are no queryables at all', () => {
    expect(() => compile('a = 1', { queryables: [] })).toThrow("unknown property 'a' at position 0; allowed: (none)");
  });
});
