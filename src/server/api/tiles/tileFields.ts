/**
 * The properties a tile feature carries, derived from the collection's property schema: every
 * property (objects and arrays flattened to JSON text) plus the text feature id as `id`.
 */

/** Highest zoom advertised for data (clients overzoom beyond it); tiles are served up to 24. */
export const MAX_ZOOM = 22;

type PropertySchema = { type?: string | string[]; title?: string; description?: string };

function declaredType(schema: PropertySchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

function propertiesOf(schema: Record<string, unknown> | null): Record<string, PropertySchema> {
  return ((schema?.properties ?? {}) as Record<string, PropertySchema>) ?? {};
}

/** JSON Schema of tile feature properties (OGC tileset `propertiesSchema`): as in the collection, with objects/arrays as strings. */
export function tilePropertiesSchema(schema: Record<string, unknown> | null) {
  const properties: Record<string, { type: string; description?: string }> = {
    id: { type: 'string', description: 'The feature id (also the MVT feature id when it is a whole number)' },
  };
  for (const [name, property] of Object.entries(propertiesOf(schema))) {
    if (name === 'id') continue;
    const type = declaredType(property);
    const flat = type === 'object' || type === 'array' ? 'string' : (type ?? 'string');
    properties[name] = { type: flat, ...(type === 'object' || type === 'array' ? { description: `${type} as JSON text` } : {}) };
  }
  return { type: 'object', properties };
}

/** TileJSON `fields`: property name → "String", "Number" or "Boolean". */
export function tileJsonFields(schema: Record<string, unknown> | null): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, property] of Object.entries(tilePropertiesSchema(schema).properties)) {
    fields[name] = property.type === 'number' || property.type === 'integer' ? 'Number' : property.type === 'boolean' ? 'Boolean' : 'String';
  }
  return fields;
}
