/**
 * The OpenAPI 3.0 definition of the HTTP API, served at `/api/openapi.json` (OGC API – Features
 * Part 1 requirement class "oas30"). Hand-written so that it documents intent, one file per part of
 * the API; an API test checks that it lists every route the server registers and nothing else.
 */
import { environmentPaths, heritagePaths, logisticsPaths, planningPaths } from './domainPaths.ts';
import { featuresPaths } from './featuresPaths.ts';
import { platformPaths } from './platformPaths.ts';
import { tilesPaths } from './tilesPaths.ts';

/** Builds the OpenAPI document with `serverUrl` as the server. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Huế Twin API',
      version: '0.1.0',
      description: 'The shared multi-sector spatial database of Huế: OGC API – Features Parts 1–4 and Tiles, audit history, authentication, SensorThings 1.1, and the planning, environment, logistics and heritage services.',
      license: { name: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl }],
    paths: { ...featuresPaths, ...tilesPaths, ...platformPaths, ...planningPaths, ...environmentPaths, ...logisticsPaths, ...heritagePaths },
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
