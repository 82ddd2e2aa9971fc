/**
 * OGC SensorThings API 1.1 at `/api/sta/v1.1`: the service root, reads of collections, entities,
 * navigation paths and properties (public), and creates (POST, deep insert, `CreateObservations`),
 * updates (PATCH) and deletes (DELETE) for admins and editors of the environment sector.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import type { Database } from '../db/Database.ts';
import { createEntity, type CreatedObservation, type CreateContext } from './createEntity.ts';
import { createObservationsArray } from './createObservationsArray.ts';
import { deleteEntity } from './deleteEntity.ts';
import { updateEntity } from './updateEntity.ts';
import type { DatastreamCache } from './DatastreamCache.ts';
import { ENTITY_SET_NAMES } from './entityModel.ts';
import { SqlParams } from './filterToSql.ts';
import { parseQueryOptions } from './parseQueryOptions.ts';
import { parseResourcePath } from './parseResourcePath.ts';
import type { RejectReason } from './prepareObservation.ts';
import { readCollection, readOne } from './readEntities.ts';

/** Path prefix of the service root. */
export const STA_ROOT = '/api/sta/v1.1';

/** What the SensorThings routes need. */
export interface StaRoutesDeps {
  db: Database;
  cache: DatastreamCache;
  /** MQTT URL advertised in serverSettings (e.g. `mqtt://localhost:1883`). */
  mqttUrl: () => string;
  /** Called after commit with the observations a request created (push + MQTT subscribers). */
  onObservations: (created: CreatedObservation[]) => void;
  /** Counts a rejected observation. */
  onReject: (reason: RejectReason, message: string) => void;
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${STA_ROOT}`;
}

function requireWriter(request: FastifyRequest): void {
  const user = request.user;
  if (!user) throw new HttpError(401, 'Unauthorized', 'Creating SensorThings entities needs a login (POST /api/auth/login) with the environment editor role');
  if (!user.isAdmin && user.roles.environment !== 'editor' && user.roles.environment !== 'admin') {
    throw new HttpError(403, 'Forbidden', `User "${user.username}" may not create SensorThings entities; that needs the environment editor or admin role`);
  }
}

/** Registers the SensorThings routes on `app`. */
export function staRoutes(app: FastifyInstance, deps: StaRoutesDeps): void {
  const { db } = deps;

  const serviceRoot = async (request: FastifyRequest) => {
    const base = baseUrl(request);
    return {
      value: ENTITY_SET_NAMES.map((name) => ({ name, url: `${base}/${name}` })),
      serverSettings: {
        conformance: [
          'http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/request-data',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/create-entity',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/deep-insert',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/update-entity',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/delete-entity',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation',
          'http://www.opengis.net/spec/iot_sensing/1.1/req/receive-updates-via-mqtt/receive-updates',
        ],
        'http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation': { endpoints: [deps.mqttUrl()] },
        'http://www.opengis.net/spec/iot_sensing/1.1/req/receive-updates-via-mqtt/receive-updates': { endpoints: [deps.mqttUrl()] },
      },
    };
  };
  app.get(STA_ROOT, serviceRoot);
  app.get(`${STA_ROOT}/`, serviceRoot);

  app.get<{ Params: { '*': string }; Querystring: Record<string, string> }>(`${STA_ROOT}/*`, async (request, reply) => {
    const path = request.params['*'];
    const resource = parseResourcePath(path);
    const options = parseQueryOptions(request.query);
    const link = { base: baseUrl(request) };
    if (resource.property) {
      const params = new SqlParams();
      const prop = resource.entity.properties[resource.property];
      const [row] = await db.query<{ v: unknown }>(`SELECT ${prop.out('e')} AS v FROM ${resource.entity.table} e WHERE ${resource.scope('e', params)} LIMIT 1`, params.values);
      if (!row) throw new HttpError(404, 'Not found', `There is no ${resource.what}`);
      if (resource.rawValue) return reply.type('text/plain; charset=utf-8').send(typeof row.v === 'string' ? row.v : JSON.stringify(row.v));
      return { [resource.property]: row.v };
    }
    if (resource.single) return readOne(db, resource.entity, resource.scope, options, link, resource.what);
    return readCollection(db, resource.entity, resource.scope, options, { ...link, collectionUrl: `${link.base}/${path}`, rawQuery: request.query });
  });

  const newContext = (tx: CreateContext['tx']): CreateContext => ({ tx, now: Date.now(), observations: [], datastreams: [], onReject: deps.onReject });
  const afterCommit = (ctx: CreateContext) => {
    if (ctx.datastreams.length > 0 || ctx.observations.length === 0) deps.cache.invalidate();
    if (ctx.observations.length > 0) deps.onObservations(ctx.observations);
  };

  app.post<{ Body: unknown }>(`${STA_ROOT}/CreateObservations`, async (request, reply) => {
    requireWriter(request);
    const base = baseUrl(request);
    const result = await db.transaction((tx) => createObservationsArray(tx, request.body, { base, now: Date.now(), onReject: deps.onReject }));
    if (result.created.length > 0) deps.onObservations(result.created);
    return reply.status(201).send(result.links);
  });

  app.post<{ Params: { '*': string }; Body: unknown }>(`${STA_ROOT}/*`, async (request, reply) => {
    requireWriter(request);
    const resource = parseResourcePath(request.params['*']);
    if (resource.single || resource.property) throw new HttpError(405, 'Method not allowed', `POST to a collection such as /${resource.entity.name}, not to ${resource.what}`);
    let ctx: CreateContext | undefined;
    const id = await db.transaction(async (tx) => {
      ctx = newContext(tx);
      return createEntity(ctx, resource.entity.name, request.body, resource.parent ? { set: resource.parent.entity.name, id: resource.parent.id } : undefined);
    });
    afterCommit(ctx!);
    const self = `${baseUrl(request)}/${resource.entity.name}(${id})`;
    reply.header('location', self);
    const entity = await readOne(db, resource.entity, (a, p) => `${a}.id = ${p.add(id)}::bigint`, parseQueryOptions({}), { base: baseUrl(request) }, resource.what);
    return reply.status(201).send(entity);
  });

  /** `Set(id)` only: updates and deletes address one entity directly. */
  const directEntity = (path: string, method: string) => {
    const m = /^([A-Za-z]+)\((\d+)\)$/.exec(path);
    const resource = parseResourcePath(path);
    if (!m || !resource.single || resource.property) throw new HttpError(405, 'Method not allowed', `${method} addresses one entity by id, such as /Things(1), not ${resource.what}`);
    return { entity: resource.entity, id: Number(m[2]) };
  };

  app.patch<{ Params: { '*': string }; Body: unknown }>(`${STA_ROOT}/*`, async (request) => {
    requireWriter(request);
    const { entity, id } = directEntity(request.params['*'], 'PATCH');
    const outcome = await db.transaction((tx) => updateEntity(tx, entity, id, request.body, { now: Date.now(), onReject: deps.onReject }));
    if (outcome.datastreamsChanged) deps.cache.invalidate();
    return readOne(db, entity, (a, p) => `${a}.id = ${p.add(id)}::bigint`, parseQueryOptions({}), { base: baseUrl(request) }, `${entity.name}(${id})`);
  });

  app.delete<{ Params: { '*': string } }>(`${STA_ROOT}/*`, async (request, reply) => {
    requireWriter(request);
    const { entity, id } = directEntity(request.params['*'], 'DELETE');
    await db.transaction((tx) => deleteEntity(tx, entity, id));
    deps.cache.invalidate();
    return reply.status(200).send();
  });
}
