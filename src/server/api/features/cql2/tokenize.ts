/** Lexer of CQL2 Text (OGC 21-065): words, quoted names, strings, numbers and punctuation. */
import { Cql2Error } from './Cql2Error.ts';
import { CQL2_LIMITS } from './limits.ts';

/** One lexical token; `start`/`end` index the source text (end exclusive). */
export type Token =
  | { type: 'word'; value: string; quoted: boolean; start: number; end: number }
  | { type: 'string'; value: string; start: number; end: number }
  | { type: 'number'; value: number; start: number; end: number }
  | { type: 'punct'; value: Punct; start: number; end: number }
  | { type: 'eof'; start: number; end: number };

/** Punctuation and comparison operators. */
export type Punct = '(' | ')' | ',' | '=' | '<>' | '<' | '>' | '<=' | '>=';

const WORD = /[\p{L}_:][\p{L}\p{N}\p{M}_:.\u203F\u2040]*/uy;
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const SPACE = /\s/u;

function describeChar(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  return cp < 0x20 || cp === 0x7f ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${String.fromCodePoint(cp)}'`;
}

/** Splits a CQL2 text into tokens ending with one `eof`; throws {@link Cql2Error} on a bad character or an unterminated string. */
export function tokenize(text: string): Token[] {
  if (text.length > CQL2_LIMITS.maxLength) {
    throw new Cql2Error(`filter is ${text.length} characters long; at most ${CQL2_LIMITS.maxLength} are allowed`, CQL2_LIMITS.maxLength);
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Cql2Error(`unterminated string starting at position ${start}`, start);
        const ch = text[i]!;
        if (ch === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (ch === '\\' && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (ch === "'") {
          i++;
          break;
        } else {
          value += ch;
          i++;
        }
      }
      tokens.push({ type: 'string', value, start, end: i });
      continue;
    }
    if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Cql2Error(`unterminated quoted property name starting at position ${start}`, start);
        const ch = text[i]!;
        if (ch === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (ch === '"') {
          i++;
          break;
        } else {
          value += ch;
          i++;
        }
      }
      if (value === '') throw new Cql2Error(`empty quoted property name at position ${start}`, start);
      tokens.push({ type: 'word', value, quoted: true, start, end: i });
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num) {
      const value = Number(num[0]);
      if (!Number.isFinite(value)) throw new Cql2Error(`number ${num[0]} at position ${start} is out of range`, start);
      i += num[0].length;
      tokens.push({ type: 'number', value, start, end: i });
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      i += word[0].length;
      tokens.push({ type: 'word', value: word[0], quoted: false, start, end: i });
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      i += 2;
      tokens.push({ type: 'punct', value: two, start, end: i });
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === '=' || c === '<' || c === '>') {
      i++;
      tokens.push({ type: 'punct', value: c, start, end: i });
      continue;
    }
    throw new Cql2Error(`unexpected character ${describeChar(text, i)} at position ${i}`, i);
  }
  tokens.push({ type: 'eof', start: text.length, end: text.length });
  return tokens;
}
