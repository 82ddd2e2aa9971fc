/**
 * Checks a GeoJSON Feature sent by a client against the collection: structure, geometry type and
 * the properties schema. Faults become HTTP 400 problem+json naming the property or geometry fault.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { HttpError } from '../api/HttpError.ts';
import type { CollectionMeta } from './collectionMeta.ts';
import { geometryTypeFits, validateGeometry } from './validateGeometry.ts';

/** A feature body that passed the checks. */
export interface FeatureInput {
  id?: string;
  properties: Record<string, unknown>;
  geometry: { type: string };
}

const ajv = new Ajv({ allErrors: false, strict: false });
const validators = new Map<string, ValidateFunction>();

function propertiesValidator(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  return validate;
}

function invalid(detail: string): HttpError {
  return new HttpError(400, 'Invalid feature', detail);
}

/** The path of the first string (or key) holding a NUL character, which PostgreSQL cannot store. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '')}`;
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Checks feature properties against the collection's schema; throws HttpError 400 naming the property. */
export function checkProperties(collection: CollectionMeta, properties: Record<string, unknown>): void {
  const nul = nulPath(properties, 'properties');
  if (nul) throw invalid(`${nul} contains a NUL character, which cannot be stored`);
  if (!collection.propertiesSchema) return;
  const validate = propertiesValidator(collection.propertiesSchema);
  if (validate(properties)) return;
  const error = validate.errors![0]!;
  const property = error.instancePath.replace(/^\//, '') || (error.params as { missingProperty?: string }).missingProperty || '(properties)';
  throw invalid(`property "${property}" ${error.message ?? 'is invalid'} (collection "${collection.id}")`);
}

/** Checks a geometry's structure and type; throws HttpError 400 naming the fault. */
export function checkGeometry(collection: CollectionMeta, geometry: unknown): { type: string } {
  const fault = validateGeometry(geometry);
  if (fault) throw invalid(fault);
  const type = (geometry as { type: string }).type;
  if (!geometryTypeFits(collection.geometryType, type)) {
    throw invalid(`geometry.type is ${type}, but collection "${collection.id}" holds ${collection.geometryType} features`);
  }
  return geometry as { type: string };
}

/** Validates a whole Feature body (POST/PUT). */
export function validateFeatureInput(collection: CollectionMeta, body: unknown): FeatureInput {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('The body must be a GeoJSON Feature object');
  const feature = body as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
  if (feature.type !== 'Feature') throw invalid(`"type" must be "Feature" (got ${JSON.stringify(feature.type)})`);
  if (feature.id !== undefined && typeof feature.id !== 'string' && typeof feature.id !== 'number') {
    throw invalid('"id" must be a string or a number');
  }
  const properties = feature.properties ?? {};
  if (typeof properties !== 'object' || Array.isArray(properties) || properties === null) throw invalid('"properties" must be an object');
  const geometry = checkGeometry(collection, feature.geometry);
  checkProperties(collection, properties as Record<string, unknown>);
  const id = feature.id === undefined ? undefined : String(feature.id);
  if (id !== undefined && !/^[^\s/?#]{1,200}$/.test(id)) throw invalid('"id" must be 1–200 characters without spaces, "/", "?" or "#"');
  return { id, properties: properties as Record<string, unknown>, geometry };
}
