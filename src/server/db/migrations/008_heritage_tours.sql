-- Heritage registry and tours (docs/tours.md, docs/heritage-registry.md).
-- Monument registry: multilingual facts about the points of the heritage-monuments layer, seeded
-- from tours/monuments.json (the feature itself stays in `features`).
CREATE TABLE heritage_monuments (
  id            text PRIMARY KEY,
  collection_id text NOT NULL,
  document      jsonb NOT NULL,
  seed_hash     text,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Digitised assets of a monument (models, panoramas, photos, audio). The current version is in
-- `heritage_assets`; every version (the current included) in `heritage_asset_versions`, whose rows
-- never change. Files are content-addressed on disk by sha256 (DATA_DIR/heritage-assets/).
CREATE TABLE heritage_assets (
  id          text PRIMARY KEY,
  monument_id text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('model', 'panorama', 'image', 'audio')),
  version     integer NOT NULL DEFAULT 1,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX heritage_assets_monument ON heritage_assets (monument_id);

CREATE TABLE heritage_asset_versions (
  asset_id   text NOT NULL REFERENCES heritage_assets (id),
  version    integer NOT NULL,
  sha256     text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL,
  bytes      bigint NOT NULL CHECK (bytes > 0),
  file_name  text,
  title      text,
  language   text,
  -- width/height (images), placement (models), validator warnings
  details    jsonb NOT NULL DEFAULT '{}'::jsonb,
  saved_by   text NOT NULL,
  saved_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (asset_id, version)
);

-- Tours: one editable draft per tour (draft_revision is its ETag) and immutable published versions.
CREATE TABLE tours (
  id               text PRIMARY KEY,
  draft            jsonb NOT NULL,
  draft_revision   integer NOT NULL DEFAULT 1,
  draft_updated_by text NOT NULL,
  draft_updated_at timestamptz NOT NULL DEFAULT now(),
  latest_version   integer,
  -- the published version the draft was restored from (recorded in the next version, then cleared)
  draft_restored_from integer,
  -- SHA-256 of the tours/*.json file it was seeded from; NULL for tours created through the API
  seed_hash        text,
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tour_versions (
  tour_id       text NOT NULL REFERENCES tours (id),
  version       integer NOT NULL,
  document      jsonb NOT NULL,
  -- asset id → asset version, pinned at publish so a replaced asset never changes a published tour
  asset_pins    jsonb NOT NULL DEFAULT '{}'::jsonb,
  note          text,
  restored_from integer,
  published_by  text NOT NULL,
  published_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tour_id, version)
);

-- Published tour versions and asset versions are immutable: the database refuses changes.
CREATE FUNCTION heritage_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable (published versions never change)', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER tour_versions_immutable BEFORE UPDATE OR DELETE ON tour_versions
  FOR EACH ROW EXECUTE FUNCTION heritage_refuse_change();
CREATE TRIGGER heritage_asset_versions_immutable BEFORE UPDATE OR DELETE ON heritage_asset_versions
  FOR EACH ROW EXECUTE FUNCTION heritage_refuse_change();
