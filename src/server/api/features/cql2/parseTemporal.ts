/** DATE(…), TIMESTAMP(…) and INTERVAL(…, …) literals of CQL2 Text, checked against the calendar. */
import type { DateLiteral, IntervalLiteral, TimestampLiteral } from './ast.ts';
import { Cql2Error } from './Cql2Error.ts';
import type { TokenCursor } from './TokenCursor.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/i;

/** Whether the cursor stands on `DATE(`, `TIMESTAMP(` or `INTERVAL(`. */
export function isTemporalStart(cursor: TokenCursor): boolean {
  return (cursor.isKeyword('DATE') || cursor.isKeyword('TIMESTAMP') || cursor.isKeyword('INTERVAL')) && cursor.isPunct('(', 1);
}

function realDate(y: string, m: string, d: string): boolean {
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** Checks an ISO date or UTC timestamp string; returns it normalised (upper-case T/Z) or undefined. */
function instant(value: string, allow: 'date' | 'timestamp' | 'either'): { kind: 'date' | 'timestamp'; value: string } | undefined {
  const d = allow !== 'timestamp' ? DATE.exec(value) : null;
  if (d) return realDate(d[1]!, d[2]!, d[3]!) ? { kind: 'date', value } : undefined;
  const t = allow !== 'date' ? TIMESTAMP.exec(value) : null;
  if (t && realDate(t[1]!, t[2]!, t[3]!) && Number(t[4]) < 24 && Number(t[5]) < 60 && Number(t[6]) < 60) {
    return { kind: 'timestamp', value: value.toUpperCase() };
  }
  return undefined;
}

function literalString(cursor: TokenCursor, allow: 'date' | 'timestamp' | 'either', open: boolean): string | null {
  const what =
    allow === 'date' ? "a date like '2024-01-31'" : allow === 'timestamp' ? "a timestamp like '2024-01-31T08:00:00Z'" : "a date, a UTC timestamp or '..'";
  const token = cursor.expectString(what);
  if (open && token.value === '..') return null;
  const parsed = instant(token.value, allow);
  if (!parsed) throw new Cql2Error(`'${token.value}' at position ${token.start} is not ${what}`, token.start);
  return parsed.value;
}

/** Parses `DATE('YYYY-MM-DD')`, `TIMESTAMP('YYYY-MM-DDThh:mm:ss[.f]Z')` or `INTERVAL(a, b)` at the cursor. */
export function parseTemporal(cursor: TokenCursor): DateLiteral | TimestampLiteral | IntervalLiteral {
  const keyword = cursor.next();
  const position = keyword.start;
  const kind = keyword.type === 'word' ? keyword.value.toUpperCase() : '';
  cursor.expectPunct('(');
  let result: DateLiteral | TimestampLiteral | IntervalLiteral;
  if (kind === 'DATE') {
    result = { kind: 'date', value: literalString(cursor, 'date', false)!, position };
  } else if (kind === 'TIMESTAMP') {
    result = { kind: 'timestamp', value: literalString(cursor, 'timestamp', false)!, position };
  } else {
    const start = literalString(cursor, 'either', true);
    cursor.expectPunct(',');
    const end = literalString(cursor, 'either', true);
    if (start !== null && end !== null && Date.parse(start) > Date.parse(end)) {
      throw new Cql2Error(`INTERVAL at position ${position} ends before it starts`, position);
    }
    result = { kind: 'interval', start, end, position };
  }
  cursor.expectPunct(')');
  return result;
}
