/**
 * SensorThings create (POST) with deep insert: a Thing with its Locations and Datastreams (each
 * with a Sensor and ObservedProperty, new or `{"@iot.id": n}`), down to Observations. Runs inside
 * the caller's transaction; a validation error throws HttpError 400 naming the field path
 * (e.g. `Thing.Datastreams[0].unitOfMeasurement.symbol`), so nothing is written.
 */
import { HttpError } from '../api/HttpError.ts';
import type { Queryable } from '../db/Database.ts';
import { fetchDatastreamInfo } from './DatastreamCache.ts';
import type { EntitySetName } from './entityModel.ts';
import { insertObservations } from './insertObservations.ts';
import { prepareObservation, type ObservationRow, type RejectReason } from './prepareObservation.ts';

/** An observation committed by a create, for push and MQTT subscribers. */
export interface CreatedObservation {
  id: number;
  thingId: number;
  row: ObservationRow;
}

/** State of one create request (one transaction). */
export interface CreateContext {
  tx: Queryable;
  /** Server clock (ms), for the future-time rule. */
  now: number;
  observations: CreatedObservation[];
  datastreams: number[];
  /** Called for each rejected observation (counted per reason). */
  onReject?: (reason: RejectReason, message: string) => void;
}

type Body = Record<string, unknown>;

function bad(path: string, message: string): HttpError {
  return new HttpError(400, 'Bad request', `${path}: ${message}`);
}

function object(value: unknown, path: string): Body {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(path, 'must be a JSON object');
  return value as Body;
}

function text(body: Body, key: string, path: string, required = true): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (required) throw bad(`${path}.${key}`, 'is required');
    return undefined;
  }
  if (typeof v !== 'string') throw bad(`${path}.${key}`, 'must be a string');
  return v;
}

function json(body: Body, key: string, path: string): string | null {
  const v = body[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw bad(`${path}.${key}`, 'must be a JSON object');
  return JSON.stringify(v);
}

function list(body: Body, key: string, path: string): unknown[] {
  const v = body[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw bad(`${path}.${key}`, 'must be an array');
  return v;
}

function geometry(value: unknown, path: string): string {
  let g = object(value, path);
  if (g.type === 'Feature') g = object(g.geometry, `${path}.geometry`);
  const types = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'];
  if (typeof g.type !== 'string' || !types.includes(g.type)) throw bad(path, `must be GeoJSON geometry (type one of ${types.join(', ')})`);
  if (g.type === 'GeometryCollection' ? !Array.isArray(g.geometries) : !Array.isArray(g.coordinates)) throw bad(path, 'GeoJSON geometry without coordinates');
  const flat = JSON.stringify(g.coordinates ?? []).match(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi) ?? [];
  if (flat.some((n) => !Number.isFinite(Number(n)))) throw bad(path, 'coordinates must be numbers');
  return JSON.stringify(g);
}

/** `{"@iot.id": n}` (and nothing else that would create) → n; else undefined. */
function reference(value: unknown): number | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const id = (value as Body)['@iot.id'];
  if (id === undefined) return undefined;
  return typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id)) ? Number(id) : NaN;
}

async function existing(ctx: CreateContext, table: string, id: number, path: string, what: string): Promise<number> {
  if (!Number.isSafeInteger(id)) throw bad(`${path}.@iot.id`, 'must be an integer');
  const [row] = await ctx.tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  if (!row) throw bad(path, `there is no ${what}(${id})`);
  return id;
}

async function insert(ctx: CreateContext, sql: string, params: unknown[]): Promise<number> {
  const [row] = await ctx.tx.query<{ id: number }>(sql, params);
  return Number(row.id);
}

async function linkThingLocation(ctx: CreateContext, thingId: number, locationId: number): Promise<void> {
  await ctx.tx.query('INSERT INTO sta_thing_locations (thing_id, location_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [thingId, locationId]);
  const hl = await insert(ctx, 'INSERT INTO sta_historical_locations (thing_id, time) VALUES ($1, $2) RETURNING id', [thingId, new Date(ctx.now).toISOString()]);
  await ctx.tx.query('INSERT INTO sta_historical_location_locations (historical_location_id, location_id) VALUES ($1, $2)', [hl, locationId]);
}

async function createThing(ctx: CreateContext, value: unknown, path: string): Promise<number> {
  const ref = reference(value);
  if (ref !== undefined) return existing(ctx, 'sta_things', ref, path, 'Thing');
  const b = object(value, path);
  const id = await insert(ctx, 'INSERT INTO sta_things (name, description, properties) VALUES ($1, $2, $3::jsonb) RETURNING id', [
    text(b, 'name', path),
    text(b, 'description', path, false) ?? '',
    json(b, 'properties', path),
  ]);
  const locations = list(b, 'Locations', path);
  for (const [i, loc] of locations.entries()) await linkThingLocation(ctx, id, await createLocation(ctx, loc, `${path}.Locations[${i}]`));
  for (const [i, ds] of list(b, 'Datastreams', path).entries()) await createDatastream(ctx, ds, `${path}.Datastreams[${i}]`, id);
  return id;
}

async function createLocation(ctx: CreateContext, value: unknown, path: string, thingId?: number): Promise<number> {
  const ref = reference(value);
  let id: number;
  if (ref !== undefined) id = await existing(ctx, 'sta_locations', ref, path, 'Location');
  else {
    const b = object(value, path);
    const encodingType = text(b, 'encodingType', path) as string;
    if (!/geo\+?json/i.test(encodingType)) throw bad(`${path}.encodingType`, 'only application/geo+json (or application/vnd.geo+json) is supported');
    id = await insert(ctx, 'INSERT INTO sta_locations (name, description, encoding_type, geom, properties) VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), $5::jsonb) RETURNING id', [
      text(b, 'name', path),
      text(b, 'description', path, false) ?? '',
      encodingType,
      geometry(b.location, `${path}.location`),
      json(b, 'properties', path),
    ]);
    for (const [i, t] of list(b, 'Things', path).entries()) await linkThingLocation(ctx, await createThing(ctx, t, `${path}.Things[${i}]`), id);
  }
  if (thingId !== undefined) await linkThingLocation(ctx, thingId, id);
  return id;
}

async function createSensor(ctx: CreateContext, value: unknown, path: string): Promise<number> {
  const ref = reference(value);
  if (ref !== undefined) return existing(ctx, 'sta_sensors', ref, path, 'Sensor');
  const b = object(value, path);
  const metadata = b.metadata;
  if (metadata === undefined || metadata === null) throw bad(`${path}.metadata`, 'is required');
  return insert(ctx, 'INSERT INTO sta_sensors (name, description, encoding_type, metadata, properties) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id', [
    text(b, 'name', path),
    text(b, 'description', path, false) ?? '',
    text(b, 'encodingType', path),
    typeof metadata === 'string' ? metadata : JSON.stringify(metadata),
    json(b, 'properties', path),
  ]);
}

async function createObservedProperty(ctx: CreateContext, value: unknown, path: string): Promise<number> {
  const ref = reference(value);
  if (ref !== undefined) return existing(ctx, 'sta_observed_properties', ref, path, 'ObservedProperty');
  const b = object(value, path);
  return insert(ctx, 'INSERT INTO sta_observed_properties (name, definition, description, properties) VALUES ($1, $2, $3, $4::jsonb) RETURNING id', [
    text(b, 'name', path),
    text(b, 'definition', path),
    text(b, 'description', path, false) ?? '',
    json(b, 'properties', path),
  ]);
}

async function createDatastream(ctx: CreateContext, value: unknown, path: string, thingId?: number, sensorId?: number, opId?: number): Promise<number> {
  const ref = reference(value);
  if (ref !== undefined) return existing(ctx, 'sta_datastreams', ref, path, 'Datastream');
  const b = object(value, path);
  const unit = object(b.unitOfMeasurement, `${path}.unitOfMeasurement`);
  for (const key of ['name', 'symbol', 'definition']) {
    if (typeof unit[key] !== 'string') throw bad(`${path}.unitOfMeasurement.${key}`, 'is required (a string)');
  }
  const name = text(b, 'name', path);
  const observationType = text(b, 'observationType', path);
  const description = text(b, 'description', path, false) ?? '';
  const properties = json(b, 'properties', path);
  const observedArea = b.observedArea === undefined || b.observedArea === null ? null : geometry(b.observedArea, `${path}.observedArea`);
  const thing = thingId ?? (b.Thing === undefined ? undefined : await createThing(ctx, b.Thing, `${path}.Thing`));
  if (thing === undefined) throw bad(`${path}.Thing`, 'is required (a new Thing or {"@iot.id": n})');
  if (b.Sensor === undefined && sensorId === undefined) throw bad(`${path}.Sensor`, 'is required (a new Sensor or {"@iot.id": n})');
  if (b.ObservedProperty === undefined && opId === undefined) throw bad(`${path}.ObservedProperty`, 'is required (a new ObservedProperty or {"@iot.id": n})');
  const sensor = sensorId ?? (await createSensor(ctx, b.Sensor, `${path}.Sensor`));
  const op = opId ?? (await createObservedProperty(ctx, b.ObservedProperty, `${path}.ObservedProperty`));
  const id = await insert(
    ctx,
    `INSERT INTO sta_datastreams (name, description, unit_of_measurement, observation_type, observed_area, properties, thing_id, sensor_id, observed_property_id)
     VALUES ($1, $2, $3::jsonb, $4, ST_SetSRID(ST_GeomFromGeoJSON($5), 4326), $6::jsonb, $7, $8, $9) RETURNING id`,
    [name, description, JSON.stringify(unit), observationType, observedArea, properties, thing, sensor, op],
  );
  ctx.datastreams.push(id);
  for (const [i, o] of list(b, 'Observations', path).entries()) await createObservation(ctx, o, `${path}.Observations[${i}]`, id);
  return id;
}

async function createFeatureOfInterest(ctx: CreateContext, value: unknown, path: string): Promise<number> {
  const ref = reference(value);
  if (ref !== undefined) return existing(ctx, 'sta_features_of_interest', ref, path, 'FeatureOfInterest');
  const b = object(value, path);
  return insert(ctx, 'INSERT INTO sta_features_of_interest (name, description, encoding_type, geom, properties) VALUES ($1, $2, $3, ST_SetSRID(ST_GeomFromGeoJSON($4), 4326), $5::jsonb) RETURNING id', [
    text(b, 'name', path),
    text(b, 'description', path, false) ?? '',
    text(b, 'encodingType', path),
    geometry(b.feature, `${path}.feature`),
    json(b, 'properties', path),
  ]);
}

/** Creates one Observation (validated like MQTT ingest); 400 names the rule, 409 a duplicate. */
export async function createObservation(ctx: CreateContext, value: unknown, path: string, datastreamId?: number): Promise<number> {
  const b = object(value, path);
  const dsId = datastreamId ?? reference(b.Datastream);
  if (dsId === undefined) throw bad(`${path}.Datastream`, 'is required ({"@iot.id": n})');
  const ds = Number.isSafeInteger(dsId) ? await fetchDatastreamInfo(ctx.tx, dsId) : undefined;
  if (!ds) {
    ctx.onReject?.('unknown_datastream', `no Datastream(${dsId})`);
    throw bad(`${path}.Datastream`, `there is no Datastream(${dsId})`);
  }
  let foiId: number | undefined;
  if (b.FeatureOfInterest !== undefined && reference(b.FeatureOfInterest) === undefined) {
    foiId = await createFeatureOfInterest(ctx, b.FeatureOfInterest, `${path}.FeatureOfInterest`);
  } else if (b.FeatureOfInterest !== undefined) {
    foiId = await existing(ctx, 'sta_features_of_interest', reference(b.FeatureOfInterest)!, `${path}.FeatureOfInterest`, 'FeatureOfInterest');
  }
  const prepared = prepareObservation(b, ds, ctx.now, foiId);
  if (!prepared.ok) {
    ctx.onReject?.(prepared.reason, prepared.message);
    throw bad(path, `${prepared.message} (${prepared.reason})`);
  }
  const [id] = await insertObservations(ctx.tx, [prepared.row]);
  if (id === null) {
    ctx.onReject?.('duplicate', `Datastream(${ds.id}) already has an observation at ${prepared.row.phenomenonTime}`);
    throw new HttpError(409, 'Conflict', `${path}: Datastream(${ds.id}) already has an observation at ${prepared.row.phenomenonTime} (duplicate)`);
  }
  ctx.observations.push({ id, thingId: ds.thingId, row: prepared.row });
  return id;
}

async function createHistoricalLocation(ctx: CreateContext, value: unknown, path: string, thingId?: number): Promise<number> {
  const b = object(value, path);
  const thing = thingId ?? (b.Thing === undefined ? undefined : await createThing(ctx, b.Thing, `${path}.Thing`));
  if (thing === undefined) throw bad(`${path}.Thing`, 'is required');
  const time = text(b, 'time', path, false) ?? new Date(ctx.now).toISOString();
  if (Number.isNaN(Date.parse(time))) throw bad(`${path}.time`, 'must be an ISO 8601 date-time');
  const id = await insert(ctx, 'INSERT INTO sta_historical_locations (thing_id, time) VALUES ($1, $2) RETURNING id', [thing, time]);
  for (const [i, loc] of list(b, 'Locations', path).entries()) {
    const locId = await createLocation(ctx, loc, `${path}.Locations[${i}]`);
    await ctx.tx.query('INSERT INTO sta_historical_location_locations (historical_location_id, location_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, locId]);
  }
  return id;
}

/** A parent the new entity is created under (`POST Datastreams(1)/Observations`). */
export interface ParentLink {
  set: EntitySetName;
  id: number;
}

/** Creates an entity of `set` from `body` (deep insert); returns its id. */
export async function createEntity(ctx: CreateContext, set: EntitySetName, body: unknown, parent?: ParentLink): Promise<number> {
  const path = set.replace(/ies$/, 'y').replace(/s$/, '').replace('FeaturesOfInterest', 'FeatureOfInterest');
  const root = set === 'FeaturesOfInterest' ? 'FeatureOfInterest' : path;
  const parentId = async (expected: EntitySetName, table: string, what: string): Promise<number | undefined> =>
    parent?.set === expected ? existing(ctx, table, parent.id, root, what) : undefined;
  if (parent && !['Things', 'Datastreams', 'Sensors', 'ObservedProperties', 'Locations'].includes(parent.set)) {
    throw new HttpError(400, 'Bad request', `cannot create ${set} under ${parent.set}(${parent.id}); POST to /${set}`);
  }
  switch (set) {
    case 'Things':
      return createThing(ctx, body, root);
    case 'Locations':
      return createLocation(ctx, body, root, await parentId('Things', 'sta_things', 'Thing'));
    case 'HistoricalLocations':
      return createHistoricalLocation(ctx, body, root, await parentId('Things', 'sta_things', 'Thing'));
    case 'Sensors':
      return createSensor(ctx, body, root);
    case 'ObservedProperties':
      return createObservedProperty(ctx, body, root);
    case 'Datastreams':
      return createDatastream(
        ctx,
        body,
        root,
        await parentId('Things', 'sta_things', 'Thing'),
        await parentId('Sensors', 'sta_sensors', 'Sensor'),
        await parentId('ObservedProperties', 'sta_observed_properties', 'ObservedProperty'),
      );
    case 'FeaturesOfInterest':
      return createFeatureOfInterest(ctx, body, root);
    case 'Observations':
      return createObservation(ctx, body, root, await parentId('Datastreams', 'sta_datastreams', 'Datastream'));
  }
}
