/**
 * The four workspaces' services: planning scenarios and compliance, environment (SensorThings,
 * nowcast, alerts, simulator), logistics network analysis, heritage tours and assets.
 */
import { ifMatch, json, jsonBody, media, pathParam, problem, query, requiredQuery, secured, type Paths } from './openApiParts.ts';

const id = (what: string) => pathParam('id', `Id of the ${what}`);
const version = query('version', 'A saved version (default: the latest)', { type: 'integer', minimum: 1 });
const tourVersion = query('v', 'A published version (default: the latest)', { type: 'integer', minimum: 1 });
const place = (name: string, what: string) => requiredQuery(name, `${what}: \`lon,lat\` (CRS84) or \`facility:<id>\``);
const profile = query('profile', 'Vehicle: car, truck (bans and load limits) or rail', { type: 'string', enum: ['car', 'truck', 'rail'], default: 'car' });
const upload = (description: string) => ({ required: true, description, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } });

/** Paths of the planning API. */
export const planningPaths: Paths = {
  '/api/scenarios': {
    get: { summary: 'Planning scenarios (proposals, demolitions, zoning overrides)', responses: { 200: json('Scenarios') } },
    post: { summary: 'Create a scenario (planning editors); invalid ones are refused naming the field', security: secured, requestBody: jsonBody(), responses: { 201: json('Created'), 400: problem, 403: problem, 409: problem } },
  },
  '/api/scenarios/{id}': {
    get: { summary: 'One scenario', parameters: [id('scenario'), version], responses: { 200: json('Scenario'), 404: problem } },
    put: { summary: 'Save a new version of a scenario (planning editors)', security: secured, parameters: [id('scenario'), ifMatch], requestBody: jsonBody(), responses: { 200: json('Saved'), 400: problem, 403: problem, 412: problem } },
  },
  '/api/scenarios/{id}/compliance': { get: { summary: 'Rule violations of the scenario (rule, measured vs allowed, zone)', parameters: [id('scenario'), version], responses: { 200: json('Compliance'), 404: problem } } },
  '/api/scenarios/{id}/metrics': { get: { summary: 'Metrics per zone, baseline vs scenario (floor area, FAR, coverage, height)', parameters: [id('scenario'), version], responses: { 200: json('Metrics'), 404: problem } } },
  '/api/scenarios/{id}/report': { get: { summary: 'Printable report of the scenario', parameters: [id('scenario'), version], responses: { 200: media('HTML report', 'text/html'), 404: problem } } },
  '/api/planning/baseline/compliance': { get: { summary: 'Rule violations of the city as it is', responses: { 200: json('Compliance') } } },
  '/api/planning/context': { get: { summary: 'Buildings, zones and rules inside a box, for the browser\'s own rule engine', parameters: [requiredQuery('bbox', 'minLon,minLat,maxLon,maxLat (CRS84)')], responses: { 200: json('Context'), 400: problem } } },
};

/** Paths of the environment API (SensorThings has its own root document). */
export const environmentPaths: Paths = {
  '/api/sta/v1.1': { get: { summary: 'OGC SensorThings API 1.1 root: entity sets and conformance (MQTT: `v1.1/Datastreams({id})/Observations`)', responses: { 200: json('Root') } } },
  '/api/sta/v1.1/{resourcePath}': {
    get: { summary: 'SensorThings entities: `Things`, `Things(1)/Datastreams`, … with `$filter`, `$expand`, `$select`, `$orderby`, `$top`, `$skip`, `$count`; `@iot.nextLink` paging', parameters: [pathParam('resourcePath', 'Resource path, e.g. `Datastreams(3)/Observations`')], responses: { 200: json('Entity or collection'), 400: problem, 404: problem } },
    post: { summary: 'Create an entity (deep insert allowed)', security: secured, parameters: [pathParam('resourcePath', 'Entity set or navigation path')], requestBody: jsonBody(), responses: { 201: json('Created (Location header)'), 400: problem, 403: problem } },
    patch: { summary: 'Update an entity', security: secured, parameters: [pathParam('resourcePath', 'Entity, e.g. `Things(1)`')], requestBody: jsonBody(), responses: { 200: json('Updated'), 400: problem, 404: problem } },
    delete: { summary: 'Delete an entity (and what it owns)', security: secured, parameters: [pathParam('resourcePath', 'Entity, e.g. `Observations(9)`')], responses: { 200: { description: 'Deleted' }, 404: problem } },
  },
  '/api/sta/v1.1/CreateObservations': { post: { summary: 'Bulk ingest, SensorThings data-array form; per-row result', security: secured, requestBody: jsonBody(), responses: { 201: json('One self link or error per observation'), 400: problem } } },
  '/api/environment/nowcast': { get: { summary: 'Forecast for the next 1–3 h per quantity of a station, with its method and its error on past data', parameters: [requiredQuery('thing', 'Thing id', { type: 'integer' }), query('quantity', 'Only this quantity'), query('days', 'Days of history to fit', { type: 'integer' })], responses: { 200: json('Nowcast'), 400: problem, 404: problem } } },
  '/api/environment/emission-sources': { get: { summary: 'Registered emission sources (plume model input)', responses: { 200: json('Sources') } } },
  '/api/environment/simulator': { get: { summary: 'State of the built-in sensor simulator (synthetic devices)', responses: { 200: json('Simulator') } } },
  '/api/alerts': { get: { summary: 'Alerts, newest first', parameters: [query('state', 'open or acknowledged', { type: 'string', enum: ['open', 'acknowledged'] }), query('thing', 'Thing id', { type: 'integer' }), query('limit', 'Most alerts', { type: 'integer', minimum: 1 })], responses: { 200: json('Alerts'), 400: problem } } },
  '/api/alerts/{id}': { get: { summary: 'One alert', parameters: [id('alert')], responses: { 200: json('Alert'), 404: problem } } },
  '/api/alerts/{id}/ack': { post: { summary: 'Acknowledge an alert (environment editors), with an optional note', security: secured, parameters: [id('alert')], requestBody: jsonBody(false), responses: { 200: json('Acknowledged'), 403: problem, 404: problem, 409: problem } } },
  '/api/alerts/rules': {
    get: { summary: 'Alert rules (AQI category, pollutant limit, silent sensor)', responses: { 200: json('Rules') } },
    post: { summary: 'Create a rule (environment editors)', security: secured, requestBody: jsonBody(), responses: { 201: json('Created'), 400: problem, 403: problem } },
  },
  '/api/alerts/rules/{id}': {
    get: { summary: 'One rule', parameters: [id('rule')], responses: { 200: json('Rule'), 404: problem } },
    put: { summary: 'Replace a rule (a new version)', security: secured, parameters: [id('rule')], requestBody: jsonBody(), responses: { 200: json('Rule'), 400: problem, 403: problem, 404: problem } },
    delete: { summary: 'Delete a rule', security: secured, parameters: [id('rule')], responses: { 204: { description: 'Deleted' }, 403: problem, 404: problem } },
  },
};

/** Paths of the logistics API. */
export const logisticsPaths: Paths = {
  '/api/logistics/route': {
    get: {
      summary: 'Fastest or shortest route on the network: a GeoJSON LineString with length (m), duration (s) and steps',
      parameters: [place('from', 'Start'), place('to', 'End'), profile, query('metric', 'time (fastest) or distance (shortest)', { type: 'string', enum: ['time', 'distance'], default: 'time' }), query('closed', 'Comma-separated network segment ids to treat as closed'), query('flood', 'Flood level (m): segments under it are closed', { type: 'number', minimum: 0 })],
      responses: { 200: json('Route Feature'), 400: problem, 404: problem, 422: problem },
    },
  },
  '/api/logistics/isochrone': {
    get: {
      summary: 'Areas reachable within the given minutes, nested (15 ⊂ 30 ⊂ 60)',
      parameters: [place('from', 'Origin'), query('minutes', 'Comma-separated minutes', { type: 'string', default: '15,30,60' }), profile, query('method', 'convex-hull or cells (road cells)', { type: 'string', enum: ['convex-hull', 'cells'] }), query('closed', 'Closed segment ids'), query('flood', 'Flood level (m)', { type: 'number', minimum: 0 })],
      responses: { 200: json('FeatureCollection of bands'), 400: problem, 404: problem, 422: problem },
    },
  },
  '/api/logistics/disruption': {
    post: {
      summary: 'What a closure or flood breaks: rerouted and unreachable flows with added time, cut-off facilities, flooded heritage sites and sensors',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { closedSegments: { type: 'array', items: { type: 'string' } }, floodLevelM: { type: 'number' }, profile: { type: 'string' } } } } } },
      responses: { 200: json('Impact'), 400: problem },
    },
  },
  '/api/logistics/network': { get: { summary: 'The routable network: size, revision, profiles and restrictions', responses: { 200: json('Network summary') } } },
};

/** Paths of the heritage API. */
export const heritagePaths: Paths = {
  '/api/tours': {
    get: { summary: 'Published tours (with `drafts=true`: drafts, heritage editors)', parameters: [query('drafts', 'List drafts instead', { type: 'boolean' })], responses: { 200: json('Tours'), 403: problem } },
    post: { summary: 'Create a tour draft (heritage editors)', security: secured, parameters: [query('id', 'Id of the new tour')], requestBody: jsonBody(), responses: { 201: json('Draft (ETag)'), 400: problem, 403: problem, 409: problem } },
  },
  '/api/tours/{id}': { get: { summary: 'A published tour (or its draft with `draft=true`, heritage editors)', parameters: [id('tour'), tourVersion, query('draft', 'The draft', { type: 'boolean' })], responses: { 200: json('Tour'), 404: problem } } },
  '/api/tours/{id}/versions': { get: { summary: 'Published versions of a tour', parameters: [id('tour')], responses: { 200: json('Versions'), 404: problem } } },
  '/api/tours/{id}/draft': { put: { summary: 'Save the draft (If-Match required: 428 without, 412 when stale)', security: secured, parameters: [id('tour'), ifMatch], requestBody: jsonBody(), responses: { 200: json('Draft (ETag)'), 400: problem, 403: problem, 412: problem, 428: problem } } },
  '/api/tours/{id}/publish': { post: { summary: 'Publish the draft as a new immutable version (needs complete vi + en texts)', security: secured, parameters: [id('tour'), ifMatch], requestBody: jsonBody(false), responses: { 201: json('Published version'), 403: problem, 412: problem, 422: problem } } },
  '/api/tours/{id}/restore': { post: { summary: 'Make a published version the draft again', security: secured, parameters: [id('tour'), requiredQuery('v', 'Version to restore', { type: 'integer', minimum: 1 })], responses: { 200: json('Draft'), 403: problem, 404: problem } } },
  '/api/tours/{id}/bundle': { get: { summary: 'The tour as an offline zip whose index.html plays from file://', parameters: [id('tour'), tourVersion, query('draft', 'Bundle the draft', { type: 'boolean' })], responses: { 200: media('Zip', 'application/zip'), 404: problem } } },
  '/api/heritage/monuments': { get: { summary: 'The monument registry (names and texts in six languages)', responses: { 200: json('Monuments') } } },
  '/api/heritage/monuments/{id}': { get: { summary: 'One monument with its assets', parameters: [id('monument')], responses: { 200: json('Monument'), 404: problem } } },
  '/api/heritage/monuments/{id}/assets': {
    post: {
      summary: 'Upload an asset (model glTF/GLB validated, 2:1 panorama, photo, audio); content-addressed and versioned',
      security: secured,
      parameters: [id('monument'), query('kind', 'model, panorama, photo or audio (default: from Content-Type)'), query('title', 'Title'), query('language', 'Language of an audio guide'), query('fileName', 'Original file name')],
      requestBody: upload('The file'),
      responses: { 201: json('Asset'), 400: problem, 403: problem, 413: problem, 415: problem },
    },
  },
  '/api/heritage/assets/{id}': {
    get: { summary: 'Download an asset', parameters: [id('asset'), query('v', 'Version (default: latest)', { type: 'integer', minimum: 1 })], responses: { 200: media('The file', 'application/octet-stream'), 404: problem } },
    put: { summary: 'Replace an asset (a new version)', security: secured, parameters: [id('asset')], requestBody: upload('The file'), responses: { 200: json('Asset'), 400: problem, 403: problem, 413: problem } },
  },
  '/api/heritage/assets/{id}/versions': { get: { summary: 'Versions of an asset', parameters: [id('asset')], responses: { 200: json('Versions'), 404: problem } } },
};
