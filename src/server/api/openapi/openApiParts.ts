/**
 * Building blocks of the OpenAPI document: responses, parameters and security used by every
 * part of {@link ../openApiDocument.ts}. Plain objects, OpenAPI 3.0.
 */

/** A problem+json error response (RFC 9457). */
export const problem = { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

/** A GeoJSON response. */
export const geojson = (description: string) => ({ description, content: { 'application/geo+json': { schema: { type: 'object' } } } });

/** A JSON response. */
export const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

/** A response of `mediaType` (binary or text). */
export const media = (description: string, mediaType: string) => ({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } });

/** A JSON request body. */
export const jsonBody = (required = true) => ({ required, content: { 'application/json': { schema: { type: 'object' } } } });

/** An optional query parameter (`string` unless `schema` says otherwise). */
export const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });

/** A required query parameter. */
export const requiredQuery = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ ...query(name, description, schema), required: true });

/** A path parameter. */
export const pathParam = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'path', required: true, description, schema });

/** The path parameter `{collectionId}`. */
export const collectionId = { $ref: '#/components/parameters/collectionId' };

/** The path parameter `{featureId}`. */
export const featureId = { $ref: '#/components/parameters/featureId' };

/** Operations that need `Authorization: Bearer <token>` (from `POST /api/auth/login`). */
export const secured = [{ bearer: [] }];

/** The `If-Match` header of optimistic concurrency (412 when stale, 428 where required). */
export const ifMatch = { name: 'If-Match', in: 'header', required: false, description: 'ETag of the version the change is based on; a stale one → 412', schema: { type: 'string' } };

/** OpenAPI paths: template → method → operation. */
export type Paths = Record<string, Record<string, unknown>>;
