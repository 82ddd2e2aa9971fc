-- Alert rules (AQI category, pollutant limit, silent sensor), their edit history, and the alerts
-- they raised. One open alert per (rule, thing, datastream) at a time: `dedupe_key` + partial index.

CREATE TABLE alert_rules (
  id              bigserial PRIMARY KEY,
  name            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('aqi', 'threshold', 'silence')),
  -- NULL = every Thing
  thing_id        bigint,
  -- Datastream properties.quantity (pm25, no2, …); NULL = any
  quantity        text,
  datastream_id   bigint,
  -- threshold: the limit in the Datastream's unit
  limit_value     double precision,
  -- aqi: VN_AQI category level 1–6 that raises the alert
  aqi_level       integer,
  -- silence: minutes without an observation
  silence_minutes double precision,
  webhook_url     text,
  enabled         boolean NOT NULL DEFAULT true,
  version         integer NOT NULL DEFAULT 1,
  created_by      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Every previous version of a rule (on update and delete), so an edit can be reviewed and reverted.
CREATE TABLE alert_rule_history (
  rule_id    bigint NOT NULL,
  version    integer NOT NULL,
  action     text NOT NULL CHECK (action IN ('update', 'delete')),
  document   jsonb NOT NULL,
  changed_by text,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (rule_id, version)
);

CREATE TABLE alerts (
  id                 bigserial PRIMARY KEY,
  rule_id            bigint REFERENCES alert_rules (id) ON DELETE SET NULL,
  rule_name          text NOT NULL,
  kind               text NOT NULL,
  dedupe_key         text NOT NULL,
  thing_id           bigint,
  thing_name         text,
  datastream_id      bigint,
  quantity           text,
  value              double precision,
  limit_value        double precision,
  aqi                integer,
  message            text NOT NULL,
  observed_at        timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  state              text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged')),
  acknowledged_at    timestamptz,
  acknowledged_by    text,
  note               text,
  -- NULL (no webhook), pending, delivered, failed
  webhook_status     text,
  webhook_attempts   integer NOT NULL DEFAULT 0,
  webhook_last_error text
);
CREATE UNIQUE INDEX alerts_one_open_idx ON alerts (dedupe_key) WHERE state = 'open';
CREATE INDEX alerts_state_created_idx ON alerts (state, created_at DESC);
