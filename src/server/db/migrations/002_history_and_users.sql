-- Versioned edits and access control.
-- feature_history keeps the full state after every change (insert, update, delete, restore, revert),
-- so any feature can be shown as of a past time, reverted, or restored after deletion.

ALTER TABLE collections ADD COLUMN properties_schema jsonb;
-- the property that `datetime` filters on (ISO date/time or year), NULL when none
ALTER TABLE collections ADD COLUMN temporal_property text;
ALTER TABLE features ADD COLUMN updated_by text NOT NULL DEFAULT 'seed';

CREATE TABLE feature_history (
  history_id    bigserial PRIMARY KEY,
  collection_id text NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  feature_id    text NOT NULL,
  version       integer NOT NULL,
  operation     text NOT NULL CHECK (operation IN ('seed', 'insert', 'update', 'delete', 'restore', 'revert')),
  -- state after the change; NULL for a delete
  properties    jsonb,
  geom          geometry (Geometry, 4326),
  changed_by    text NOT NULL,
  changed_at    timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX feature_history_feature_idx ON feature_history (collection_id, feature_id, history_id);
CREATE INDEX feature_history_time_idx ON feature_history (collection_id, changed_at);

CREATE TABLE users (
  username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9_.-]{2,64}$'),
  -- scrypt$N$r$p$salt$hash (base64)
  password_hash text NOT NULL,
  is_admin      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_roles (
  username text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
  sector   text NOT NULL REFERENCES sectors (id),
  role     text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  PRIMARY KEY (username, sector)
);

CREATE TABLE auth_tokens (
  -- SHA-256 of the bearer token; the token itself is never stored
  token_hash text PRIMARY KEY,
  username   text NOT NULL REFERENCES users (username) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);

CREATE TABLE access_log (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  username  text,
  method    text NOT NULL,
  path      text NOT NULL,
  status    integer NOT NULL,
  reason    text NOT NULL
);
