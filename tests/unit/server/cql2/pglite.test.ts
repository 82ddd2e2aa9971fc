import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCql2, parseCql2 } from '../../../../src/server/api/features/cql2/index.ts';
import { QUERYABLES } from './queryables.ts';

/** Ten features around Huế; `floors`/`height`/`opened` are missing on some on purpose. */
const ROWS: [string, Record<string, unknown>, string][] = [
  ['f1', { name: 'Ngọ Môn', height: 17, floors: 2, heritage: true, built: '1833-06-01' }, 'POINT(107.5786 16.4674)'],
  ['f2', { name: 'Thiên Mụ Pagoda', height: 21, floors: 7, heritage: true, built: '1844-01-01' }, 'POINT(107.5446 16.4533)'],
  ['f3', { name: 'Trường Tiền Bridge', height: 9.5, heritage: true, built: '1899-12-15' }, 'LINESTRING(107.5895 16.469,107.593 16.466)'],
  ['f4', { name: 'Đông Ba Market', height: 12, floors: 2, heritage: false, built: '1887-01-01' }, 'POINT(107.588 16.473)'],
  ['f5', { name: 'Vincom Plaza', height: 45.5, floors: 12, heritage: false, built: '2017-04-01', opened: '2017-04-01T09:00:00Z' }, 'POINT(107.592 16.464)'],
  ['f6', { name: "O'Neil's Café", height: 8, floors: 2, heritage: false, built: '2020-05-05', opened: '2020-05-05T07:00:00Z' }, 'POINT(107.6 16.46)'],
  ['f7', { name: 'Huế Station', height: 10, floors: 2, heritage: true, built: '1908-01-01' }, 'POINT(107.579 16.456)'],
  ['f8', { name: 'Quốc Học School', height: 14, floors: 3, heritage: true, built: '1896-10-23' }, 'POINT(107.586 16.459)'],
  ['f9', { name: 'Imperial City', heritage: true, built: '1804-01-01' }, 'POLYGON((107.573 16.465,107.583 16.465,107.583 16.475,107.573 16.475,107.573 16.465))'],
  ['f10', { name: 'Riverside Tower', height: 60, floors: 20, heritage: false, built: '2023-09-01', opened: '2023-09-01T08:30:00Z' }, 'POINT(107.61 16.47)'],
];

/** Web Mercator (EPSG:3857) of a lon/lat point. */
function mercator(lon: number, lat: number): [number, number] {
  const r = 6378137;
  return [(r * lon * Math.PI) / 180, r * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
}

describe('compiled CQL2 filters on PGlite + PostGIS', () => {
  let pg: PGlite;

  beforeAll(async () => {
    pg = await PGlite.create({ extensions: { postgis } });
    await pg.exec('CREATE EXTENSION postgis');
    await pg.exec('CREATE TABLE features (id text PRIMARY KEY, properties jsonb NOT NULL, geom geometry(Geometry, 4326))');
    for (const [id, properties, wkt] of ROWS) {
      await pg.query('INSERT INTO features VALUES ($1, $2, ST_GeomFromText($3, 4326))', [id, JSON.stringify(properties), wkt]);
    }
  }, 60_000);

  afterAll(async () => {
    await pg?.close();
  });

  async function ids(filter: string, filterSrid?: number): Promise<string[]> {
    const { sql, params } = compileCql2(parseCql2(filter), { queryables: QUERYABLES, firstParam: 2, filterSrid });
    const result = await pg.query<{ id: string }>(`SELECT id FROM features WHERE id <> $1 AND ${sql} ORDER BY id`, ['none', ...params]);
    return result.rows.map((r) => r.id).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  }

  it.each([
    ['height > 20', ['f2', 'f5', 'f10']],
    ["name LIKE 'Thiên%'", ['f2']],
    ["name like '%Market' and heritage = false", ['f4']],
    ["name = 'O''Neil''s Café'", ['f6']],
    ["name NOT LIKE '%e%'", ['f1', 'f2', 'f5', 'f7', 'f8']],
    ['floors IN (2, 3)', ['f1', 'f4', 'f6', 'f7', 'f8']],
    ['floors = 2 OR height > 50', ['f1', 'f4', 'f6', 'f7', 'f10']],
    ['height BETWEEN 10 AND 17', ['f1', 'f4', 'f7', 'f8']],
    ['height IS NULL', ['f9']],
    ['"opened" IS NOT NULL AND height < 50', ['f5', 'f6']],
    ['heritage = TRUE AND NOT (height < 15)', ['f1', 'f2']],
    ['S_INTERSECTS(geometry, BBOX(107.57, 16.46, 107.59, 16.47))', ['f1', 'f3', 'f9']],
    ['S_WITHIN(geometry, POLYGON((107.573 16.465, 107.583 16.465, 107.583 16.475, 107.573 16.475, 107.573 16.465)))', ['f1', 'f9']],
    ['S_CONTAINS(geometry, POINT(107.578 16.47))', ['f9']],
    ['S_CROSSES(geometry, LINESTRING(107.59 16.46, 107.59 16.47))', ['f3']],
    ['S_DISJOINT(geometry, MULTIPOINT((107.5786 16.4674), (107.6 16.46))) AND heritage = FALSE', ['f4', 'f5', 'f10']],
    ["T_INTERSECTS(built, INTERVAL('1880-01-01', '1900-01-01'))", ['f3', 'f4', 'f8']],
    ["T_BEFORE(built, DATE('1840-01-01'))", ['f1', 'f9']],
    ["T_AFTER(opened, TIMESTAMP('2018-01-01T00:00:00Z'))", ['f6', 'f10']],
    ["T_DURING(opened, INTERVAL('..', '2021-01-01T00:00:00Z'))", ['f5', 'f6']],
    ["T_INTERSECTS(opened, TIMESTAMP('2020-05-05T07:00:00Z'))", ['f6']],
    ["built >= DATE('2017-04-01')", ['f5', 'f6', 'f10']],
    ["name = 'x''; DROP TABLE features; --'", []],
  ])('%s', async (filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it('keeps the table after an injection attempt', async () => {
    await ids("name = 'x''; DROP TABLE features; --' OR name = ''' OR 1=1 --'");
    expect((await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM features')).rows[0]!.n).toBe(10);
  });

  it('transforms geometry literals from filter-crs', async () => {
    const [x0, y0] = mercator(107.6099, 16.4699);
    const [x1, y1] = mercator(107.6101, 16.4701);
    expect(await ids(`S_INTERSECTS(geometry, BBOX(${x0}, ${y0}, ${x1}, ${y1}))`, 3857)).toEqual(['f10']);
  });
});
