-- OGC SensorThings API 1.1 entities (the IoT platform), MQTT device credentials and ingest counters.
-- Tables carry the `sta_` prefix. Observations live in one time-indexed table; docs/sensorthings.md
-- describes monthly partitioning / TimescaleDB for scale (the unique key already includes the time).

CREATE TABLE sta_things (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  properties  jsonb
);

CREATE TABLE sta_locations (
  id            bigserial PRIMARY KEY,
  name          text NOT NULL,
  description   text NOT NULL DEFAULT '',
  encoding_type text NOT NULL DEFAULT 'application/geo+json',
  geom          geometry (Geometry, 4326) NOT NULL,
  properties    jsonb
);
CREATE INDEX sta_locations_geom_idx ON sta_locations USING gist (geom);

CREATE TABLE sta_thing_locations (
  thing_id    bigint NOT NULL REFERENCES sta_things (id) ON DELETE CASCADE,
  location_id bigint NOT NULL REFERENCES sta_locations (id) ON DELETE CASCADE,
  PRIMARY KEY (thing_id, location_id)
);
CREATE INDEX sta_thing_locations_location_idx ON sta_thing_locations (location_id);

CREATE TABLE sta_historical_locations (
  id       bigserial PRIMARY KEY,
  thing_id bigint NOT NULL REFERENCES sta_things (id) ON DELETE CASCADE,
  time     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sta_historical_locations_thing_idx ON sta_historical_locations (thing_id, time DESC);

CREATE TABLE sta_historical_location_locations (
  historical_location_id bigint NOT NULL REFERENCES sta_historical_locations (id) ON DELETE CASCADE,
  location_id            bigint NOT NULL REFERENCES sta_locations (id) ON DELETE CASCADE,
  PRIMARY KEY (historical_location_id, location_id)
);

CREATE TABLE sta_sensors (
  id            bigserial PRIMARY KEY,
  name          text NOT NULL,
  description   text NOT NULL DEFAULT '',
  encoding_type text NOT NULL,
  metadata      text NOT NULL,
  properties    jsonb
);

CREATE TABLE sta_observed_properties (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL,
  definition  text NOT NULL,
  description text NOT NULL DEFAULT '',
  properties  jsonb
);

CREATE TABLE sta_datastreams (
  id                   bigserial PRIMARY KEY,
  name                 text NOT NULL,
  description          text NOT NULL DEFAULT '',
  -- {name, symbol, definition}
  unit_of_measurement  jsonb NOT NULL,
  observation_type     text NOT NULL,
  observed_area        geometry (Geometry, 4326),
  properties           jsonb,
  thing_id             bigint NOT NULL REFERENCES sta_things (id) ON DELETE CASCADE,
  sensor_id            bigint NOT NULL REFERENCES sta_sensors (id),
  observed_property_id bigint NOT NULL REFERENCES sta_observed_properties (id)
);
CREATE INDEX sta_datastreams_thing_idx ON sta_datastreams (thing_id);

CREATE TABLE sta_features_of_interest (
  id            bigserial PRIMARY KEY,
  name          text NOT NULL,
  description   text NOT NULL DEFAULT '',
  encoding_type text NOT NULL DEFAULT 'application/geo+json',
  geom          geometry (Geometry, 4326) NOT NULL,
  properties    jsonb,
  -- set when generated from a Thing's Location (one generated feature per location)
  location_id   bigint UNIQUE REFERENCES sta_locations (id) ON DELETE SET NULL
);
CREATE INDEX sta_features_of_interest_geom_idx ON sta_features_of_interest USING gist (geom);

-- Observations: no foreign key on datastream_id so the table can be partitioned by time (or
-- turned into a TimescaleDB hypertable) without rewriting the ingest SQL.
CREATE TABLE sta_observations (
  id                   bigserial,
  datastream_id        bigint NOT NULL,
  phenomenon_time      timestamptz NOT NULL,
  -- end of an interval phenomenonTime; NULL for an instant
  phenomenon_time_end  timestamptz,
  result_time          timestamptz,
  -- numeric results here (indexable, filterable); anything else in result_json
  result_number        double precision,
  result_json          jsonb,
  result_quality       jsonb,
  parameters           jsonb,
  foi_id               bigint,
  PRIMARY KEY (id),
  -- idempotency: one value per datastream and phenomenon time (duplicates are rejected)
  CONSTRAINT sta_observations_unique UNIQUE (datastream_id, phenomenon_time)
);
-- The unique constraint's index serves "latest observations of a datastream" (scanned backwards).
CREATE INDEX sta_observations_time_idx ON sta_observations (phenomenon_time);

-- MQTT device credentials: username + scrypt hash; NULL allowed_datastreams = any datastream.
CREATE TABLE mqtt_clients (
  username            text PRIMARY KEY,
  password_hash       text NOT NULL,
  allowed_datastreams bigint[],
  created_at          timestamptz NOT NULL DEFAULT now()
);

-- Rejected observations per reason (bad_json, unknown_datastream, wrong_unit, out_of_range, …).
CREATE TABLE ingest_rejections (
  reason       text PRIMARY KEY,
  count        bigint NOT NULL DEFAULT 0,
  last_at      timestamptz,
  last_message text
);
