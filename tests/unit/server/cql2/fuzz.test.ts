import { describe, expect, it } from 'vitest';
import { compileCql2, Cql2Error, parseCql2 } from '../../../../src/server/api/features/cql2/index.ts';
import { QUERYABLES } from './queryables.ts';
import { createRandom } from '../../../../src/sample/random.ts';

const SEEDS = [
  "name = 'Ngọ Môn' AND height > 12.5",
  'height=1 OR floors=2 AND heritage=TRUE',
  "NOT (name LIKE 'Hu%' OR name NOT LIKE '_x') AND floors IN (1, 2, 3)",
  'height BETWEEN -1.5e3 AND 2 AND "opened" IS NOT NULL',
  'S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1, 0 0)))',
  'S_WITHIN(geometry, BBOX(107.5, 16.4, 107.7, 16.5)) OR S_CROSSES(geometry, MULTILINESTRING((0 0, 1 1), (2 2, 3 3)))',
  'S_DISJOINT(geometry, GEOMETRYCOLLECTION(POINT(1 2), MULTIPOINT((1 2), (3 4)), MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))))',
  "T_INTERSECTS(built, INTERVAL('2020-01-01', '..')) AND T_BEFORE(opened, TIMESTAMP('2024-01-01T00:00:00Z'))",
  "built >= DATE('2024-02-29') AND T_DURING(opened, INTERVAL('..', '2021-01-01T00:00:00Z'))",
  "name = 'x''; DROP TABLE features; --'",
];
const PIECES = [
  ' ', '(', ')', ',', "'", '"', '=', '<', '>', '<>', '-', '+', '.', '..', 'e', '%', '_', ':', '#', '\\', '\u0000', 'ế', '😀',
  'AND', 'OR', 'NOT', 'LIKE', 'IN', 'BETWEEN', 'IS', 'NULL', 'TRUE', 'FALSE', 'DATE', 'TIMESTAMP', 'INTERVAL', 'POINT', 'Z',
  'POLYGON', 'GEOMETRYCOLLECTION', 'BBOX', 'S_INTERSECTS', 'T_AFTER', 'name', 'height', 'geometry', 'built', '1', '2.5', '1e400',
  "'2024-01-01'", "'..'",
];

/** Parses (and compiles) text, insisting that the only failure is a Cql2Error with a sane position. */
function check(text: string): 'ok' | 'rejected' {
  try {
    const ast = parseCql2(text);
    compileCql2(ast, { queryables: QUERYABLES, firstParam: 1 });
    return 'ok';
  } catch (e) {
    if (!(e instanceof Cql2Error)) throw new Error(`${String(e)} for input ${JSON.stringify(text)}`);
    expect(Number.isInteger(e.position) && e.position >= 0 && e.position <= text.length).toBe(true);
    expect(e.message).toMatch(/position \d+|filter is empty/);
    return 'rejected';
  }
}

describe('CQL2 fuzz (seeded)', () => {
  it('accepts every seed', () => {
    for (const seed of SEEDS) expect(check(seed)).toBe('ok');
  });

  it('either parses or throws Cql2Error for random token soups', () => {
    const random = createRandom(20240601).next;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const outcomes = { ok: 0, rejected: 0 };
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(random() * 25);
      let text = '';
      for (let j = 0; j < n; j++) text += random() < 0.15 ? String.fromCharCode(Math.floor(random() * 128)) : pick(PIECES);
      outcomes[check(text)]++;
    }
    expect(outcomes.rejected).toBeGreaterThan(0);
  });

  it('either parses or throws Cql2Error for mutated valid filters', () => {
    const random = createRandom(7).next;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const outcomes = { ok: 0, rejected: 0 };
    for (let i = 0; i < 4000; i++) {
      let text = pick(SEEDS);
      const edits = 1 + Math.floor(random() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(random() * (text.length + 1));
        const op = random();
        if (op < 0.3) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
        else if (op < 0.6) text = text.slice(0, at) + pick(PIECES) + text.slice(at);
        else if (op < 0.8) text = text.slice(0, at) + pick(PIECES) + text.slice(at + 1);
        else text = text.slice(0, at);
      }
      outcomes[check(text)]++;
    }
    expect(outcomes.ok).toBeGreaterThan(100);
    expect(outcomes.rejected).toBeGreaterThan(1000);
  });

  it('compiles randomly generated valid filters with one parameter per placeholder', () => {
    const random = createRandom(99).next;
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const predicates = [
      () => `height ${pick(['=', '<>', '<', '>', '<=', '>='])} ${Math.round(random() * 1e4) / 100}`,
      () => `name ${pick(['', 'NOT '])}LIKE '${pick(['a%', "it''s", '_'])}'`,
      () => `floors ${pick(['', 'NOT '])}IN (${Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.floor(random() * 9)).join(', ')})`,
      () => `height ${pick(['', 'NOT '])}BETWEEN 1 AND 2`,
      () => `${pick(['name', 'heritage', 'geometry'])} IS ${pick(['', 'NOT '])}NULL`,
      () => `${pick(['S_INTERSECTS', 'S_TOUCHES', 's_within'])}(geometry, ${pick(['POINT(1 2)', 'BBOX(0,0,1,1)', 'LINESTRING(0 0, 1 1)'])})`,
      () => `${pick(['T_INTERSECTS', 'T_AFTER', 't_before', 'T_DURING'])}(built, INTERVAL(${pick(["'..'", "'2000-01-01'"])}, '2030-01-01'))`,
    ];
    const expression = (depth: number): string => {
      const r = random();
      if (depth > 4 || r < 0.4) return pick(predicates)();
      if (r < 0.55) return `NOT (${expression(depth + 1)})`;
      if (r < 0.7) return `(${expression(depth + 1)})`;
      return `${expression(depth + 1)} ${pick(['AND', 'OR', 'and', 'or'])} ${expression(depth + 1)}`;
    };
    for (let i = 0; i < 1500; i++) {
      const text = expression(0);
      const { sql, params } = compileCql2(parseCql2(text), { queryables: QUERYABLES, firstParam: 3 });
      const placeholders = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
      expect(placeholders).toEqual(params.map((_, k) => k + 3));
    }
  });
});
