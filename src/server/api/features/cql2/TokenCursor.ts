/** Read position over a token list, with the lookahead and "expected X, found Y" errors the parsers share. */
import { Cql2Error } from './Cql2Error.ts';
import { CQL2_LIMITS } from './limits.ts';
import type { Punct, Token } from './tokenize.ts';

/** Cursor over the tokens of one filter text; also tracks the nesting depth. */
export class TokenCursor {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  /** The token `ahead` places after the current one (the last is always `eof`). */
  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  /** Consumes and returns the current token. */
  next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index++;
    return token;
  }

  /** Whether the token `ahead` is the unquoted keyword `keyword` (case-insensitive). */
  isKeyword(keyword: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'word' && !token.quoted && token.value.toUpperCase() === keyword;
  }

  /** Whether the token `ahead` is the punctuation `punct`. */
  isPunct(punct: Punct, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.type === 'punct' && token.value === punct;
  }

  /** Consumes the keyword or throws "expected KEYWORD at position N, found …". */
  expectKeyword(keyword: string): Token {
    if (!this.isKeyword(keyword)) this.fail(keyword);
    return this.next();
  }

  /** Consumes the punctuation or throws "expected 'p' at position N, found …". */
  expectPunct(punct: Punct): Token {
    if (!this.isPunct(punct)) this.fail(`'${punct}'`);
    return this.next();
  }

  /** Consumes a string literal token or throws. */
  expectString(what = 'a string in single quotes'): Extract<Token, { type: 'string' }> {
    const token = this.peek();
    if (token.type !== 'string') this.fail(what);
    this.next();
    return token;
  }

  /** Consumes a number token or throws. */
  expectNumber(what = 'a number'): Extract<Token, { type: 'number' }> {
    const token = this.peek();
    if (token.type !== 'number') this.fail(what);
    this.next();
    return token;
  }

  /** The source text of a token for messages: `'AND'` or `end of input`. */
  describe(token: Token): string {
    if (token.type === 'eof') return 'end of input';
    const raw = this.text.slice(token.start, token.end);
    return `'${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}'`;
  }

  /** Throws "expected {what} at position N, found {current token}". */
  fail(what: string, token: Token = this.peek()): never {
    throw new Cql2Error(`expected ${what} at position ${token.start}, found ${this.describe(token)}`, token.start);
  }

  /** Enters one nesting level at `position`; throws past {@link CQL2_LIMITS.maxDepth}. */
  enter(position: number): void {
    this.depth++;
    if (this.depth > CQL2_LIMITS.maxDepth) {
      throw new Cql2Error(`nesting deeper than ${CQL2_LIMITS.maxDepth} levels at position ${position}`, position);
    }
  }

  /** Leaves one nesting level. */
  leave(): void {
    this.depth--;
  }
}
