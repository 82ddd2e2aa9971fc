/**
 * Recursive-descent parser of CQL2 Text (OGC 21-065, cql2-text BNF):
 *
 *   booleanExpression = booleanTerm { OR booleanTerm }
 *   booleanTerm       = booleanFactor { AND booleanFactor }
 *   booleanFactor     = [ NOT ] booleanPrimary
 *   booleanPrimary    = "(" booleanExpression ")" | spatialPredicate | temporalPredicate
 *                     | comparisonPredicate | booleanLiteral
 */
import {
  type BooleanLiteral,
  type ComparisonOp,
  type Cql2Node,
  type Operand,
  SPATIAL_OPS,
  type SpatialOp,
  TEMPORAL_OPS,
  type TemporalOp,
} from './ast.ts';
import { Cql2Error } from './Cql2Error.ts';
import { CQL2_LIMITS } from './limits.ts';
import { isGeometryStart, parseGeometry } from './parseGeometry.ts';
import { isTemporalStart, parseTemporal } from './parseTemporal.ts';
import { TokenCursor } from './TokenCursor.ts';
import { tokenize } from './tokenize.ts';

/** Words that are never property names unless double-quoted. */
const RESERVED = new Set(['AND', 'OR', 'NOT', 'LIKE', 'IN', 'BETWEEN', 'IS', 'NULL', 'TRUE', 'FALSE']);
const COMPARISONS = new Set<string>(['=', '<>', '<', '>', '<=', '>=']);
const OPERAND = 'a property name or a literal';

class Parser {
  constructor(private readonly c: TokenCursor) {}

  expression(): Cql2Node {
    const first = this.term();
    if (!this.c.isKeyword('OR')) return first;
    const args = [first];
    while (this.c.isKeyword('OR')) {
      this.c.next();
      args.push(this.term());
    }
    return { kind: 'or', args, position: first.position };
  }

  private term(): Cql2Node {
    const first = this.factor();
    if (!this.c.isKeyword('AND')) return first;
    const args = [first];
    while (this.c.isKeyword('AND')) {
      this.c.next();
      args.push(this.factor());
    }
    return { kind: 'and', args, position: first.position };
  }

  private factor(): Cql2Node {
    if (!this.c.isKeyword('NOT')) return this.primary();
    const position = this.c.next().start;
    this.c.enter(position);
    const arg = this.factor();
    this.c.leave();
    return { kind: 'not', arg, position };
  }

  private primary(): Cql2Node {
    const token = this.c.peek();
    if (this.c.isPunct('(')) {
      this.c.next();
      this.c.enter(token.start);
      const inner = this.expression();
      this.c.expectPunct(')');
      this.c.leave();
      return inner;
    }
    if (token.type === 'word' && !token.quoted && this.c.isPunct('(', 1)) {
      const name = token.value.toLowerCase();
      if ((SPATIAL_OPS as readonly string[]).includes(name)) return this.functionPredicate('spatial', name as SpatialOp);
      if ((TEMPORAL_OPS as readonly string[]).includes(name)) return this.functionPredicate('temporal', name as TemporalOp);
    }
    const left = this.operand();
    return this.predicateTail(left) ?? this.bareBoolean(left);
  }

  private bareBoolean(left: Operand): BooleanLiteral {
    if (left.kind === 'boolean') return left;
    return this.c.fail(`a comparison operator, LIKE, IN, BETWEEN or IS NULL`);
  }

  private functionPredicate(kind: 'spatial' | 'temporal', op: SpatialOp | TemporalOp): Cql2Node {
    const position = this.c.next().start;
    this.c.expectPunct('(');
    const left = this.operand();
    this.c.expectPunct(',');
    const right = this.operand();
    this.c.expectPunct(')');
    return { kind, op, left, right, position } as Cql2Node;
  }

  /** The rest of a comparison predicate after its first operand, or undefined when none follows. */
  private predicateTail(subject: Operand): Cql2Node | undefined {
    const position = subject.position;
    const token = this.c.peek();
    if (token.type === 'punct' && COMPARISONS.has(token.value)) {
      this.c.next();
      return { kind: 'comparison', op: token.value as ComparisonOp, left: subject, right: this.operand(), position };
    }
    if (this.c.isKeyword('IS')) {
      this.c.next();
      const negated = this.c.isKeyword('NOT');
      if (negated) this.c.next();
      this.c.expectKeyword('NULL');
      return { kind: 'isNull', negated, subject, position };
    }
    const negated = this.c.isKeyword('NOT');
    if (negated) this.c.next();
    if (this.c.isKeyword('LIKE')) {
      this.c.next();
      const pattern = this.c.expectString('a pattern in single quotes');
      return { kind: 'like', negated, subject, pattern: { kind: 'string', value: pattern.value, position: pattern.start }, position };
    }
    if (this.c.isKeyword('BETWEEN')) {
      this.c.next();
      const low = this.operand();
      this.c.expectKeyword('AND');
      return { kind: 'between', negated, subject, low, high: this.operand(), position };
    }
    if (this.c.isKeyword('IN')) {
      this.c.next();
      return { kind: 'in', negated, subject, list: this.inList(), position };
    }
    if (negated) this.c.fail('LIKE, IN or BETWEEN after NOT');
    return undefined;
  }

  private inList(): Operand[] {
    this.c.expectPunct('(');
    const list = [this.operand()];
    while (this.c.isPunct(',')) {
      this.c.next();
      if (list.length >= CQL2_LIMITS.maxInItems) {
        const at = this.c.peek().start;
        throw new Cql2Error(`IN list longer than ${CQL2_LIMITS.maxInItems} items at position ${at}`, at);
      }
      list.push(this.operand());
    }
    this.c.expectPunct(')');
    return list;
  }

  private operand(): Operand {
    const token = this.c.peek();
    switch (token.type) {
      case 'string':
        this.c.next();
        return { kind: 'string', value: token.value, position: token.start };
      case 'number':
        this.c.next();
        return { kind: 'number', value: token.value, position: token.start };
      case 'word': {
        if (token.quoted) {
          this.c.next();
          return { kind: 'property', name: token.value, position: token.start };
        }
        const upper = token.value.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') {
          this.c.next();
          return { kind: 'boolean', value: upper === 'TRUE', position: token.start };
        }
        if (isTemporalStart(this.c)) return parseTemporal(this.c);
        if (isGeometryStart(this.c)) return parseGeometry(this.c);
        if (this.c.isPunct('(', 1)) {
          throw new Cql2Error(`unknown or unsupported function '${token.value}' at position ${token.start}`, token.start);
        }
        if (RESERVED.has(upper)) return this.c.fail(OPERAND);
        this.c.next();
        return { kind: 'property', name: token.value, position: token.start };
      }
      default:
        return this.c.fail(OPERAND);
    }
  }
}

/**
 * Parses a CQL2 Text filter into a {@link Cql2Node}. Keywords are case-insensitive; property names
 * are bare or "double-quoted". Throws {@link Cql2Error} with a message like
 * "expected ')' at position 17, found 'AND'" (positions are 0-based).
 */
export function parseCql2(text: string): Cql2Node {
  const cursor = new TokenCursor(tokenize(text), text);
  if (cursor.peek().type === 'eof') throw new Cql2Error('the filter is empty', 0);
  const node = new Parser(cursor).expression();
  if (cursor.peek().type !== 'eof') cursor.fail('AND, OR or end of input');
  return node;
}
