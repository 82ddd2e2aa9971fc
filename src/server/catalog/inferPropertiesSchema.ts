/**
 * Derives the properties schema of a seeded collection from its data: each property gets the JSON
 * type it has in every feature (`integer` widens to `number`; mixed types stay untyped). Edits are
 * then checked against it; properties not seen in the seed are allowed.
 */

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

function jsonType(value: unknown): JsonType | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** A JSON Schema (draft-07) for the `properties` of `features`. */
export function inferPropertiesSchema(features: Array<{ properties: Record<string, unknown> }>): Record<string, unknown> {
  const types = new Map<string, JsonType | 'mixed'>();
  const nullable = new Set<string>();
  for (const { properties } of features) {
    for (const [key, value] of Object.entries(properties)) {
      const type = jsonType(value);
      if (type === 'null') {
        nullable.add(key);
        continue;
      }
      const seen = types.get(key);
      if (seen === undefined) types.set(key, type);
      else if (seen !== type) {
        const numeric = (seen === 'integer' || seen === 'number') && (type === 'integer' || type === 'number');
        types.set(key, numeric ? 'number' : 'mixed');
      }
    }
  }
  const properties: Record<string, unknown> = {};
  for (const [key, type] of types) {
    if (type === 'mixed') continue;
    properties[key] = { type: nullable.has(key) ? [type, 'null'] : type };
  }
  return { type: 'object', properties, additionalProperties: true };
}
