/** Alerts in `alerts`: open one (at most one open per rule/thing/datastream), list, acknowledge. */
import type { Database, Queryable } from '../db/Database.ts';
import type { AlertKind } from '../../environment/alerts/alertRule.ts';

/** An alert as the API returns and pushes it. */
export interface Alert {
  id: number;
  ruleId: number | null;
  ruleName: string;
  kind: AlertKind;
  thing: number | null;
  thingName: string | null;
  datastream: number | null;
  quantity: string | null;
  value: number | null;
  limit: number | null;
  aqi: number | null;
  message: string;
  observedAt: string | null;
  createdAt: string;
  state: 'open' | 'acknowledged';
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  note: string | null;
  /** Webhook delivery, or null when the rule has none. */
  webhook: { status: 'pending' | 'delivered' | 'failed'; attempts: number; lastError: string | null } | null;
}

/** What opening an alert needs. */
export interface NewAlert {
  ruleId: number;
  ruleName: string;
  kind: AlertKind;
  dedupeKey: string;
  thing: number | null;
  thingName: string | null;
  datastream: number | null;
  quantity: string | null;
  value: number | null;
  limit: number | null;
  aqi: number | null;
  message: string;
  observedAt: string | null;
  webhook: boolean;
}

interface AlertRow {
  id: number;
  rule_id: number | null;
  rule_name: string;
  kind: AlertKind;
  thing_id: number | null;
  thing_name: string | null;
  datastream_id: number | null;
  quantity: string | null;
  value: number | null;
  limit_value: number | null;
  aqi: number | null;
  message: string;
  observed_at: string | Date | null;
  created_at: string | Date;
  state: Alert['state'];
  acknowledged_at: string | Date | null;
  acknowledged_by: string | null;
  note: string | null;
  webhook_status: 'pending' | 'delivered' | 'failed' | null;
  webhook_attempts: number;
  webhook_last_error: string | null;
}

const COLUMNS =
  'id, rule_id, rule_name, kind, thing_id, thing_name, datastream_id, quantity, value, limit_value, aqi, message, observed_at, created_at, state, acknowledged_at, acknowledged_by, note, webhook_status, webhook_attempts, webhook_last_error';
const num = (v: number | null) => (v === null ? null : Number(v));
const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

function toAlert(r: AlertRow): Alert {
  return {
    id: Number(r.id),
    ruleId: num(r.rule_id),
    ruleName: r.rule_name,
    kind: r.kind,
    thing: num(r.thing_id),
    thingName: r.thing_name,
    datastream: num(r.datastream_id),
    quantity: r.quantity,
    value: num(r.value),
    limit: num(r.limit_value),
    aqi: num(r.aqi),
    message: r.message,
    observedAt: iso(r.observed_at),
    createdAt: iso(r.created_at)!,
    state: r.state,
    acknowledgedAt: iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    note: r.note,
    webhook: r.webhook_status ? { status: r.webhook_status, attempts: Number(r.webhook_attempts), lastError: r.webhook_last_error } : null,
  };
}

/** Opens an alert; undefined when one is already open for the same key. */
export async function openAlert(db: Database, a: NewAlert): Promise<Alert | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<AlertRow>(
      `INSERT INTO alerts (rule_id, rule_name, kind, dedupe_key, thing_id, thing_name, datastream_id, quantity, value, limit_value, aqi, message, observed_at, webhook_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (dedupe_key) WHERE state = 'open' DO NOTHING RETURNING ${COLUMNS}`,
      [a.ruleId, a.ruleName, a.kind, a.dedupeKey, a.thing, a.thingName, a.datastream, a.quantity, a.value, a.limit, a.aqi, a.message, a.observedAt, a.webhook ? 'pending' : null],
    );
    return row ? toAlert(row) : undefined;
  });
}

/** Alerts newest first, optionally by state and Thing. */
export async function listAlerts(db: Queryable, filter: { state?: Alert['state']; thing?: number; limit: number }): Promise<Alert[]> {
  const rows = await db.query<AlertRow>(
    `SELECT ${COLUMNS} FROM alerts WHERE ($1::text IS NULL OR state = $1) AND ($2::bigint IS NULL OR thing_id = $2) ORDER BY created_at DESC, id DESC LIMIT $3`,
    [filter.state ?? null, filter.thing ?? null, filter.limit],
  );
  return rows.map(toAlert);
}

/** One alert, or undefined. */
export async function getAlert(db: Queryable, id: number): Promise<Alert | undefined> {
  const [row] = await db.query<AlertRow>(`SELECT ${COLUMNS} FROM alerts WHERE id = $1`, [id]);
  return row ? toAlert(row) : undefined;
}

/** Acknowledges an open alert: the alert, 'missing', or 'already' (acknowledged before). */
export async function acknowledgeAlert(db: Database, id: number, username: string, note: string | null): Promise<Alert | 'missing' | 'already'> {
  return db.transaction(async (tx) => {
    const [current] = await tx.query<{ state: string }>('SELECT state FROM alerts WHERE id = $1 FOR UPDATE', [id]);
    if (!current) return 'missing';
    if (current.state !== 'open') return 'already';
    const [row] = await tx.query<AlertRow>(
      `UPDATE alerts SET state = 'acknowledged', acknowledged_at = now(), acknowledged_by = $2, note = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, username, note],
    );
    return toAlert(row);
  });
}

/** Records a webhook attempt's outcome. */
export async function recordWebhook(db: Queryable, id: number, status: 'pending' | 'delivered' | 'failed', attempts: number, lastError: string | null): Promise<void> {
  await db.query('UPDATE alerts SET webhook_status = $2, webhook_attempts = $3, webhook_last_error = $4 WHERE id = $1', [id, status, attempts, lastError]);
}
