/**
 * Alert rules in `alert_rules`: list, read, create, update and delete, each write one transaction;
 * an update or delete first copies the previous version into `alert_rule_history`.
 */
import type { Database, Queryable } from '../db/Database.ts';
import type { AlertRule, AlertRuleInput } from '../../environment/alerts/alertRule.ts';

interface RuleRow {
  id: number;
  name: string;
  kind: AlertRule['kind'];
  thing_id: number | null;
  quantity: string | null;
  datastream_id: number | null;
  limit_value: number | null;
  aqi_level: number | null;
  silence_minutes: number | null;
  webhook_url: string | null;
  enabled: boolean;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
}

/** A rule as the API returns it. */
export type StoredRule = AlertRule & { createdAt: string; updatedAt: string };

const num = (v: number | null) => (v === null ? null : Number(v));
const iso = (v: string | Date) => new Date(v).toISOString();

function toRule(r: RuleRow): StoredRule {
  return {
    id: Number(r.id),
    name: r.name,
    kind: r.kind,
    thing: num(r.thing_id),
    quantity: r.quantity,
    datastream: num(r.datastream_id),
    limit: num(r.limit_value),
    aqiLevel: num(r.aqi_level),
    silenceMinutes: num(r.silence_minutes),
    webhookUrl: r.webhook_url,
    enabled: r.enabled,
    version: Number(r.version),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

const COLUMNS = 'id, name, kind, thing_id, quantity, datastream_id, limit_value, aqi_level, silence_minutes, webhook_url, enabled, version, created_at, updated_at';
const params = (r: AlertRuleInput) => [r.name, r.kind, r.thing, r.quantity, r.datastream, r.limit, r.aqiLevel, r.silenceMinutes, r.webhookUrl, r.enabled];

/** Every rule, oldest first. */
export async function listRules(db: Queryable): Promise<StoredRule[]> {
  return (await db.query<RuleRow>(`SELECT ${COLUMNS} FROM alert_rules ORDER BY id`)).map(toRule);
}

/** One rule, or undefined. */
export async function getRule(db: Queryable, id: number): Promise<StoredRule | undefined> {
  const [row] = await db.query<RuleRow>(`SELECT ${COLUMNS} FROM alert_rules WHERE id = $1`, [id]);
  return row ? toRule(row) : undefined;
}

/** Stores a new rule. */
export async function createRule(db: Database, rule: AlertRuleInput, username: string): Promise<StoredRule> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<RuleRow>(
      `INSERT INTO alert_rules (name, kind, thing_id, quantity, datastream_id, limit_value, aqi_level, silence_minutes, webhook_url, enabled, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
      [...params(rule), username],
    );
    return toRule(row);
  });
}

async function archive(tx: Queryable, id: number, action: 'update' | 'delete', username: string): Promise<boolean> {
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO alert_rule_history (rule_id, version, action, document, changed_by)
     SELECT id, version, $2, to_jsonb(r), $3 FROM alert_rules r WHERE id = $1 RETURNING version`,
    [id, action, username],
  );
  return row !== undefined;
}

/** Replaces rule `id` (version + 1); undefined when there is none. */
export async function updateRule(db: Database, id: number, rule: AlertRuleInput, username: string): Promise<StoredRule | undefined> {
  return db.transaction(async (tx) => {
    if (!(await archive(tx, id, 'update', username))) return undefined;
    const [row] = await tx.query<RuleRow>(
      `UPDATE alert_rules SET name = $2, kind = $3, thing_id = $4, quantity = $5, datastream_id = $6, limit_value = $7, aqi_level = $8,
              silence_minutes = $9, webhook_url = $10, enabled = $11, version = version + 1, updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, ...params(rule)],
    );
    return toRule(row);
  });
}

/** Deletes rule `id` (its alerts stay, with the rule's name); false when there is none. */
export async function deleteRule(db: Database, id: number, username: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await archive(tx, id, 'delete', username))) return false;
    await tx.query('DELETE FROM alert_rules WHERE id = $1', [id]);
    return true;
  });
}
