/**
 * Turns a parsed `$filter` into a parameterised SQL condition for one entity set. Values are
 * always bound as `$n` parameters, never spliced into the SQL; property paths are resolved
 * against the entity model, so an unknown property is a 400 that lists the valid ones.
 */
import { HttpError } from '../api/HttpError.ts';
import { ENTITIES, type EntityDef, type PropertyType } from './entityModel.ts';
import type { ComparisonOp, FilterExpr, Literal } from './parseFilter.ts';

/** Collects bound values; `add` returns the placeholder (`$3`). */
export class SqlParams {
  readonly values: unknown[] = [];
  /** Binds `value` and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A resolved operand: SQL plus the type that decides how literals are cast. */
interface Operand {
  sql: string;
  type: PropertyType | 'jsonpath' | 'literal' | 'boolean';
  literal?: Literal;
}

const SQL_OP: Record<ComparisonOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
const FLIP: Record<ComparisonOp, ComparisonOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
const GEO_FUNCTIONS: Record<string, string> = {
  'geo.intersects': 'ST_Intersects',
  st_intersects: 'ST_Intersects',
  st_within: 'ST_Within',
  st_contains: 'ST_Contains',
  st_disjoint: 'ST_Disjoint',
  st_equals: 'ST_Equals',
  st_touches: 'ST_Touches',
  st_overlaps: 'ST_Overlaps',
  st_crosses: 'ST_Crosses',
};

function bad(message: string): HttpError {
  return new HttpError(400, 'Bad request', `$filter: ${message}`);
}

let aliasCounter = 0;

/** Resolves a property path on `entity` (row alias `alias`) to SQL; throws 400 for unknown names. */
export function resolvePath(entity: EntityDef, alias: string, segments: string[], params: SqlParams, context = '$filter'): Operand {
  const [head, ...rest] = segments;
  const name = head === '@iot.id' ? 'id' : head;
  const nav = entity.navigation[name];
  if (nav) {
    if (nav.many) throw new HttpError(400, 'Bad request', `${context}: "${segments.join('/')}" goes through the collection ${name}; only single-valued navigation (e.g. Datastream/Thing/name) is supported`);
    if (rest.length === 0) throw new HttpError(400, 'Bad request', `${context}: "${name}" is an entity; name one of its properties, e.g. ${name}/id`);
    const target = ENTITIES[nav.target];
    const sub = `n${++aliasCounter % 1_000_000}`;
    const inner = resolvePath(target, sub, rest, params, context);
    return { sql: `(SELECT ${inner.sql} FROM ${target.table} ${sub} WHERE ${nav.join(sub, alias)} LIMIT 1)`, type: inner.type };
  }
  const prop = entity.properties[name];
  if (!prop) {
    const known = [...Object.keys(entity.properties), ...Object.keys(entity.navigation)].join(', ');
    throw new HttpError(400, 'Bad request', `${context}: ${entity.name} has no property "${head}"; known: ${known}`);
  }
  const col = (prop.col ?? prop.out)(alias);
  if (rest.length > 0) {
    if (prop.type !== 'json') throw new HttpError(400, 'Bad request', `${context}: "${name}" has no sub-properties (only JSON properties such as properties/… do)`);
    return { sql: rest.reduce((expr, key) => `${expr} -> ${params.add(key)}::text`, col), type: 'jsonpath' };
  }
  return { sql: col, type: prop.type };
}

function literalSql(lit: Literal, params: SqlParams, as: 'text' | 'double precision' | 'timestamptz' | 'boolean' | 'bigint'): string {
  if (as === 'timestamptz' && (lit.type === 'time' || lit.type === 'string')) {
    if (Number.isNaN(Date.parse(String(lit.value)))) throw bad(`"${lit.value}" is not a date-time`);
  }
  return `${params.add(lit.type === 'number' || lit.type === 'boolean' ? lit.value : String(lit.value))}::${as}`;
}

function compareWithLiteral(op: ComparisonOp, path: Operand, lit: Literal, params: SqlParams): string {
  const o = SQL_OP[op];
  if (lit.type === 'null') {
    if (op !== 'eq' && op !== 'ne') throw bad('null can only be compared with eq or ne');
    return `${path.sql} IS ${op === 'eq' ? '' : 'NOT '}NULL`;
  }
  if (lit.type === 'geography') throw bad('a geography literal can only be used in geo functions such as geo.intersects');
  switch (path.type) {
    case 'id':
      if (lit.type !== 'number') throw bad('ids are numbers');
      return `${path.sql} ${o} ${literalSql(lit, params, 'bigint')}`;
    case 'number':
      if (lit.type !== 'number') throw bad(`expected a number, got ${lit.type} ${JSON.stringify(lit.value)}`);
      return `${path.sql} ${o} ${literalSql(lit, params, 'double precision')}`;
    case 'time':
      if (lit.type !== 'time' && lit.type !== 'string') throw bad(`expected a date-time, got ${lit.type}`);
      return `${path.sql} ${o} ${literalSql(lit, params, 'timestamptz')}`;
    case 'string':
      return `${path.sql} ${o} ${literalSql({ ...lit, type: 'string' }, params, 'text')}`;
    case 'boolean':
      if (lit.type !== 'boolean') throw bad('expected true or false');
      return `${path.sql} ${o} ${literalSql(lit, params, 'boolean')}`;
    case 'result':
    case 'json':
    case 'jsonpath': {
      const json = path.type === 'result' ? path.sql.replace(/\.result_number$/, '.result_json') : path.sql;
      if (lit.type === 'number') {
        const num = path.type === 'result' ? path.sql : `(CASE WHEN jsonb_typeof(${json}) = 'number' THEN (${json} #>> '{}')::double precision END)`;
        return `${num} ${o} ${literalSql(lit, params, 'double precision')}`;
      }
      if (lit.type === 'boolean') {
        if (op !== 'eq' && op !== 'ne') throw bad('booleans can only be compared with eq or ne');
        return `${json} ${o} to_jsonb(${literalSql(lit, params, 'boolean')})`;
      }
      return `(${json} #>> '{}') ${o} ${literalSql({ ...lit, type: 'string' }, params, 'text')}`;
    }
    case 'geometry':
      throw bad('geometries can only be compared with geo functions such as geo.intersects(location, geography\'POLYGON((…))\')');
    default:
      throw bad(`cannot compare a ${path.type}`);
  }
}

function operand(expr: FilterExpr, entity: EntityDef, alias: string, params: SqlParams): Operand {
  switch (expr.kind) {
    case 'path':
      return resolvePath(entity, alias, expr.segments, params);
    case 'literal':
      return { sql: '', type: 'literal', literal: expr };
    case 'call': {
      const args = expr.args.map((a) => operand(a, entity, alias, params));
      const one = () => {
        if (args.length !== 1 || args[0].type === 'literal') throw bad(`${expr.name}() takes one property`);
        return args[0].type === 'jsonpath' ? `(${args[0].sql} #>> '{}')` : args[0].sql;
      };
      if (expr.name === 'tolower') return { sql: `lower(${one()})`, type: 'string' };
      if (expr.name === 'toupper') return { sql: `upper(${one()})`, type: 'string' };
      if (expr.name === 'length') return { sql: `length(${one()})`, type: 'number' };
      if (expr.name === 'trim') return { sql: `btrim(${one()})`, type: 'string' };
      return { sql: booleanCall(expr, entity, alias, params), type: 'boolean' };
    }
    default:
      return { sql: `(${toSql(expr, entity, alias, params)})`, type: 'boolean' };
  }
}

function geometrySql(op: Operand, fn: string, params: SqlParams): string {
  if (op.type === 'literal') {
    if (op.literal!.type !== 'geography') throw bad(`${fn}() needs a geography'…' literal, e.g. geography'POINT(107.58 16.46)'`);
    return `ST_GeomFromText(${params.add(op.literal!.value)}::text, 4326)`;
  }
  if (op.type !== 'geometry') throw bad(`${fn}() needs a geometry property (location, feature, observedArea)`);
  return op.sql;
}

function textArg(op: Operand, fn: string, params: SqlParams): string {
  if (op.type === 'literal') return literalSql({ ...op.literal!, type: 'string' }, params, 'text');
  if (op.type === 'jsonpath') return `(${op.sql} #>> '{}')`;
  if (op.type !== 'string') throw bad(`${fn}() works on text properties`);
  return op.sql;
}

function booleanCall(expr: Extract<FilterExpr, { kind: 'call' }>, entity: EntityDef, alias: string, params: SqlParams): string {
  const args = expr.args.map((a) => operand(a, entity, alias, params));
  const geo = GEO_FUNCTIONS[expr.name];
  if (geo) {
    if (args.length !== 2) throw bad(`${expr.name}() takes two arguments`);
    return `${geo}(${geometrySql(args[0], expr.name, params)}, ${geometrySql(args[1], expr.name, params)})`;
  }
  if (args.length !== 2) throw bad(`unknown function ${expr.name}(); supported: ${[...Object.keys(GEO_FUNCTIONS), 'substringof', 'contains', 'startswith', 'endswith', 'tolower', 'toupper', 'length', 'trim'].join(', ')}`);
  const [a, b] = args.map((x) => textArg(x, expr.name, params));
  switch (expr.name) {
    case 'substringof':
      return `strpos(${b}, ${a}) > 0`;
    case 'contains':
      return `strpos(${a}, ${b}) > 0`;
    case 'startswith':
      return `left(${a}, length(${b})) = ${b}`;
    case 'endswith':
      return `right(${a}, length(${b})) = ${b}`;
    default:
      throw bad(`unknown function ${expr.name}()`);
  }
}

/** Compiles `expr` to a SQL condition on rows `alias` of `entity`, binding values into `params`. */
export function toSql(expr: FilterExpr, entity: EntityDef, alias: string, params: SqlParams): string {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return `(${toSql(expr.left, entity, alias, params)} ${expr.kind.toUpperCase()} ${toSql(expr.right, entity, alias, params)})`;
    case 'not':
      return `(NOT COALESCE(${toSql(expr.expr, entity, alias, params)}, false))`;
    case 'call':
      return booleanCall(expr, entity, alias, params);
    case 'cmp': {
      const left = operand(expr.left, entity, alias, params);
      const right = operand(expr.right, entity, alias, params);
      if (left.type === 'literal' && right.type === 'literal') throw bad('a comparison needs at least one property');
      if (right.type === 'literal') return compareWithLiteral(expr.op, left, right.literal!, params);
      if (left.type === 'literal') return compareWithLiteral(FLIP[expr.op], right, left.literal!, params);
      if (left.type === 'geometry' || right.type === 'geometry') throw bad('geometries can only be compared with geo functions');
      return `${left.sql} ${SQL_OP[expr.op]} ${right.sql}`;
    }
    case 'path': {
      const p = resolvePath(entity, alias, expr.segments, params);
      throw bad(`"${expr.segments.join('/')}" alone is not a condition (${p.type}); compare it, e.g. ${expr.segments.join('/')} eq …`);
    }
    case 'literal':
      if (expr.type === 'boolean') return expr.value ? 'true' : 'false';
      throw bad('a literal alone is not a condition');
  }
}
