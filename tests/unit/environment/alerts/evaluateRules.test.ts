/** Alert rule validation and evaluation (threshold, AQI category, silence) and edge triggering. */
import { describe, expect, it } from 'vitest';
import { validateAlertRule, type AlertRule } from '../../../../src/environment/alerts/alertRule.ts';
import { evaluateObservation, evaluateSilence, risingEdges, ruleWatches } from '../../../../src/environment/alerts/evaluateRules.ts';
import { HourlyMeans } from '../../../../src/environment/alerts/HourlyMeans.ts';
import { stationAqi } from '../../../../src/environment/alerts/stationAqi.ts';

const rule = (over: Partial<AlertRule>): AlertRule => ({
  id: 1,
  name: 'r',
  kind: 'threshold',
  thing: null,
  quantity: 'pm25',
  datastream: null,
  limit: 50,
  aqiLevel: null,
  silenceMinutes: null,
  webhookUrl: null,
  enabled: true,
  version: 1,
  ...over,
});
const facts = { datastream: 7, thing: 3, thingName: 'AQ-03', quantity: 'pm25', unit: 'µg/m³', value: 60, time: '2026-01-01T00:00:00Z' };

describe('validateAlertRule', () => {
  it('accepts each kind and fills optional fields with null', () => {
    expect(validateAlertRule({ name: 'PM', kind: 'threshold', quantity: 'pm25', limit: 50 })).toMatchObject({ ok: true, rule: { thing: null, webhookUrl: null, enabled: true } });
    expect(validateAlertRule({ name: 'AQI', kind: 'aqi', aqiLevel: 4, thing: 2 }).ok).toBe(true);
    expect(validateAlertRule({ name: 'quiet', kind: 'silence', silenceMinutes: 15, webhookUrl: 'http://127.0.0.1:9/x' }).ok).toBe(true);
  });

  it.each([
    [{ kind: 'threshold', quantity: 'pm25', limit: 1 }, 'name'],
    [{ name: 'x', kind: 'rain' }, 'kind'],
    [{ name: 'x', kind: 'threshold', quantity: 'pm25' }, 'limit'],
    [{ name: 'x', kind: 'threshold', limit: 3 }, 'quantity'],
    [{ name: 'x', kind: 'aqi', aqiLevel: 9 }, 'aqiLevel'],
    [{ name: 'x', kind: 'aqi', aqiLevel: 3, limit: 4 }, 'limit'],
    [{ name: 'x', kind: 'silence', silenceMinutes: 0 }, 'silenceMinutes'],
    [{ name: 'x', kind: 'silence', silenceMinutes: 5, webhookUrl: 'ftp://x' }, 'webhookUrl'],
    [{ name: 'x', kind: 'silence', silenceMinutes: 5, thing: -1 }, 'thing'],
    [{ name: 'x', kind: 'silence', silenceMinutes: 5, colour: 'red' }, 'colour'],
  ])('rejects %j naming %s', (body, field) => {
    const v = validateAlertRule(body);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.field).toBe(field);
  });
});

describe('evaluateObservation', () => {
  it('threshold: active above the limit, per thing and datastream', () => {
    const [v] = evaluateObservation([rule({})], facts, () => null);
    expect(v).toMatchObject({ key: '1:3:7', active: true, value: 60 });
    expect(v.message).toContain('60 µg/m³ > 50');
    expect(evaluateObservation([rule({})], { ...facts, value: 50 }, () => null)[0].active).toBe(false);
  });

  it('watches only matching things, quantities, datastreams and enabled rules', () => {
    expect(ruleWatches(rule({ thing: 4 }), facts)).toBe(false);
    expect(ruleWatches(rule({ quantity: 'no2' }), facts)).toBe(false);
    expect(ruleWatches(rule({ quantity: null, datastream: 7 }), facts)).toBe(true);
    expect(ruleWatches(rule({ enabled: false }), facts)).toBe(false);
  });

  it('aqi: active when the station category reaches the rule level', () => {
    const r = rule({ kind: 'aqi', quantity: null, limit: null, aqiLevel: 4 });
    expect(evaluateObservation([r], facts, () => ({ aqi: 160, level: 4 }))[0]).toMatchObject({ key: '1:3:', active: true, aqi: 160 });
    expect(evaluateObservation([r], facts, () => ({ aqi: 120, level: 3 }))[0].active).toBe(false);
    expect(evaluateObservation([r], { ...facts, quantity: 'humidity' }, () => ({ aqi: 200, level: 4 }))).toEqual([]);
  });
});

describe('evaluateSilence and risingEdges', () => {
  it('opens once per episode and again after the condition cleared', () => {
    const r = rule({ kind: 'silence', quantity: null, limit: null, silenceMinutes: 10 });
    const stream = { datastream: 7, thing: 3, thingName: 'AQ-03', quantity: 'pm25', lastMs: 0 };
    const active = new Set<string>();
    const at = (min: number) => risingEdges(evaluateSilence([r], [stream], min * 60_000), active);
    expect(at(5)).toEqual([]);
    expect(at(11)).toHaveLength(1);
    expect(at(12)).toEqual([]);
    const fresh = { ...stream, lastMs: 12 * 60_000 };
    expect(risingEdges(evaluateSilence([r], [fresh], 13 * 60_000), active)).toEqual([]);
    expect(active.size).toBe(0);
    expect(risingEdges(evaluateSilence([r], [fresh], 30 * 60_000), active)[0].message).toContain('silent for 18 min');
  });
});

describe('stationAqi', () => {
  it('uses NowCast for PM and the current hourly mean for gases', () => {
    const means = new HourlyMeans();
    const t = Date.parse('2026-01-01T10:30:00Z');
    // PM2.5 constant 60 µg/m³ for 3 hours → NowCast 60 → 100 + (150−100)/(80−50)·(60−50) = 116.7 → 117;
    // NO2 40 µg/m³ (current hour) → 50/100·40 = 20
    for (let h = 0; h < 3; h++) means.add(1, t - h * 3600_000, 60);
    means.add(2, t, 40);
    const result = stationAqi(means, { pm25: 1, no2: 2 }, t);
    expect(result.overall).not.toBeNull();
    expect(result.byPollutant.pm25?.aqi).toBe(117);
    expect(result.byPollutant.no2?.aqi).toBe(20);
    expect(result.overall?.dominant).toBe('pm25');
    // one hour of PM only: NowCast needs 2 of the last 3 hours → no AQI
    const sparse = new HourlyMeans();
    sparse.add(1, t, 60);
    expect(stationAqi(sparse, { pm25: 1 }, t).overall).toBeNull();
  });
});
