/**
 * Parses the SensorThings query options `$top $skip $count $orderby $select $filter $expand`
 * (including nested options inside `$expand=Datastreams($top=1;$expand=Observations)`).
 */
import { HttpError } from '../api/HttpError.ts';
import { parseFilter, type FilterExpr } from './parseFilter.ts';

/** Default page size. */
export const DEFAULT_TOP = 100;
/** Largest accepted `$top`. */
export const MAX_TOP = 10_000;

/** One `$orderby` term. */
export interface OrderTerm {
  path: string[];
  desc: boolean;
}

/** One `$expand` item: a navigation property with its own options. */
export interface ExpandItem {
  nav: string;
  options: QueryOptions;
}

/** Parsed query options; `top` is always set (default {@link DEFAULT_TOP}). */
export interface QueryOptions {
  top: number;
  /** Whether `$top` was given explicitly. */
  topGiven: boolean;
  skip: number;
  count: boolean;
  orderby: OrderTerm[];
  select?: string[];
  filter?: FilterExpr;
  expand: ExpandItem[];
}

const KNOWN = new Set(['$top', '$skip', '$count', '$orderby', '$select', '$filter', '$expand', '$resultFormat']);

function bad(message: string): HttpError {
  return new HttpError(400, 'Bad request', message);
}

/** Splits `text` on `separator` outside parentheses and quotes. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quote = !quote;
    else if (!quote && ch === '(') depth++;
    else if (!quote && ch === ')') depth--;
    else if (!quote && depth === 0 && ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) throw bad(`unbalanced parentheses in "${text}"`);
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function integer(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw bad(`${name} must be a non-negative integer (got "${value}")`);
  const n = Number(value);
  if (n > max) throw bad(`${name} must be at most ${max} (got ${n})`);
  return n;
}

function parseExpand(text: string): ExpandItem[] {
  return splitTopLevel(text, ',').map((item) => {
    const open = item.indexOf('(');
    const pathText = open >= 0 ? item.slice(0, open) : item;
    if (open >= 0 && !item.endsWith(')')) throw bad(`$expand: "${item}" must end with ")"`);
    const inner = open >= 0 ? item.slice(open + 1, -1) : '';
    const nested: Record<string, string> = {};
    for (const part of splitTopLevel(inner, ';')) {
      const eq = part.indexOf('=');
      if (eq < 0) throw bad(`$expand: option "${part}" needs "=", e.g. $top=1`);
      nested[part.slice(0, eq).trim()] = part.slice(eq + 1);
    }
    const segments = pathText.trim().split('/');
    if (segments.some((s) => !/^[A-Za-z]+$/.test(s))) throw bad(`$expand: "${pathText}" is not a navigation path`);
    // A/B(opts) = A expanded with B(opts) nested inside
    let last: ExpandItem = { nav: segments[segments.length - 1], options: parseQueryOptions(nested) };
    for (let i = segments.length - 2; i >= 0; i--) last = { nav: segments[i], options: { ...parseQueryOptions({}), expand: [last] } };
    return last;
  });
}

/** Parses query options from a query-string object; throws HttpError 400 naming the bad option. */
export function parseQueryOptions(query: Record<string, string | string[] | undefined>): QueryOptions {
  const get = (name: string): string | undefined => {
    const v = query[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  for (const key of Object.keys(query)) {
    if (key.startsWith('$') && !KNOWN.has(key)) throw bad(`unknown query option ${key}; supported: ${[...KNOWN].join(', ')}`);
  }
  const topText = get('$top');
  const countText = get('$count');
  if (countText !== undefined && countText !== 'true' && countText !== 'false') throw bad(`$count must be true or false (got "${countText}")`);
  const options: QueryOptions = {
    top: topText === undefined ? DEFAULT_TOP : integer('$top', topText, MAX_TOP),
    topGiven: topText !== undefined,
    skip: get('$skip') === undefined ? 0 : integer('$skip', get('$skip')!, Number.MAX_SAFE_INTEGER),
    count: countText === 'true',
    orderby: [],
    expand: [],
  };
  const orderby = get('$orderby');
  if (orderby !== undefined) {
    options.orderby = splitTopLevel(orderby, ',').map((term) => {
      const m = /^([\w@./]+)(?:\s+(asc|desc))?$/i.exec(term);
      if (!m) throw bad(`$orderby: "${term}" must be "property [asc|desc]"`);
      return { path: m[1].split('/'), desc: m[2]?.toLowerCase() === 'desc' };
    });
  }
  const select = get('$select');
  if (select !== undefined) options.select = splitTopLevel(select, ',').map((s) => (s === '@iot.id' ? 'id' : s));
  const filter = get('$filter');
  if (filter !== undefined) options.filter = parseFilter(filter);
  const expand = get('$expand');
  if (expand !== undefined) options.expand = parseExpand(expand);
  return options;
}
