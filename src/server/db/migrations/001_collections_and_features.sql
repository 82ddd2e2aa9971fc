-- The shared multi-sector spatial database: sectors, the collection registry and features.
-- Runs unchanged on PGlite + PostGIS and on PostgreSQL + PostGIS.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE sectors (
  id       text PRIMARY KEY,
  title_vi text NOT NULL,
  title_en text NOT NULL
);

INSERT INTO sectors (id, title_vi, title_en) VALUES
  ('planning',    'Quy hoạch',  'Planning'),
  ('environment', 'Môi trường', 'Environment'),
  ('logistics',   'Logistics',  'Logistics'),
  ('heritage',    'Di sản',     'Heritage'),
  ('transport',   'Giao thông', 'Transport'),
  ('base',        'Nền',        'Base');

CREATE TABLE collections (
  id             text PRIMARY KEY,
  title_vi       text NOT NULL,
  title_en       text NOT NULL,
  description_vi text,
  description_en text,
  sector         text NOT NULL REFERENCES sectors (id),
  geometry_type  text NOT NULL DEFAULT 'Geometry',
  source_name    text NOT NULL,
  source_url     text,
  synthetic      boolean NOT NULL,
  licence        text NOT NULL,
  access         text NOT NULL DEFAULT 'public' CHECK (access IN ('public', 'sector')),
  -- SHA-256 of the seed file last loaded from layers/; NULL for collections created by users.
  seed_hash      text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE features (
  collection_id text NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  id            text NOT NULL,
  properties    jsonb NOT NULL DEFAULT '{}'::jsonb,
  geom          geometry (Geometry, 4326) NOT NULL,
  -- 1 for features as seeded; incremented by every edit through the API.
  version       integer NOT NULL DEFAULT 1,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection_id, id)
);

CREATE INDEX features_geom_idx ON features USING gist (geom);
