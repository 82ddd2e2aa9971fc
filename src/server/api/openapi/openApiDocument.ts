/**
 * The OpenAPI 3.0 definition of the HTTP API, served at `/api/openapi.json` (OGC API – Features
 * Part 1 requirement class "oas30"). Hand-written so that it documents intent, and checked by an
 * API test that every route it lists answers.
 */

const problem = { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const geojson = (description: string) => ({ description, content: { 'application/geo+json': { schema: { type: 'object' } } } });
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const collectionId = { $ref: '#/components/parameters/collectionId' };
const featureId = { $ref: '#/components/parameters/featureId' };
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const secured = [{ bearer: [] }];
const featureBody = { required: true, content: { 'application/geo+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } };
const ifMatch = { name: 'If-Match', in: 'header', required: false, description: 'ETag of the version the change is based on; a stale one → 412', schema: { type: 'string' } };

/** Builds the OpenAPI document with `serverUrl` as the server. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Huế Twin API',
      version: '0.1.0',
      description: 'The shared multi-sector spatial database of Huế: OGC API – Features Parts 1–4, audit history, authentication.',
      license: { name: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api': { get: { summary: 'Landing page', parameters: [query('f', 'json or html')], responses: { 200: json('Links to the API') } } },
      '/api/conformance': { get: { summary: 'Conformance classes', responses: { 200: json('conformsTo list') } } },
      '/api/health': { get: { summary: 'Health: status, database, broker, counts', responses: { 200: json('Health') } } },
      '/api/collections': { get: { summary: 'Collections the caller may read', parameters: [query('f', 'json or html')], responses: { 200: json('Collections') } } },
      '/api/collections/{collectionId}': { get: { summary: 'One collection', parameters: [collectionId, query('f', 'json or html')], responses: { 200: json('Collection'), 404: problem } } },
      '/api/collections/{collectionId}/queryables': { get: { summary: 'Queryables (JSON Schema)', parameters: [collectionId], responses: { 200: json('Queryables') } } },
      '/api/collections/{collectionId}/items': {
        get: {
          summary: 'Features',
          parameters: [
            collectionId,
            query('limit', 'Page size 1–10000', { type: 'integer', minimum: 1, maximum: 10000, default: 10 }),
            query('offset', 'Items to skip', { type: 'integer', minimum: 0, default: 0 }),
            query('bbox', 'minx,miny,maxx,maxy (in bbox-crs; default CRS84)', { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 }),
            query('bbox-crs', 'CRS of bbox (URI)'),
            query('crs', 'Output CRS (URI); see the collection\'s crs list'),
            query('datetime', 'RFC 3339 instant or interval (start/end, .. for open)'),
            query('filter', 'CQL2 text filter'),
            query('filter-lang', 'cql2-text', { type: 'string', enum: ['cql2-text'] }),
            query('filter-crs', 'CRS of filter geometries (CRS84)'),
            query('asOf', 'Show the collection as it was at this instant (audit history)', { type: 'string', format: 'date-time' }),
            query('f', 'json, html or csv', { type: 'string', enum: ['json', 'html', 'csv'] }),
          ],
          responses: { 200: geojson('FeatureCollection'), 400: problem, 401: problem, 403: problem, 404: problem },
        },
        post: { summary: 'Create a feature', security: secured, parameters: [collectionId], requestBody: featureBody, responses: { 201: json('Created; ETag and Location headers'), 400: problem, 401: problem, 403: problem, 409: problem } },
      },
      '/api/collections/{collectionId}/items/{featureId}': {
        get: { summary: 'One feature (ETag header)', parameters: [collectionId, featureId, query('crs', 'Output CRS (URI)'), query('f', 'json or html')], responses: { 200: geojson('Feature'), 404: problem } },
        put: { summary: 'Replace a feature', security: secured, parameters: [collectionId, featureId, ifMatch], requestBody: featureBody, responses: { 200: json('Replaced'), 400: problem, 412: problem } },
        patch: {
          summary: 'Update a feature (JSON merge patch of properties and/or geometry)',
          security: secured,
          parameters: [collectionId, featureId, ifMatch],
          requestBody: { required: true, content: { 'application/merge-patch+json': { schema: { type: 'object' } } } },
          responses: { 200: json('Updated'), 400: problem, 412: problem },
        },
        delete: { summary: 'Delete a feature (restorable)', security: secured, parameters: [collectionId, featureId, ifMatch], responses: { 204: { description: 'Deleted' }, 412: problem } },
      },
      '/api/collections/{collectionId}/items/{featureId}/versions': { get: { summary: 'Version history: who, when, what changed', parameters: [collectionId, featureId], responses: { 200: json('Versions'), 404: problem } } },
      '/api/collections/{collectionId}/items/{featureId}/versions/{version}': {
        get: { summary: 'A feature at one version', parameters: [collectionId, featureId, { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }], responses: { 200: geojson('Feature'), 404: problem } },
      },
      '/api/collections/{collectionId}/items/{featureId}/revert': {
        post: { summary: 'Return to an earlier version', security: secured, parameters: [collectionId, featureId], requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { version: { type: 'integer' } } } } } }, responses: { 200: json('Reverted'), 404: problem } },
      },
      '/api/collections/{collectionId}/items/{featureId}/restore': { post: { summary: 'Bring back a deleted feature', security: secured, parameters: [collectionId, featureId], responses: { 200: json('Restored'), 409: problem } } },
      '/api/auth/login': {
        post: {
          summary: 'Log in: bearer token',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } } } } },
          responses: { 200: json('{token, tokenType, expiresIn}'), 401: problem },
        },
      },
      '/api/auth/me': { get: { summary: 'The logged-in user and roles', security: secured, responses: { 200: json('User'), 401: problem } } },
      '/api/layers': { get: { summary: 'The layer catalog of the web app', responses: { 200: json('Layers and warnings') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      parameters: {
        collectionId: { name: 'collectionId', in: 'path', required: true, schema: { type: 'string' } },
        featureId: { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
      },
      schemas: {
        Problem: {
          type: 'object',
          properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' } },
        },
      },
    },
  };
}
