/** OGC API – Features (Parts 1–4), audit history, import/export and sign-in. */
import { collectionId, featureId, geojson, ifMatch, json, media, problem, query, secured, type Paths } from './openApiParts.ts';

const featureBody = { required: true, content: { 'application/geo+json': { schema: { type: 'object' } }, 'application/json': { schema: { type: 'object' } } } };
const upload = { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } };
const importParams = [
  query('format', 'geojson, shapefile (zip), gpkg, csv, osm (XML or PBF); default: from the file name or bytes'),
  query('fileName', 'Name of the uploaded file (chooses the format and the collection id)'),
  query('crs', 'CRS of the data when the file does not say (CRS84, EPSG:4326, 3857, VN-2000 4756/3405/3406/5897/9214)'),
  query('layer', 'Layer of a multi-layer file (GeoPackage, OSM)'),
  query('sector', 'Sector that owns the new collection', { type: 'string', default: 'planning' }),
  query('title', 'Title of a new collection'),
  query('licence', 'Licence of the data'),
  query('skipInvalid', 'true: store the valid features and report the rest; default: any invalid feature rejects the whole file', { type: 'boolean' }),
  query('replace', 'true: replace the collection\'s features (versioned)', { type: 'boolean' }),
];

/** Paths of the features API. */
export const featuresPaths: Paths = {
  '/api': { get: { summary: 'Landing page', parameters: [query('f', 'json or html')], responses: { 200: json('Links to the API') } } },
  '/api/conformance': { get: { summary: 'Conformance classes', responses: { 200: json('conformsTo list') } } },
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
  '/api/auth/logout': { post: { summary: 'Log out: revoke the token', security: secured, responses: { 204: { description: 'Logged out' } } } },
  '/api/collections/{collectionId}/import': {
    post: { summary: 'Import a file into the collection (one transaction; progress of long imports in the response log)', security: secured, parameters: [collectionId, ...importParams], requestBody: upload, responses: { 200: json('Import report'), 400: problem, 403: problem, 413: problem } },
  },
  '/api/import': {
    post: { summary: 'Import a file into a new collection (id from `collection` or the file name)', security: secured, parameters: [query('collection', 'Id of the new collection'), ...importParams], requestBody: upload, responses: { 200: json('Import report'), 400: problem, 403: problem, 413: problem } },
  },
  '/api/collections/{collectionId}/export.gpkg': { get: { summary: 'The collection as a GeoPackage', parameters: [collectionId], responses: { 200: media('GeoPackage', 'application/geopackage+sqlite3'), 404: problem } } },
};
