/**
 * Evaluates alert rules: on every committed observation (threshold and AQI rules, in the
 * background so ingest never waits) and on a timer (silence rules). A condition that becomes true
 * opens one alert (stored, pushed to `/api/live` as `{type: 'alert', action: 'opened', alert}`,
 * and sent to the rule's webhook); it opens again only after the condition cleared.
 */
import type { Database } from '../db/Database.ts';
import type { LiveEvent } from '../push/LiveHub.ts';
import type { CreatedObservation } from '../sta/createEntity.ts';
import { evaluateObservation, evaluateSilence, risingEdges, type LastSeen, type Verdict } from '../../environment/alerts/evaluateRules.ts';
import { HourlyMeans, KEEP_HOURS } from '../../environment/alerts/HourlyMeans.ts';
import { isAqiQuantity, stationAqi } from '../../environment/alerts/stationAqi.ts';
import { listRules, type StoredRule } from './alertRuleStore.ts';
import { openAlert, type Alert } from './alertStore.ts';
import { DatastreamFactsCache, FACTS_TTL_MS, type DatastreamFacts } from './datastreamFacts.ts';
import type { WebhookSender } from './WebhookSender.ts';

/** How often silence rules are checked. Default: 30 s. */
export const SILENCE_CHECK_MS = 30_000;

/** The rule evaluator of one server. */
export class AlertEngine {
  private rules: StoredRule[] = [];
  private readonly active = new Set<string>();
  private readonly means = new HourlyMeans();
  private readonly facts: DatastreamFactsCache;
  private readonly pollutants = new Map<number, { at: number; value: Record<string, number> }>();
  private chain: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      db: Database;
      publish: (event: LiveEvent) => void;
      webhooks: WebhookSender;
      onError?: (error: unknown) => void;
      silenceCheckMs?: number;
    },
  ) {
    this.facts = new DatastreamFactsCache(deps.db);
  }

  /** Loads the rules and starts the silence timer. */
  async start(): Promise<void> {
    await this.reloadRules();
    const every = this.deps.silenceCheckMs ?? SILENCE_CHECK_MS;
    const tick = () => {
      this.enqueue(() => this.checkSilence(Date.now()));
      this.timer = setTimeout(tick, every);
      this.timer.unref();
    };
    this.timer = setTimeout(tick, every);
    this.timer.unref();
  }

  /** Re-reads the rules (after a change through the API) and checks silence rules at once. */
  async reloadRules(): Promise<void> {
    this.rules = await listRules(this.deps.db);
    const ids = new Set(this.rules.map((r) => `${r.id}:`));
    for (const key of this.active) if (!ids.has(key.slice(0, key.indexOf(':') + 1))) this.active.delete(key);
    this.enqueue(() => this.checkSilence(Date.now()));
  }

  /** Ingest listener: queues the evaluation of `created`; returns at once. */
  onObservations(created: CreatedObservation[]): void {
    if (!this.rules.some((r) => r.enabled && r.kind !== 'silence')) return;
    this.enqueue(() => this.evaluate(created));
  }

  /** Waits for queued evaluations (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  /** Stops the timer and waits for queued work. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.chain;
  }

  private enqueue(work: () => Promise<void>): void {
    this.chain = this.chain.then(work).catch((error: unknown) => this.deps.onError?.(error));
  }

  private async evaluate(created: CreatedObservation[]): Promise<void> {
    const rules = this.rules.filter((r) => r.enabled && r.kind !== 'silence');
    if (rules.length === 0) return;
    const numeric = created.filter((c) => c.row.resultNumber !== null);
    const facts = await this.facts.load(numeric.map((c) => c.row.datastreamId));
    const wantsAqi = rules.some((r) => r.kind === 'aqi');
    const verdicts: Verdict[] = [];
    for (const c of numeric) {
      const f = facts.get(c.row.datastreamId);
      if (!f) continue;
      const t = Date.parse(c.row.phenomenonTime);
      let aqi: { aqi: number; level: number } | null = null;
      if (wantsAqi && isAqiQuantity(f.quantity)) {
        await this.seed(f.datastream, c.id);
        this.means.add(f.datastream, t, c.row.resultNumber!);
        aqi = await this.stationAqiOf(f, t, c.id);
      }
      verdicts.push(...evaluateObservation(rules, { ...f, value: c.row.resultNumber, time: c.row.phenomenonTime }, () => aqi));
    }
    const observedAt = new Map(numeric.map((c) => [c.row.datastreamId, c.row.phenomenonTime]));
    await this.open(risingEdges(verdicts, this.active), (v) => this.factsOfVerdict(v, facts, observedAt));
  }

  private factsOfVerdict(v: Verdict, facts: Map<number, DatastreamFacts>, observedAt: Map<number, string>) {
    const [, thing, ds] = v.key.split(':');
    const f = ds ? facts.get(Number(ds)) : [...facts.values()].find((x) => x.thing === Number(thing));
    return { thing: Number(thing), thingName: f?.thingName ?? null, datastream: ds ? Number(ds) : null, quantity: ds ? (f?.quantity ?? null) : null, observedAt: ds ? (observedAt.get(Number(ds)) ?? null) : null };
  }

  private async stationAqiOf(f: DatastreamFacts, tMs: number, beforeId: number): Promise<{ aqi: number; level: number } | null> {
    let cached = this.pollutants.get(f.thing);
    if (!cached || cached.at < Date.now() - FACTS_TTL_MS) {
      cached = { at: Date.now(), value: await this.facts.pollutantsOf(f.thing) };
      this.pollutants.set(f.thing, cached);
    }
    for (const ds of Object.values(cached.value)) await this.seed(ds, beforeId);
    const result = stationAqi(this.means, cached.value, tMs);
    return result.overall ? { aqi: result.overall.aqi, level: result.overall.category.level } : null;
  }

  /** Loads a Datastream's hourly means of the last hours from the database, once. */
  private async seed(datastream: number, beforeId: number): Promise<void> {
    if (this.means.has(datastream)) return;
    this.means.touch(datastream);
    const rows = await this.deps.db.query<{ hour: number; sum: number; n: number }>(
      `SELECT floor(extract(epoch FROM phenomenon_time) / 3600)::bigint AS hour, sum(result_number) AS sum, count(result_number)::int AS n
         FROM sta_observations WHERE datastream_id = $1 AND phenomenon_time > now() - make_interval(hours => $2) AND id < $3 GROUP BY 1`,
      [datastream, KEEP_HOURS + 1, beforeId],
    );
    for (const r of rows) if (Number(r.n) > 0) this.means.add(datastream, Number(r.hour) * 3_600_000, Number(r.sum), Number(r.n));
  }

  private async checkSilence(nowMs: number): Promise<void> {
    const rules = this.rules.filter((r) => r.enabled && r.kind === 'silence');
    if (rules.length === 0) return;
    const rows = await this.deps.db.query<{ id: number; thing_id: number; thing_name: string; quantity: string | null; last: string | Date | null }>(
      `SELECT d.id, d.thing_id, t.name AS thing_name, d.properties->>'quantity' AS quantity,
              (SELECT max(o.phenomenon_time) FROM sta_observations o WHERE o.datastream_id = d.id) AS last
         FROM sta_datastreams d JOIN sta_things t ON t.id = d.thing_id`,
    );
    const streams: LastSeen[] = rows
      .filter((r) => r.last !== null)
      .map((r) => ({ datastream: Number(r.id), thing: Number(r.thing_id), thingName: r.thing_name, quantity: r.quantity, lastMs: new Date(r.last!).getTime() }));
    const byDs = new Map(streams.map((s) => [s.datastream, s]));
    await this.open(risingEdges(evaluateSilence(rules, streams, nowMs), this.active), (v) => {
      const s = byDs.get(Number(v.key.split(':')[2]))!;
      return { thing: s.thing, thingName: s.thingName, datastream: s.datastream, quantity: s.quantity, observedAt: new Date(s.lastMs).toISOString() };
    });
  }

  private async open(
    rising: Verdict[],
    details: (v: Verdict) => { thing: number; thingName: string | null; datastream: number | null; quantity: string | null; observedAt: string | null },
  ): Promise<void> {
    for (const v of rising) {
      const d = details(v);
      const alert: Alert | undefined = await openAlert(this.deps.db, {
        ruleId: v.rule.id,
        ruleName: v.rule.name,
        kind: v.rule.kind,
        dedupeKey: v.key,
        ...d,
        value: v.value,
        limit: v.rule.kind === 'threshold' ? v.rule.limit : v.rule.kind === 'silence' ? v.rule.silenceMinutes : v.rule.aqiLevel,
        aqi: v.aqi,
        message: v.message,
        webhook: v.rule.webhookUrl !== null,
      });
      if (!alert) continue;
      this.deps.publish({ type: 'alert', action: 'opened', alert });
      if (v.rule.webhookUrl) this.deps.webhooks.send(v.rule.webhookUrl, alert);
    }
  }
}
