/**
 * Which rules an observation concerns and whether their condition holds (pure). The engine turns
 * a condition that becomes true into an alert (edge-triggered per rule, Thing and Datastream), so
 * a station that stays above a limit raises one alert, not one per reading.
 */
import type { AlertRule } from './alertRule.ts';

/** What the rules need to know about an observation. */
export interface ObservationFacts {
  datastream: number;
  thing: number;
  thingName: string;
  /** Datastream `properties.quantity`, or null. */
  quantity: string | null;
  /** unitOfMeasurement.symbol */
  unit: string;
  /** Numeric result (null for non-numeric results). */
  value: number | null;
  /** phenomenonTime, ISO 8601. */
  time: string;
}

/** A rule's verdict for one observation (or one silent Datastream). */
export interface Verdict {
  rule: AlertRule;
  /** Identifies the watched thing: `rule:thing:datastream` (AQI rules: `rule:thing:`). */
  key: string;
  /** Whether the alert condition holds now. */
  active: boolean;
  value: number | null;
  aqi: number | null;
  /** Human text for the alert (English, with the numbers). */
  message: string;
}

/** Whether `rule` watches this Datastream of this Thing. */
export function ruleWatches(rule: AlertRule, facts: Pick<ObservationFacts, 'datastream' | 'thing' | 'quantity'>): boolean {
  if (!rule.enabled) return false;
  if (rule.datastream !== null && rule.datastream !== facts.datastream) return false;
  if (rule.thing !== null && rule.thing !== facts.thing) return false;
  if (rule.quantity !== null && rule.quantity !== facts.quantity) return false;
  return true;
}

/**
 * Verdicts of the threshold and AQI rules for one observation. `stationAqi` gives the Thing's
 * current hourly AQI (overall value and category level) or null; it is only asked when needed.
 */
export function evaluateObservation(rules: readonly AlertRule[], facts: ObservationFacts, stationAqi: () => { aqi: number; level: number } | null): Verdict[] {
  const verdicts: Verdict[] = [];
  let aqi: { aqi: number; level: number } | null | undefined;
  for (const rule of rules) {
    if (rule.kind === 'silence' || !ruleWatches(rule, facts)) continue;
    if (rule.kind === 'threshold') {
      if (facts.value === null || rule.limit === null) continue;
      verdicts.push({
        rule,
        key: `${rule.id}:${facts.thing}:${facts.datastream}`,
        active: facts.value > rule.limit,
        value: facts.value,
        aqi: null,
        message: `${facts.quantity ?? `Datastream ${facts.datastream}`} ${facts.value} ${facts.unit} > ${rule.limit} ${facts.unit} at ${facts.thingName}`,
      });
    } else if (rule.kind === 'aqi') {
      if (rule.quantity === null && !['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'].includes(facts.quantity ?? '')) continue;
      aqi ??= stationAqi();
      if (!aqi || rule.aqiLevel === null) continue;
      verdicts.push({
        rule,
        key: `${rule.id}:${facts.thing}:`,
        active: aqi.level >= rule.aqiLevel,
        value: facts.value,
        aqi: aqi.aqi,
        message: `VN_AQI ${aqi.aqi} (category ${aqi.level}) ≥ category ${rule.aqiLevel} at ${facts.thingName}`,
      });
    }
  }
  return verdicts;
}

/** A Datastream's latest observation time, for silence rules. */
export interface LastSeen {
  datastream: number;
  thing: number;
  thingName: string;
  quantity: string | null;
  /** Latest phenomenonTime, Unix ms. */
  lastMs: number;
}

/** Verdicts of the silence rules for every watched Datastream at `nowMs`. */
export function evaluateSilence(rules: readonly AlertRule[], streams: readonly LastSeen[], nowMs: number): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'silence' || rule.silenceMinutes === null) continue;
    for (const s of streams) {
      if (!ruleWatches(rule, s)) continue;
      const silentMin = (nowMs - s.lastMs) / 60000;
      verdicts.push({
        rule,
        key: `${rule.id}:${s.thing}:${s.datastream}`,
        active: silentMin >= rule.silenceMinutes,
        value: Math.round(silentMin),
        aqi: null,
        message: `${s.quantity ?? `Datastream ${s.datastream}`} at ${s.thingName} silent for ${Math.round(silentMin)} min (limit ${rule.silenceMinutes} min)`,
      });
    }
  }
  return verdicts;
}

/**
 * Edge detection: which verdicts open a new alert. `active` holds the keys whose condition held
 * last time; it is updated in place (a key leaves it when its condition clears).
 */
export function risingEdges(verdicts: readonly Verdict[], active: Set<string>): Verdict[] {
  const rising: Verdict[] = [];
  for (const v of verdicts) {
    if (v.active && !active.has(v.key)) {
      active.add(v.key);
      rising.push(v);
    } else if (!v.active) active.delete(v.key);
  }
  return rising;
}
