/**
 * The SensorThings 1.1 data model mapped onto the `sta_*` tables: every entity set with its
 * properties (output SQL, filter SQL, type) and navigation properties (join conditions).
 * Everything else in `sta/` (paths, $filter, $expand, $orderby) is driven by this table.
 */

/** The eight SensorThings entity set names. */
export type EntitySetName =
  | 'Things'
  | 'Locations'
  | 'HistoricalLocations'
  | 'Datastreams'
  | 'Sensors'
  | 'ObservedProperties'
  | 'Observations'
  | 'FeaturesOfInterest';

/** How a property compares and prints: `time` compares as timestamptz, `geometry` only in geo functions. */
export type PropertyType = 'id' | 'string' | 'number' | 'time' | 'json' | 'geometry' | 'result';

/** One property of an entity. */
export interface PropertyDef {
  type: PropertyType;
  /** SQL that produces the JSON-ready output value, given the row alias. */
  out(alias: string): string;
  /** SQL used in $filter and $orderby (defaults to `out`). */
  col?(alias: string): string;
}

/** A navigation property: `many` → a collection, else a single entity. */
export interface NavigationDef {
  target: EntitySetName;
  many: boolean;
  /** SQL condition relating a row `c` of the target to the row `p` of the source. */
  join(c: string, p: string): string;
}

/** One entity set. */
export interface EntityDef {
  name: EntitySetName;
  /** Singular name used in navigation (`Thing`, `Datastream`). */
  singular: string;
  table: string;
  properties: Record<string, PropertyDef>;
  navigation: Record<string, NavigationDef>;
}

const plain = (column: string, type: PropertyType = 'string'): PropertyDef => ({ type, out: (a) => `${a}.${column}` });
const time = (column: string): PropertyDef => ({
  type: 'time',
  out: (a) => `to_char(${a}.${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  col: (a) => `${a}.${column}`,
});
const geometry = (column: string): PropertyDef => ({ type: 'geometry', out: (a) => `ST_AsGeoJSON(${a}.${column}, 9)::json`, col: (a) => `${a}.${column}` });
const id: PropertyDef = { type: 'id', out: (a) => `${a}.id` };
const description = plain('description');
const name = plain('name');
const properties = plain('properties', 'json');
const encodingType = plain('encoding_type');
const isoOf = (expr: string) => `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const interval = (start: string, end: string) =>
  `CASE WHEN ${start} IS NULL THEN NULL WHEN ${end} IS NULL OR ${end} = ${start} THEN ${isoOf(start)} ELSE ${isoOf(start)} || '/' || ${isoOf(end)} END`;

/** The SensorThings model; keys are entity set names. */
export const ENTITIES: Record<EntitySetName, EntityDef> = {
  Things: {
    name: 'Things',
    singular: 'Thing',
    table: 'sta_things',
    properties: { id, name, description, properties },
    navigation: {
      Locations: { target: 'Locations', many: true, join: (c, p) => `EXISTS (SELECT 1 FROM sta_thing_locations j WHERE j.location_id = ${c}.id AND j.thing_id = ${p}.id)` },
      HistoricalLocations: { target: 'HistoricalLocations', many: true, join: (c, p) => `${c}.thing_id = ${p}.id` },
      Datastreams: { target: 'Datastreams', many: true, join: (c, p) => `${c}.thing_id = ${p}.id` },
    },
  },
  Locations: {
    name: 'Locations',
    singular: 'Location',
    table: 'sta_locations',
    properties: { id, name, description, encodingType, location: geometry('geom'), properties },
    navigation: {
      Things: { target: 'Things', many: true, join: (c, p) => `EXISTS (SELECT 1 FROM sta_thing_locations j WHERE j.thing_id = ${c}.id AND j.location_id = ${p}.id)` },
      HistoricalLocations: {
        target: 'HistoricalLocations',
        many: true,
        join: (c, p) => `EXISTS (SELECT 1 FROM sta_historical_location_locations j WHERE j.historical_location_id = ${c}.id AND j.location_id = ${p}.id)`,
      },
    },
  },
  HistoricalLocations: {
    name: 'HistoricalLocations',
    singular: 'HistoricalLocation',
    table: 'sta_historical_locations',
    properties: { id, time: time('time') },
    navigation: {
      Thing: { target: 'Things', many: false, join: (c, p) => `${c}.id = ${p}.thing_id` },
      Locations: {
        target: 'Locations',
        many: true,
        join: (c, p) => `EXISTS (SELECT 1 FROM sta_historical_location_locations j WHERE j.location_id = ${c}.id AND j.historical_location_id = ${p}.id)`,
      },
    },
  },
  Datastreams: {
    name: 'Datastreams',
    singular: 'Datastream',
    table: 'sta_datastreams',
    properties: {
      id,
      name,
      description,
      unitOfMeasurement: plain('unit_of_measurement', 'json'),
      observationType: plain('observation_type'),
      observedArea: {
        type: 'geometry',
        out: (a) =>
          `COALESCE(ST_AsGeoJSON(${a}.observed_area, 9)::json, (SELECT ST_AsGeoJSON(ST_ConvexHull(ST_Collect(l.geom)), 9)::json FROM sta_locations l JOIN sta_thing_locations tl ON tl.location_id = l.id WHERE tl.thing_id = ${a}.thing_id))`,
        col: (a) => `${a}.observed_area`,
      },
      phenomenonTime: {
        type: 'string',
        out: (a) =>
          interval(
            `(SELECT min(o.phenomenon_time) FROM sta_observations o WHERE o.datastream_id = ${a}.id)`,
            `(SELECT max(o.phenomenon_time) FROM sta_observations o WHERE o.datastream_id = ${a}.id)`,
          ),
      },
      resultTime: {
        type: 'string',
        out: (a) =>
          interval(
            `(SELECT min(o.result_time) FROM sta_observations o WHERE o.datastream_id = ${a}.id)`,
            `(SELECT max(o.result_time) FROM sta_observations o WHERE o.datastream_id = ${a}.id)`,
          ),
      },
      properties,
    },
    navigation: {
      Thing: { target: 'Things', many: false, join: (c, p) => `${c}.id = ${p}.thing_id` },
      Sensor: { target: 'Sensors', many: false, join: (c, p) => `${c}.id = ${p}.sensor_id` },
      ObservedProperty: { target: 'ObservedProperties', many: false, join: (c, p) => `${c}.id = ${p}.observed_property_id` },
      Observations: { target: 'Observations', many: true, join: (c, p) => `${c}.datastream_id = ${p}.id` },
    },
  },
  Sensors: {
    name: 'Sensors',
    singular: 'Sensor',
    table: 'sta_sensors',
    properties: { id, name, description, encodingType, metadata: plain('metadata'), properties },
    navigation: { Datastreams: { target: 'Datastreams', many: true, join: (c, p) => `${c}.sensor_id = ${p}.id` } },
  },
  ObservedProperties: {
    name: 'ObservedProperties',
    singular: 'ObservedProperty',
    table: 'sta_observed_properties',
    properties: { id, name, definition: plain('definition'), description, properties },
    navigation: { Datastreams: { target: 'Datastreams', many: true, join: (c, p) => `${c}.observed_property_id = ${p}.id` } },
  },
  Observations: {
    name: 'Observations',
    singular: 'Observation',
    table: 'sta_observations',
    properties: {
      id,
      phenomenonTime: { type: 'time', out: (a) => interval(`${a}.phenomenon_time`, `${a}.phenomenon_time_end`), col: (a) => `${a}.phenomenon_time` },
      resultTime: time('result_time'),
      result: { type: 'result', out: (a) => `COALESCE(to_jsonb(${a}.result_number), ${a}.result_json)`, col: (a) => `${a}.result_number` },
      resultQuality: plain('result_quality', 'json'),
      parameters: plain('parameters', 'json'),
    },
    navigation: {
      Datastream: { target: 'Datastreams', many: false, join: (c, p) => `${c}.id = ${p}.datastream_id` },
      FeatureOfInterest: { target: 'FeaturesOfInterest', many: false, join: (c, p) => `${c}.id = ${p}.foi_id` },
    },
  },
  FeaturesOfInterest: {
    name: 'FeaturesOfInterest',
    singular: 'FeatureOfInterest',
    table: 'sta_features_of_interest',
    properties: { id, name, description, encodingType, feature: geometry('geom'), properties },
    navigation: { Observations: { target: 'Observations', many: true, join: (c, p) => `${c}.foi_id = ${p}.id` } },
  },
};

/** Entity set names in the order the service root lists them. */
export const ENTITY_SET_NAMES = Object.keys(ENTITIES) as EntitySetName[];

/** Whether `name` is an entity set name. */
export function isEntitySetName(name: string): name is EntitySetName {
  return Object.hasOwn(ENTITIES, name);
}
