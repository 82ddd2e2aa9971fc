/** Abuse guards of the CQL2 parser; exceeding any of them is a {@link Cql2Error}. */
export const CQL2_LIMITS = {
  /** Longest filter text accepted, in characters. */
  maxLength: 10_000,
  /** Deepest nesting of parentheses, NOT and geometry collections. */
  maxDepth: 100,
  /** Most items in one IN list. */
  maxInItems: 1_000,
} as const;
