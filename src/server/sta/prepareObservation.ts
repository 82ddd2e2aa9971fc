/**
 * Validates one incoming Observation (from HTTP, MQTT or a bulk array) against its Datastream and
 * turns it into a row for `sta_observations`. Pure: the same rules for every ingest path, and a
 * rejection names its counted reason (`wrong_unit`, `out_of_range`, `future_time`, …).
 */

/** Why an observation was rejected; each reason has its own counter. */
export type RejectReason =
  | 'bad_json'
  | 'unknown_datastream'
  | 'not_allowed'
  | 'invalid'
  | 'wrong_unit'
  | 'out_of_range'
  | 'future_time'
  | 'duplicate'
  | 'unauthorized';

/** What ingest needs to know about a Datastream (cached by DatastreamCache). */
export interface DatastreamInfo {
  id: number;
  thingId: number;
  /** unitOfMeasurement.symbol */
  unitSymbol: string;
  observationType: string;
  /** Accepted numeric range [min, max] (either may be null = open). */
  validRange: [number | null, number | null];
  /** FeatureOfInterest generated from the Thing's Location, used when an observation names none. */
  defaultFoiId: number | null;
}

/** A validated observation, ready to insert. Times are ISO 8601 UTC strings (millisecond precision). */
export interface ObservationRow {
  datastreamId: number;
  phenomenonTime: string;
  phenomenonTimeEnd: string | null;
  resultTime: string | null;
  resultNumber: number | null;
  resultJson: unknown;
  resultQuality: unknown;
  parameters: Record<string, unknown> | null;
  foiId: number | null;
}

/** Result of {@link prepareObservation}. */
export type Prepared = { ok: true; row: ObservationRow } | { ok: false; reason: RejectReason; message: string };

/** How far ahead of the server clock a phenomenonTime may be. Default: 5 minutes. */
export const MAX_FUTURE_MS = 5 * 60 * 1000;

const MEASUREMENT = 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement';
const CONCENTRATION = /(g\/m|ppm|ppb|mg\/l|µg|μg|ug\/)/i;

/** The default accepted range for a unit symbol: concentrations, speeds ≥ 0; % in 0–100; degrees 0–360. */
export function defaultRange(unitSymbol: string, properties?: unknown): [number | null, number | null] {
  const explicit = (properties as { validRange?: unknown } | null | undefined)?.validRange;
  if (Array.isArray(explicit) && explicit.length === 2) {
    return [typeof explicit[0] === 'number' ? explicit[0] : null, typeof explicit[1] === 'number' ? explicit[1] : null];
  }
  const s = unitSymbol.trim();
  if (CONCENTRATION.test(s) || s === 'm/s' || s === 'km/h' || s === 'mm' || s === 'NTU' || s === 'µS/cm') return [0, null];
  if (s === '%') return [0, 100];
  if (s === '°' || s === 'deg' || s === 'degree') return [0, 360];
  return [null, null];
}

function fail(reason: RejectReason, message: string): Prepared {
  return { ok: false, reason, message };
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ`, the form `toISOString` writes (and most devices send). */
const CANONICAL_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * The normalised UTC form of an ISO 8601 time (`toISOString`). A time already in that form is
 * returned as it is — unless its day is past the 28th or its hour is 24, which `Date.parse` rolls
 * over (Feb 30 → Mar 2) — saving a Date and a string per observation on the ingest path.
 */
function isoOrNull(value: unknown, field: string): string | null | Error {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return new Error(`${field} must be an ISO 8601 date-time string`);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return new Error(`${field} "${value.slice(0, 40)}" is not an ISO 8601 date-time`);
  if (CANONICAL_UTC.test(value) && value.slice(8, 10) <= '28' && value.slice(11, 13) <= '23') return value;
  return new Date(ms).toISOString();
}

/**
 * Checks `body` (a parsed Observation JSON) for `ds`. `now` is the server clock in ms;
 * `foiId` overrides the FeatureOfInterest (a deep-inserted one).
 */
export function prepareObservation(body: unknown, ds: DatastreamInfo, now: number, foiId?: number): Prepared {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fail('invalid', 'an Observation must be a JSON object');
  const o = body as Record<string, unknown>;
  if (!('result' in o) || o.result === undefined) return fail('invalid', 'result is required');
  const result = o.result;
  if (ds.observationType === MEASUREMENT && (typeof result !== 'number' || !Number.isFinite(result))) {
    return fail('invalid', `result must be a number for an OM_Measurement Datastream (got ${JSON.stringify(result)?.slice(0, 40)})`);
  }
  let start: string | null;
  let end: string | null = null;
  if (o.phenomenonTime === undefined || o.phenomenonTime === null) start = new Date(now).toISOString();
  else {
    if (typeof o.phenomenonTime !== 'string') return fail('invalid', 'phenomenonTime must be an ISO 8601 instant or interval "start/end"');
    const [a, b, extra] = o.phenomenonTime.split('/');
    if (extra !== undefined) return fail('invalid', `phenomenonTime "${o.phenomenonTime.slice(0, 60)}" is not an instant or interval`);
    const s = isoOrNull(a, 'phenomenonTime');
    if (s instanceof Error || s === null) return fail('invalid', s instanceof Error ? s.message : 'phenomenonTime is empty');
    start = s;
    if (b !== undefined) {
      const e = isoOrNull(b, 'phenomenonTime (end)');
      if (e instanceof Error || e === null) return fail('invalid', e instanceof Error ? e.message : 'phenomenonTime end is empty');
      if (e < s) return fail('invalid', 'phenomenonTime interval ends before it starts');
      end = e;
    }
  }
  const latest = Date.parse(end ?? start);
  if (latest > now + MAX_FUTURE_MS) {
    return fail('future_time', `phenomenonTime ${end ?? start} is more than ${MAX_FUTURE_MS / 60000} minutes ahead of the server clock`);
  }
  const resultTime = isoOrNull(o.resultTime, 'resultTime');
  if (resultTime instanceof Error) return fail('invalid', resultTime.message);
  const parameters = o.parameters;
  if (parameters !== undefined && parameters !== null && (typeof parameters !== 'object' || Array.isArray(parameters))) {
    return fail('invalid', 'parameters must be a JSON object');
  }
  const params = (parameters ?? null) as Record<string, unknown> | null;
  const unit = params?.unit ?? (o.unitOfMeasurement as { symbol?: unknown } | undefined)?.symbol;
  if (unit !== undefined && unit !== ds.unitSymbol) {
    return fail('wrong_unit', `unit "${String(unit).slice(0, 20)}" does not match Datastream(${ds.id})'s unit "${ds.unitSymbol}"`);
  }
  if (typeof result === 'number') {
    if (!Number.isFinite(result)) return fail('invalid', 'result must be a finite number');
    const [min, max] = ds.validRange;
    if ((min !== null && result < min) || (max !== null && result > max)) {
      return fail('out_of_range', `result ${result} is outside the accepted range [${min ?? '-∞'}, ${max ?? '∞'}] of Datastream(${ds.id}) (${ds.unitSymbol})`);
    }
  }
  let foi = foiId ?? ds.defaultFoiId;
  const foiRef = o.FeatureOfInterest as { '@iot.id'?: unknown } | undefined;
  if (foiId === undefined && foiRef !== undefined) {
    if (typeof foiRef !== 'object' || foiRef === null || !Number.isInteger(foiRef['@iot.id'])) {
      return fail('invalid', 'FeatureOfInterest must be {"@iot.id": n} here (create new ones over HTTP)');
    }
    foi = foiRef['@iot.id'] as number;
  }
  return {
    ok: true,
    row: {
      datastreamId: ds.id,
      phenomenonTime: start,
      phenomenonTimeEnd: end,
      resultTime,
      resultNumber: typeof result === 'number' ? result : null,
      resultJson: typeof result === 'number' ? null : result,
      resultQuality: o.resultQuality ?? null,
      parameters: params,
      foiId: foi,
    },
  };
}
