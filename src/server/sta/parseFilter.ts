/**
 * Parses a SensorThings `$filter` (the OData subset: eq ne gt ge lt le, and or not, parentheses,
 * string/number/boolean/null/date-time literals, `geography'…'`, property paths and functions)
 * into an expression tree. Syntax errors throw HttpError 400 naming the position.
 */
import { HttpError } from '../api/HttpError.ts';

/** A comparison operator. */
export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A literal value: `time` is an unquoted ISO 8601 date-time, `geography` a WKT string. */
export interface Literal {
  kind: 'literal';
  type: 'string' | 'number' | 'boolean' | 'null' | 'time' | 'geography';
  value: string | number | boolean | null;
}

/** A property path such as `name`, `Datastream/Thing/name` or `properties/station/code`. */
export interface PathExpr {
  kind: 'path';
  segments: string[];
}

/** A function call such as `geo.intersects(location, geography'…')` or `tolower(name)`. */
export interface CallExpr {
  kind: 'call';
  name: string;
  args: FilterExpr[];
}

/** A node of a parsed `$filter`. */
export type FilterExpr =
  | Literal
  | PathExpr
  | CallExpr
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'cmp'; op: ComparisonOp; left: FilterExpr; right: FilterExpr };

interface Token {
  type: 'punct' | 'string' | 'geography' | 'number' | 'time' | 'ident';
  text: string;
  pos: number;
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_@$][\w.@$]*/;

function bad(message: string): HttpError {
  return new HttpError(400, 'Bad request', `$filter: ${message}`);
}

function quoted(input: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= input.length) throw bad(`unterminated string starting at position ${start + 1}`);
    if (input[i] === "'") {
      if (input[i + 1] === "'") {
        text += "'";
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += input[i++];
  }
}

/** Splits a `$filter` into tokens. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if ('(),/'.includes(ch)) {
      tokens.push({ type: 'punct', text: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      const q = quoted(input, i);
      tokens.push({ type: 'string', text: q.text, pos: i });
      i = q.end;
      continue;
    }
    const rest = input.slice(i);
    const geo = /^geography'/i.exec(rest);
    if (geo) {
      const q = quoted(input, i + geo[0].length - 1);
      tokens.push({ type: 'geography', text: q.text, pos: i });
      i = q.end;
      continue;
    }
    const timeMatch = TIME.exec(rest);
    if (timeMatch && timeMatch[0].length > 4) {
      tokens.push({ type: 'time', text: timeMatch[0], pos: i });
      i += timeMatch[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ type: 'number', text: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      tokens.push({ type: 'ident', text: ident[0], pos: i });
      i += ident[0].length;
      continue;
    }
    throw bad(`unexpected character "${ch}" at position ${i + 1}`);
  }
  return tokens;
}

/** Parses a `$filter` string; throws HttpError 400 on a syntax error. */
export function parseFilter(input: string): FilterExpr {
  const tokens = tokenize(input);
  let at = 0;
  const peek = () => tokens[at];
  const isWord = (word: string) => peek()?.type === 'ident' && peek().text.toLowerCase() === word;
  const expect = (text: string) => {
    const t = tokens[at];
    if (!t || t.text !== text) throw bad(`expected "${text}" ${t ? `at position ${t.pos + 1}, found "${t.text}"` : 'at the end'}`);
    at++;
  };

  const primary = (): FilterExpr => {
    const t = tokens[at];
    if (!t) throw bad('unexpected end of expression');
    if (t.text === '(' && t.type === 'punct') {
      at++;
      const inner = or();
      expect(')');
      return inner;
    }
    at++;
    switch (t.type) {
      case 'string':
        return { kind: 'literal', type: 'string', value: t.text };
      case 'geography':
        return { kind: 'literal', type: 'geography', value: t.text };
      case 'number':
        return { kind: 'literal', type: 'number', value: Number(t.text) };
      case 'time':
        if (Number.isNaN(Date.parse(t.text))) throw bad(`"${t.text}" is not a valid date-time`);
        return { kind: 'literal', type: 'time', value: t.text };
      case 'ident': {
        const lower = t.text.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', type: 'boolean', value: lower === 'true' };
        if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
        if (peek()?.text === '(') {
          at++;
          const args: FilterExpr[] = [];
          if (peek()?.text !== ')') {
            args.push(or());
            while (peek()?.text === ',') {
              at++;
              args.push(or());
            }
          }
          expect(')');
          return { kind: 'call', name: lower, args };
        }
        const segments = [t.text];
        while (peek()?.text === '/') {
          at++;
          const next = tokens[at++];
          if (!next || next.type !== 'ident') throw bad(`expected a property name after "/" in "${segments.join('/')}/"`);
          segments.push(next.text);
        }
        return { kind: 'path', segments };
      }
      default:
        throw bad(`unexpected "${t.text}" at position ${t.pos + 1}`);
    }
  };

  const comparison = (): FilterExpr => {
    const left = primary();
    const t = peek();
    if (t?.type === 'ident' && COMPARISONS.has(t.text.toLowerCase())) {
      at++;
      return { kind: 'cmp', op: t.text.toLowerCase() as ComparisonOp, left, right: primary() };
    }
    return left;
  };

  const unary = (): FilterExpr => {
    if (isWord('not')) {
      at++;
      return { kind: 'not', expr: unary() };
    }
    return comparison();
  };

  const and = (): FilterExpr => {
    let left = unary();
    while (isWord('and')) {
      at++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };

  function or(): FilterExpr {
    let left = and();
    while (isWord('or')) {
      at++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }

  if (tokens.length === 0) throw bad('empty expression');
  const tree = or();
  if (at < tokens.length) throw bad(`unexpected "${tokens[at].text}" at position ${tokens[at].pos + 1}`);
  return tree;
}
