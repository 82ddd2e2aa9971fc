/**
 * SensorThings update (PATCH): changes only the properties sent, checked like a create, inside the
 * caller's transaction. A Thing's `Locations` replace its current Locations and add a
 * HistoricalLocation; Datastream links (`Thing`, `Sensor`, `ObservedProperty`) take
 * `{"@iot.id": n}`; an Observation is re-validated against its Datastream (unit, range, time).
 * Unknown or read-only properties → 400 naming them.
 */
import { HttpError } from '../api/HttpError.ts';
import type { Queryable } from '../db/Database.ts';
import { fetchDatastreamInfo } from './DatastreamCache.ts';
import type { EntityDef, EntitySetName } from './entityModel.ts';
import { prepareObservation, type RejectReason } from './prepareObservation.ts';

type FieldKind = 'text' | 'json' | 'geometry' | 'time' | 'ref';
interface Field {
  column: string;
  kind: FieldKind;
  /** For refs: the referenced table. */
  table?: string;
}

const text = (column: string): Field => ({ column, kind: 'text' });
const common = { name: text('name'), description: text('description'), properties: { column: 'properties', kind: 'json' } as Field };

/** Updatable properties per entity set (Observations and Thing.Locations are handled apart). */
const FIELDS: Record<Exclude<EntitySetName, 'Observations'>, Record<string, Field>> = {
  Things: { ...common },
  Locations: { ...common, encodingType: text('encoding_type'), location: { column: 'geom', kind: 'geometry' } },
  HistoricalLocations: { time: { column: 'time', kind: 'time' }, Thing: { column: 'thing_id', kind: 'ref', table: 'sta_things' } },
  Datastreams: {
    ...common,
    unitOfMeasurement: { column: 'unit_of_measurement', kind: 'json' },
    observationType: text('observation_type'),
    observedArea: { column: 'observed_area', kind: 'geometry' },
    Thing: { column: 'thing_id', kind: 'ref', table: 'sta_things' },
    Sensor: { column: 'sensor_id', kind: 'ref', table: 'sta_sensors' },
    ObservedProperty: { column: 'observed_property_id', kind: 'ref', table: 'sta_observed_properties' },
  },
  Sensors: { ...common, encodingType: text('encoding_type'), metadata: text('metadata') },
  ObservedProperties: { ...common, definition: text('definition') },
  FeaturesOfInterest: { ...common, encodingType: text('encoding_type'), feature: { column: 'geom', kind: 'geometry' } },
};

const bad = (path: string, message: string) => new HttpError(400, 'Bad request', `${path}: ${message}`);

function geometrySql(value: unknown, path: string): string {
  let g = value as Record<string, unknown> | null;
  if (g && g.type === 'Feature') g = g.geometry as Record<string, unknown> | null;
  if (!g || typeof g !== 'object' || typeof g.type !== 'string' || !(Array.isArray(g.coordinates) || Array.isArray(g.geometries))) throw bad(path, 'must be GeoJSON geometry');
  return JSON.stringify(g);
}

async function exists(tx: Queryable, table: string, id: number): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
}

/** What an update changed, for cache invalidation and push. */
export interface UpdateOutcome {
  /** Datastreams whose ingest facts may have changed. */
  datastreamsChanged: boolean;
}

/** Applies `body` to `entity`(`id`) inside `tx`; 404 when it does not exist. */
export async function updateEntity(tx: Queryable, entity: EntityDef, id: number, body: unknown, options: { now: number; onReject?: (reason: RejectReason, message: string) => void }): Promise<UpdateOutcome> {
  const root = entity.singular;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad(root, 'a PATCH body must be a JSON object with the properties to change');
  const b = body as Record<string, unknown>;
  if (!(await exists(tx, entity.table, id))) throw new HttpError(404, 'Not found', `There is no ${entity.name}(${id})`);
  if (entity.name === 'Observations') {
    await updateObservation(tx, id, b, options);
    return { datastreamsChanged: false };
  }
  const fields = FIELDS[entity.name];
  const sets: string[] = [];
  const params: unknown[] = [id];
  let locations: unknown[] | undefined;
  for (const [key, value] of Object.entries(b)) {
    if (key === '@iot.id' || key === 'id') {
      if (Number(value) !== id) throw bad(`${root}.${key}`, 'the id cannot be changed');
      continue;
    }
    if (entity.name === 'Things' && key === 'Locations') {
      if (!Array.isArray(value)) throw bad(`${root}.Locations`, 'must be an array of {"@iot.id": n}');
      locations = value;
      continue;
    }
    const field = fields[key];
    if (!field) throw bad(`${root}.${key}`, `cannot be changed; ${entity.name} properties that can: ${Object.keys(fields).join(', ')}${entity.name === 'Things' ? ', Locations' : ''}`);
    const path = `${root}.${key}`;
    params.push(null);
    const p = `$${params.length}`;
    switch (field.kind) {
      case 'text':
        if (typeof value !== 'string' || (key === 'name' && value.trim() === '')) throw bad(path, 'must be a (non-empty) string');
        params[params.length - 1] = value;
        sets.push(`${field.column} = ${p}`);
        break;
      case 'json':
        if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw bad(path, 'must be a JSON object');
        if (key === 'unitOfMeasurement' && (value === null || ['name', 'symbol', 'definition'].some((k) => typeof (value as Record<string, unknown>)[k] !== 'string'))) {
          throw bad(path, 'needs name, symbol and definition (strings)');
        }
        params[params.length - 1] = value === null ? null : JSON.stringify(value);
        sets.push(`${field.column} = ${p}::jsonb`);
        break;
      case 'geometry':
        params[params.length - 1] = geometrySql(value, path);
        sets.push(`${field.column} = ST_SetSRID(ST_GeomFromGeoJSON(${p}), 4326)`);
        break;
      case 'time':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad(path, 'must be an ISO 8601 date-time');
        params[params.length - 1] = new Date(value).toISOString();
        sets.push(`${field.column} = ${p}`);
        break;
      case 'ref': {
        const ref = Number((value as { '@iot.id'?: unknown } | null)?.['@iot.id']);
        if (!Number.isSafeInteger(ref) || !(await exists(tx, field.table!, ref))) throw bad(path, `must be {"@iot.id": n} of an existing ${key}`);
        params[params.length - 1] = ref;
        sets.push(`${field.column} = ${p}`);
        break;
      }
    }
  }
  if (sets.length > 0) await tx.query(`UPDATE ${entity.table} SET ${sets.join(', ')} WHERE id = $1`, params);
  if (locations) {
    const ids: number[] = [];
    for (const [i, loc] of locations.entries()) {
      const ref = Number((loc as { '@iot.id'?: unknown } | null)?.['@iot.id']);
      if (!Number.isSafeInteger(ref) || !(await exists(tx, 'sta_locations', ref))) throw bad(`${root}.Locations[${i}]`, 'must be {"@iot.id": n} of an existing Location (create new ones with POST Things(id)/Locations)');
      ids.push(ref);
    }
    await tx.query('DELETE FROM sta_thing_locations WHERE thing_id = $1', [id]);
    const [hl] = await tx.query<{ id: number }>('INSERT INTO sta_historical_locations (thing_id, time) VALUES ($1, $2) RETURNING id', [id, new Date(options.now).toISOString()]);
    for (const loc of ids) {
      await tx.query('INSERT INTO sta_thing_locations (thing_id, location_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, loc]);
      await tx.query('INSERT INTO sta_historical_location_locations (historical_location_id, location_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [hl.id, loc]);
    }
  }
  return { datastreamsChanged: ['Datastreams', 'Things', 'Locations'].includes(entity.name) };
}

async function updateObservation(tx: Queryable, id: number, b: Record<string, unknown>, options: { now: number; onReject?: (reason: RejectReason, message: string) => void }): Promise<void> {
  const allowed = new Set(['phenomenonTime', 'resultTime', 'result', 'resultQuality', 'parameters', '@iot.id']);
  const unknown = Object.keys(b).find((k) => !allowed.has(k));
  if (unknown) throw bad(`Observation.${unknown}`, `cannot be changed; Observation properties that can: ${[...allowed].filter((k) => k !== '@iot.id').join(', ')}`);
  const [current] = await tx.query<{ ds: number; t: string; te: string | null; rt: string | null; result: unknown; rq: unknown; pa: Record<string, unknown> | null; foi: number | null }>(
    `SELECT datastream_id AS ds, to_char(phenomenon_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS t,
            to_char(phenomenon_time_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS te,
            to_char(result_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS rt,
            COALESCE(to_jsonb(result_number), result_json) AS result, result_quality AS rq, parameters AS pa, foi_id AS foi
       FROM sta_observations WHERE id = $1`,
    [id],
  );
  const ds = await fetchDatastreamInfo(tx, Number(current.ds));
  if (!ds) throw new HttpError(409, 'Conflict', `Observation(${id}) belongs to a Datastream that no longer exists`);
  const merged = {
    phenomenonTime: current.te ? `${current.t}/${current.te}` : current.t,
    resultTime: current.rt,
    result: current.result,
    resultQuality: current.rq,
    parameters: current.pa,
    ...b,
  };
  const prepared = prepareObservation(merged, ds, options.now, current.foi ?? undefined);
  if (!prepared.ok) {
    options.onReject?.(prepared.reason, prepared.message);
    throw bad('Observation', `${prepared.message} (${prepared.reason})`);
  }
  const r = prepared.row;
  const clash = await tx.query('SELECT 1 FROM sta_observations WHERE datastream_id = $1 AND phenomenon_time = $2 AND id <> $3', [r.datastreamId, r.phenomenonTime, id]);
  if (clash.length > 0) throw new HttpError(409, 'Conflict', `Datastream(${r.datastreamId}) already has an observation at ${r.phenomenonTime} (duplicate)`);
  await tx.query(
    `UPDATE sta_observations SET phenomenon_time = $2, phenomenon_time_end = $3, result_time = $4, result_number = $5, result_json = $6::jsonb, result_quality = $7::jsonb, parameters = $8::jsonb WHERE id = $1`,
    [id, r.phenomenonTime, r.phenomenonTimeEnd, r.resultTime, r.resultNumber, r.resultJson === null || r.resultJson === undefined ? null : JSON.stringify(r.resultJson), r.resultQuality === null ? null : JSON.stringify(r.resultQuality), r.parameters === null ? null : JSON.stringify(r.parameters)],
  );
}
