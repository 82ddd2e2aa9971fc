/**
 * The one ingest path for observations arriving over MQTT (embedded or external broker): parse,
 * check the publisher may write the Datastream, validate (same rules as HTTP), store through the
 * group-commit writer, count, and announce. Resolves only after commit; never throws for bad data.
 */
import { DatastreamCache } from '../sta/DatastreamCache.ts';
import type { CreatedObservation } from '../sta/createEntity.ts';
import { prepareObservation, type DatastreamInfo, type RejectReason } from '../sta/prepareObservation.ts';
import type { IngestStats } from './IngestStats.ts';
import type { MqttPrincipal } from './mqttClients.ts';
import type { ObservationWriter } from './ObservationWriter.ts';

/** Topic of a Datastream's observations; group 1 is the id. */
export const OBSERVATION_TOPIC = /^v1\.1\/Datastreams\((\d+)\)\/Observations$/;

/** The MQTT topic for Datastream `id`. */
export function observationTopic(id: number): string {
  return `v1.1/Datastreams(${id})/Observations`;
}

/** Outcome of one message: stored (with the entity JSON text for subscribers) or rejected. */
export type IngestResult = { ok: true; entityJson: string; created: CreatedObservation } | { ok: false; reason: RejectReason; message: string };

/** The Observation JSON sent to MQTT subscribers. */
export function observationEntity(created: CreatedObservation): Record<string, unknown> {
  const r = created.row;
  return {
    '@iot.id': created.id,
    '@iot.selfLink': `/api/sta/v1.1/Observations(${created.id})`,
    phenomenonTime: r.phenomenonTimeEnd ? `${r.phenomenonTime}/${r.phenomenonTimeEnd}` : r.phenomenonTime,
    resultTime: r.resultTime,
    result: r.resultNumber ?? r.resultJson,
    ...(r.resultQuality !== null ? { resultQuality: r.resultQuality } : {}),
    ...(r.parameters !== null ? { parameters: r.parameters } : {}),
    'Datastream@iot.navigationLink': `/api/sta/v1.1/Datastreams(${r.datastreamId})`,
  };
}

/**
 * `JSON.stringify(observationEntity(created))`, written out directly: the per-message path of MQTT
 * ingest builds no intermediate object. Times are normalised ISO strings (nothing to escape).
 */
export function observationEntityJson(created: CreatedObservation): string {
  const r = created.row;
  const time = r.phenomenonTimeEnd ? `${r.phenomenonTime}/${r.phenomenonTimeEnd}` : r.phenomenonTime;
  const result = r.resultNumber !== null ? String(r.resultNumber) : JSON.stringify(r.resultJson ?? null);
  return (
    `{"@iot.id":${created.id},"@iot.selfLink":"/api/sta/v1.1/Observations(${created.id})","phenomenonTime":"${time}",` +
    `"resultTime":${r.resultTime === null ? 'null' : `"${r.resultTime}"`},"result":${result}` +
    (r.resultQuality !== null ? `,"resultQuality":${JSON.stringify(r.resultQuality)}` : '') +
    (r.parameters !== null ? `,"parameters":${JSON.stringify(r.parameters)}` : '') +
    `,"Datastream@iot.navigationLink":"/api/sta/v1.1/Datastreams(${r.datastreamId})"}`
  );
}

/** Validates and stores MQTT observations. */
export class ObservationIngest {
  constructor(
    private readonly deps: {
      cache: DatastreamCache;
      writer: ObservationWriter;
      stats: IngestStats;
      /** Called after commit (live push). */
      onCommitted: (created: CreatedObservation) => void;
    },
  ) {}

  /** Handles one payload published to Datastream `datastreamId` by `principal`. DB failures reject. */
  handle(datastreamId: number, payload: Buffer | string, principal: MqttPrincipal | undefined): Promise<IngestResult> {
    return new Promise((resolve, reject) => this.handleWith(datastreamId, payload, principal, (error, result) => (error === undefined ? resolve(result!) : reject(error))));
  }

  /**
   * {@link handle} with a callback: `done(undefined, result)` once stored or rejected, `done(error)`
   * when the database failed. Runs for every observation at tens of thousands per second, so with
   * the Datastream cached it makes no promise of its own (the writer calls back after the commit).
   */
  handleWith(datastreamId: number, payload: Buffer | string, principal: MqttPrincipal | undefined, done: (error: unknown, result?: IngestResult) => void): void {
    if (!principal) return done(undefined, this.reject('unauthorized', `anonymous publish to Datastream(${datastreamId})`));
    if (principal.allowed && !principal.allowed.has(datastreamId)) return done(undefined, this.reject('not_allowed', `${principal.username} may not publish to Datastream(${datastreamId})`));
    let body: unknown;
    try {
      body = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'));
    } catch {
      return done(undefined, this.reject('bad_json', `payload to Datastream(${datastreamId}) is not JSON`));
    }
    const cached = this.deps.cache.peek(datastreamId);
    if (cached) return this.store(body, cached, done);
    this.deps.cache.get(datastreamId).then(
      (ds) => (ds ? this.store(body, ds, done) : done(undefined, this.reject('unknown_datastream', `there is no Datastream(${datastreamId})`))),
      (error: unknown) => done(error ?? new Error('Datastream lookup failed')),
    );
  }

  private store(body: unknown, ds: DatastreamInfo, done: (error: unknown, result?: IngestResult) => void): void {
    let prepared: ReturnType<typeof prepareObservation>;
    try {
      prepared = prepareObservation(body, ds, Date.now());
    } catch (error) {
      return done(error ?? new Error('observation check failed'));
    }
    if (!prepared.ok) return done(undefined, this.reject(prepared.reason, prepared.message));
    const row = prepared.row;
    this.deps.writer.submitWith(row, (error, id) => {
      if (error !== undefined) return done(error);
      if (id === null) return done(undefined, this.reject('duplicate', `Datastream(${ds.id}) already has an observation at ${row.phenomenonTime}`));
      const created: CreatedObservation = { id, thingId: ds.thingId, row };
      this.deps.stats.accept(1);
      let entityJson: string;
      try {
        this.deps.onCommitted(created);
        entityJson = observationEntityJson(created);
      } catch (failure) {
        return done(failure ?? new Error('announcing the observation failed'));
      }
      done(undefined, { ok: true, entityJson, created });
    });
  }

  private reject(reason: RejectReason, message: string): IngestResult {
    this.deps.stats.reject(reason, message);
    return { ok: false, reason, message };
  }
}
