/**
 * Alert rules as the API sends and stores them, and their validation (pure: the same checks for
 * POST and PUT, each error naming the field so the problem+json says what to change).
 */

/** What a rule watches. */
export type AlertKind = 'aqi' | 'threshold' | 'silence';

/** A stored alert rule. */
export interface AlertRule {
  id: number;
  name: string;
  kind: AlertKind;
  /** Thing id; null = every Thing. */
  thing: number | null;
  /** Datastream `properties.quantity` (pm25, no2, …); null = any. */
  quantity: string | null;
  /** One Datastream; null = by thing/quantity. */
  datastream: number | null;
  /** threshold: alert when a value is above this, in the Datastream's unit. */
  limit: number | null;
  /** aqi: alert when the station's hourly VN_AQI category level is ≥ this (1 Tốt … 6 Nguy hại). */
  aqiLevel: number | null;
  /** silence: alert when a Datastream sent nothing for this many minutes. */
  silenceMinutes: number | null;
  /** Optional http(s) URL that receives each alert as a JSON POST. */
  webhookUrl: string | null;
  enabled: boolean;
  /** Incremented on every update. */
  version: number;
}

/** The writable part of a rule (POST/PUT body). */
export type AlertRuleInput = Omit<AlertRule, 'id' | 'version'>;

/** Validation outcome: the normalised rule, or the first problem found (field + message). */
export type RuleValidation = { ok: true; rule: AlertRuleInput } | { ok: false; field: string; message: string };

const KINDS: readonly AlertKind[] = ['aqi', 'threshold', 'silence'];
const KEYS = new Set(['name', 'kind', 'thing', 'quantity', 'datastream', 'limit', 'aqiLevel', 'silenceMinutes', 'webhookUrl', 'enabled', 'id', 'version', 'createdAt', 'updatedAt']);

const bad = (field: string, message: string): RuleValidation => ({ ok: false, field, message });
const optionalId = (v: unknown) => v === undefined || v === null || (Number.isSafeInteger(v) && (v as number) > 0);

/** Checks a POST/PUT body and returns the normalised rule (absent optional fields → null). */
export function validateAlertRule(body: unknown): RuleValidation {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return bad('', 'the rule must be a JSON object');
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).find((k) => !KEYS.has(k));
  if (unknown) return bad(unknown, `unknown field "${unknown}"; fields: ${[...KEYS].slice(0, 10).join(', ')}`);
  if (typeof b.name !== 'string' || b.name.trim() === '' || b.name.length > 200) return bad('name', 'a non-empty text of at most 200 characters is required');
  if (!KINDS.includes(b.kind as AlertKind)) return bad('kind', `must be one of ${KINDS.join(', ')}`);
  const kind = b.kind as AlertKind;
  if (!optionalId(b.thing)) return bad('thing', 'must be a Thing id (positive integer) or null for every Thing');
  if (!optionalId(b.datastream)) return bad('datastream', 'must be a Datastream id (positive integer) or null');
  if (b.quantity !== undefined && b.quantity !== null && (typeof b.quantity !== 'string' || !/^[a-z0-9_]{1,40}$/.test(b.quantity))) {
    return bad('quantity', 'must be a Datastream quantity such as "pm25", "no2", "wind_speed", or null');
  }
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (kind === 'threshold') {
    if (!num(b.limit)) return bad('limit', 'a threshold rule needs a numeric limit (in the Datastream unit)');
    if ((b.quantity ?? null) === null && (b.datastream ?? null) === null) return bad('quantity', 'a threshold rule needs a quantity (e.g. "pm25") or a datastream id');
  } else if (b.limit !== undefined && b.limit !== null) return bad('limit', `only threshold rules have a limit (this is a ${kind} rule)`);
  if (kind === 'aqi') {
    if (!Number.isInteger(b.aqiLevel) || (b.aqiLevel as number) < 2 || (b.aqiLevel as number) > 6) {
      return bad('aqiLevel', 'an aqi rule needs aqiLevel 2–6 (2 Trung bình, 3 Kém, 4 Xấu, 5 Rất xấu, 6 Nguy hại)');
    }
  } else if (b.aqiLevel !== undefined && b.aqiLevel !== null) return bad('aqiLevel', `only aqi rules have an aqiLevel (this is a ${kind} rule)`);
  if (kind === 'silence') {
    if (!num(b.silenceMinutes) || (b.silenceMinutes as number) < 1 || (b.silenceMinutes as number) > 7 * 24 * 60) {
      return bad('silenceMinutes', 'a silence rule needs silenceMinutes between 1 and 10080 (one week)');
    }
  } else if (b.silenceMinutes !== undefined && b.silenceMinutes !== null) return bad('silenceMinutes', `only silence rules have silenceMinutes (this is a ${kind} rule)`);
  if (b.webhookUrl !== undefined && b.webhookUrl !== null) {
    if (typeof b.webhookUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(b.webhookUrl) || !URL.canParse(b.webhookUrl)) return bad('webhookUrl', 'must be an http:// or https:// URL, or null');
  }
  if (b.enabled !== undefined && typeof b.enabled !== 'boolean') return bad('enabled', 'must be true or false');
  return {
    ok: true,
    rule: {
      name: b.name.trim(),
      kind,
      thing: (b.thing as number | undefined) ?? null,
      quantity: (b.quantity as string | undefined) ?? null,
      datastream: (b.datastream as number | undefined) ?? null,
      limit: (b.limit as number | undefined) ?? null,
      aqiLevel: (b.aqiLevel as number | undefined) ?? null,
      silenceMinutes: (b.silenceMinutes as number | undefined) ?? null,
      webhookUrl: (b.webhookUrl as string | undefined) ?? null,
      enabled: (b.enabled as boolean | undefined) ?? true,
    },
  };
}
