-- Planning scenarios: proposals layered over the baseline (documents validated by
-- src/planning/scenario/scenarioSchema.ts). Every save is a new version; the current one is in
-- `scenarios`, all of them (the current included) in `scenario_versions`.
CREATE TABLE scenarios (
  id         text PRIMARY KEY,
  title      text NOT NULL,
  document   jsonb NOT NULL,
  version    integer NOT NULL DEFAULT 1,
  -- SHA-256 of the scenarios/*.json file it was seeded from; NULL for scenarios created through the API
  seed_hash  text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE scenario_versions (
  scenario_id text NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  version     integer NOT NULL,
  document    jsonb NOT NULL,
  saved_by    text NOT NULL,
  saved_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (scenario_id, version)
);
