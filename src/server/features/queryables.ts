/**
 * The queryables of a collection (OGC API – Features Part 3): its typed properties plus the
 * geometry, derived from the collection's properties schema and temporal property.
 */
import type { Queryable } from '../api/features/cql2/index.ts';

/** What the queryables derive from. */
export interface QueryableSource {
  propertiesSchema: Record<string, unknown> | null;
  temporalProperty: string | null;
}

const TYPES: Record<string, Queryable['type']> = { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean' };

/** The queryables list used to compile filters; always includes `geometry`. */
export function queryablesOf(source: QueryableSource): Queryable[] {
  const list: Queryable[] = [{ name: 'geometry', type: 'geometry' }];
  const properties = (source.propertiesSchema?.properties ?? {}) as Record<string, { type?: string | string[] }>;
  for (const [name, schema] of Object.entries(properties)) {
    if (name === 'geometry') continue;
    const declared = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    if (name === source.temporalProperty) list.push({ name, type: 'timestamp' });
    else if (declared && TYPES[declared]) list.push({ name, type: TYPES[declared] });
  }
  if (source.temporalProperty && !list.some((q) => q.name === source.temporalProperty)) {
    list.push({ name: source.temporalProperty, type: 'timestamp' });
  }
  return list;
}

/** The queryables as the JSON Schema document served at `/collections/{id}/queryables`. */
export function queryablesDocument(collectionId: string, url: string, queryables: Queryable[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const q of queryables) {
    if (q.type === 'geometry') properties[q.name] = { title: 'geometry', format: 'geometry-any', 'x-ogc-role': 'primary-geometry' };
    else if (q.type === 'timestamp' || q.type === 'date') properties[q.name] = { type: 'string', format: q.type === 'date' ? 'date' : 'date-time', 'x-ogc-role': 'primary-instant' };
    else properties[q.name] = { type: q.type };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: url,
    type: 'object',
    title: `Queryables of ${collectionId}`,
    properties,
    additionalProperties: false,
  };
}
