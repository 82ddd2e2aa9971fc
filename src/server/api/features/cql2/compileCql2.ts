/** Compiles a CQL2 syntax tree into a parameterised PostGIS WHERE fragment; every literal becomes a `$n`. */
import type { Cql2Node, Operand, SpatialOp } from './ast.ts';
import { TEMPORAL_CONVERSE, temporalSql } from './compileTemporal.ts';
import { Cql2Error } from './Cql2Error.ts';
import { defaultColumn, familyOf, type Queryable, type ValueFamily } from './Queryable.ts';

export type { Queryable } from './Queryable.ts';

/** How to compile: which properties exist, how they map to SQL, and where placeholders start. */
export interface CompileOptions {
  /** Allowed property names; an unknown name is a Cql2Error naming it and listing the allowed ones. */
  queryables: Queryable[];
  /** SQL for a non-geometry property; default: (properties->>'name') cast by type, e.g. ((properties->>'height')::double precision). */
  column?: (q: Queryable) => string;
  /** SQL of the geometry column (EPSG:4326) that geometry queryables map to; default 'geom'. */
  geometryColumn?: string;
  /** Index of the first $n placeholder to use (the caller already uses $1..$k). */
  firstParam: number;
  /** SRID of geometry literals (filter-crs); default 4326 — literals are lon/lat (CRS84 axis order). */
  filterSrid?: number;
}

/** Compiled filter: a self-contained boolean SQL expression (safe to AND into a WHERE) and its parameter values. */
export interface CompiledFilter {
  sql: string;
  params: unknown[];
}

const SPATIAL_SQL: Record<SpatialOp, string> = {
  s_intersects: 'ST_Intersects',
  s_within: 'ST_Within',
  s_contains: 'ST_Contains',
  s_disjoint: 'ST_Disjoint',
  s_equals: 'ST_Equals',
  s_touches: 'ST_Touches',
  s_crosses: 'ST_Crosses',
  s_overlaps: 'ST_Overlaps',
};

const LITERAL_NAMES: Record<Exclude<Operand['kind'], 'property'>, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  date: 'a DATE',
  timestamp: 'a TIMESTAMP',
  interval: 'an INTERVAL',
  geometry: 'a geometry',
};

interface Typed {
  sql: string;
  family: ValueFamily;
}

class Compiler {
  readonly params: unknown[] = [];
  private readonly byName: Map<string, Queryable>;
  private readonly geometryColumn: string;
  private readonly srid: number;

  constructor(private readonly options: CompileOptions) {
    this.byName = new Map(options.queryables.map((q) => [q.name, q]));
    this.geometryColumn = options.geometryColumn ?? 'geom';
    this.srid = options.filterSrid ?? 4326;
    if (!Number.isInteger(options.firstParam) || options.firstParam < 1) throw new TypeError(`firstParam must be a positive integer, got ${options.firstParam}`);
    if (!Number.isInteger(this.srid) || this.srid <= 0) throw new TypeError(`filterSrid must be a positive integer, got ${this.srid}`);
  }

  private param(value: unknown, cast = ''): string {
    this.params.push(value);
    return `$${this.options.firstParam + this.params.length - 1}${cast}`;
  }

  private describe(o: Operand): string {
    if (o.kind !== 'property') return LITERAL_NAMES[o.kind];
    return `property '${o.name}' (${this.queryable(o.name, o.position).type})`;
  }

  private queryable(name: string, position: number): Queryable {
    const q = this.byName.get(name);
    if (!q) {
      const allowed = this.options.queryables.map((x) => x.name).join(', ') || '(none)';
      throw new Cql2Error(`unknown property '${name}' at position ${position}; allowed: ${allowed}`, position);
    }
    return q;
  }

  private operand(o: Operand): Typed {
    switch (o.kind) {
      case 'property': {
        const q = this.queryable(o.name, o.position);
        const sql = q.type === 'geometry' ? this.geometryColumn : (this.options.column ?? defaultColumn)(q);
        return { sql, family: familyOf(q.type) };
      }
      case 'string':
        return { sql: this.param(o.value), family: 'string' };
      case 'number':
        return { sql: this.param(o.value), family: 'number' };
      case 'boolean':
        return { sql: this.param(o.value), family: 'boolean' };
      case 'date':
      case 'timestamp':
        return { sql: this.param(o.value, '::timestamptz'), family: 'temporal' };
      case 'geometry': {
        const geom = `ST_GeomFromText(${this.param(o.wkt)}, ${this.srid})`;
        return { sql: this.srid === 4326 ? geom : `ST_Transform(${geom}, 4326)`, family: 'geometry' };
      }
      case 'interval':
        throw new Cql2Error(`an INTERVAL at position ${o.position} can only be used in a temporal predicate such as T_INTERSECTS`, o.position);
    }
  }

  /** Compiles a scalar operand that must be of `family` (the subject's), naming both on mismatch. */
  private same(subject: Operand, subjectFamily: ValueFamily, o: Operand, what: string): string {
    const typed = this.operand(o);
    if (typed.family !== subjectFamily) {
      throw new Cql2Error(`cannot ${what} ${this.describe(subject)} with ${this.describe(o)} at position ${o.position}`, o.position);
    }
    return typed.sql;
  }

  /** Compiles the subject of LIKE/IN/BETWEEN/IS NULL, which must be a property of one of `families`. */
  private subject(o: Operand, keyword: string, families: ValueFamily[]): Typed {
    if (o.kind !== 'property') {
      throw new Cql2Error(`${keyword} needs a property on its left at position ${o.position}, found ${this.describe(o)}`, o.position);
    }
    const typed = this.operand(o);
    if (!families.includes(typed.family)) {
      throw new Cql2Error(`${keyword} cannot be used with ${this.describe(o)} at position ${o.position}`, o.position);
    }
    return typed;
  }

  node(n: Cql2Node): string {
    switch (n.kind) {
      case 'and':
      case 'or':
        return `(${n.args.map((a) => this.node(a)).join(n.kind === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `NOT (${this.node(n.arg)})`;
      case 'boolean':
        return this.param(n.value, '::boolean');
      case 'comparison': {
        if (n.left.kind !== 'property' && n.right.kind !== 'property') {
          throw new Cql2Error(`a comparison needs a property on at least one side at position ${n.position}`, n.position);
        }
        const left = this.operand(n.left);
        if (left.family === 'geometry') {
          throw new Cql2Error(`cannot compare ${this.describe(n.left)} with '${n.op}' at position ${n.position}; use S_EQUALS or another spatial function`, n.position);
        }
        const right = this.same(n.left, left.family, n.right, 'compare');
        return `${left.sql} ${n.op} ${right}`;
      }
      case 'like': {
        const s = this.subject(n.subject, 'LIKE', ['string']);
        return `${s.sql} ${n.negated ? 'NOT LIKE' : 'LIKE'} ${this.param(n.pattern.value)}`;
      }
      case 'in': {
        const s = this.subject(n.subject, 'IN', ['string', 'number', 'boolean', 'temporal']);
        const list = n.list.map((item) => this.same(n.subject, s.family, item, 'compare'));
        return `${s.sql} ${n.negated ? 'NOT IN' : 'IN'} (${list.join(', ')})`;
      }
      case 'between': {
        const s = this.subject(n.subject, 'BETWEEN', ['number', 'temporal']);
        const low = this.same(n.subject, s.family, n.low, 'compare');
        const high = this.same(n.subject, s.family, n.high, 'compare');
        return `(${s.sql} ${n.negated ? 'NOT BETWEEN' : 'BETWEEN'} ${low} AND ${high})`;
      }
      case 'isNull': {
        const s = this.subject(n.subject, 'IS NULL', ['string', 'number', 'boolean', 'temporal', 'geometry']);
        return `${s.sql} ${n.negated ? 'IS NOT NULL' : 'IS NULL'}`;
      }
      case 'spatial': {
        const [left, right] = [n.left, n.right].map((o) => {
          const typed = this.operand(o);
          if (typed.family !== 'geometry') {
            throw new Cql2Error(`${n.op.toUpperCase()} needs geometries, found ${this.describe(o)} at position ${o.position}`, o.position);
          }
          return typed.sql;
        });
        return `${SPATIAL_SQL[n.op]}(${left}, ${right})`;
      }
      case 'temporal':
        return this.temporal(n);
    }
  }

  private temporal(n: Extract<Cql2Node, { kind: 'temporal' }>): string {
    const swap = n.left.kind !== 'property' && n.right.kind === 'property';
    const [prop, literal] = swap ? [n.right, n.left] : [n.left, n.right];
    const op = swap ? TEMPORAL_CONVERSE[n.op] : n.op;
    const name = n.op.toUpperCase();
    if (prop.kind !== 'property' || (literal.kind !== 'date' && literal.kind !== 'timestamp' && literal.kind !== 'interval')) {
      throw new Cql2Error(`${name} at position ${n.position} needs a date/timestamp property and a DATE, TIMESTAMP or INTERVAL literal`, n.position);
    }
    const column = this.operand(prop);
    if (column.family !== 'temporal') {
      throw new Cql2Error(`${name} needs a date or timestamp property, found ${this.describe(prop)} at position ${prop.position}`, prop.position);
    }
    return temporalSql(op, column.sql, literal, n.position, (value) => this.param(value, '::timestamptz'));
  }
}

/**
 * Compiles a parsed filter into `{ sql, params }`: `sql` uses placeholders `$firstParam…` in order
 * and never contains a literal value; property names must be in `options.queryables`.
 * Throws {@link Cql2Error} on an unknown property or a type mismatch.
 */
export function compileCql2(ast: Cql2Node, options: CompileOptions): CompiledFilter {
  const compiler = new Compiler(options);
  const sql = compiler.node(ast);
  return { sql, params: compiler.params };
}
