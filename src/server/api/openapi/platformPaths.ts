/** The platform around the data: health, catalog, client settings, users, live push, glyphs, 3D Tiles. */
import { json, jsonBody, media, pathParam, problem, query, secured, type Paths } from './openApiParts.ts';

const username = pathParam('username', 'User name');

/** Paths of the platform API. */
export const platformPaths: Paths = {
  '/api/health': { get: { summary: 'Health: status, database, broker, row counts, 3D Tiles builds, ingest counters (rejections per reason)', responses: { 200: json('Health') } } },
  '/api/layers': { get: { summary: 'The layer catalog of the web app (titles, sources, licences, styles) and catalog warnings', responses: { 200: json('Layers and warnings') } } },
  '/api/config': { get: { summary: 'Client settings (optional online sources; all off by default)', responses: { 200: json('Settings') } } },
  '/api/users': { get: { summary: 'Users and their roles per sector (admins)', security: secured, responses: { 200: json('Users'), 401: problem, 403: problem } } },
  '/api/users/{username}': {
    put: { summary: 'Create or update a user: `{password, roles: {sector: role}}` (admins)', security: secured, parameters: [username], requestBody: jsonBody(), responses: { 200: json('User'), 400: problem, 403: problem } },
    delete: { summary: 'Delete a user (admins)', security: secured, parameters: [username], responses: { 204: { description: 'Deleted' }, 403: problem, 404: problem } },
  },
  '/api/live': {
    get: {
      summary: 'WebSocket of live events (observations, alerts, rebuilt tilesets, fleet). Each event has `seq` within the server `epoch`; reconnect with `since` + `epoch` to get what was missed, or a `gap` event',
      parameters: [
        query('types', 'Comma-separated event types to receive (default: all)'),
        query('datastreams', 'Comma-separated Datastream ids (observation events)'),
        query('things', 'Comma-separated Thing ids (observation events)'),
        query('since', 'Last `seq` received', { type: 'integer', minimum: 0 }),
        query('epoch', 'The `epoch` of the server that sent `since`'),
      ],
      responses: { 101: { description: 'Switching to the WebSocket protocol' }, 400: problem },
    },
  },
  '/fonts/{fontstack}/{range}': {
    get: { summary: 'MapLibre glyphs (SDF protobuf) made from the bundled Noto Sans fonts; `range` like `0-255.pbf`', parameters: [pathParam('fontstack', 'e.g. `Noto Sans Regular`'), pathParam('range', '`{start}-{end}.pbf`, 256 code points')], responses: { 200: media('Glyph PBF', 'application/x-protobuf'), 404: problem } },
  },
  '/tilesets/{path}': {
    get: { summary: '3D Tiles 1.1 tilesets (`/tilesets/{name}/tileset.json`, subtrees and GLB content), built from the database', parameters: [pathParam('path', 'e.g. `hue-buildings/tileset.json`')], responses: { 200: json('Tileset JSON or tile content'), 404: problem } },
  },
};
