/**
 * The one ingest path for observations arriving over MQTT (embedded or external broker): parse,
 * check the publisher may write the Datastream, validate (same rules as HTTP), store through the
 * group-commit writer, count, and announce. Resolves only after commit; never throws for bad data.
 */
import { DatastreamCache } from '../sta/DatastreamCache.ts';
import type { CreatedObservation } from '../sta/createEntity.ts';
import { prepareObservation, type RejectReason } from '../sta/prepareObservation.ts';
import type { IngestStats } from './IngestStats.ts';
import type { MqttPrincipal } from './mqttClients.ts';
import type { ObservationWriter } from './ObservationWriter.ts';

/** Topic of a Datastream's observations; group 1 is the id. */
export const OBSERVATION_TOPIC = /^v1\.1\/Datastreams\((\d+)\)\/Observations$/;

/** The MQTT topic for Datastream `id`. */
export function observationTopic(id: number): string {
  return `v1.1/Datastreams(${id})/Observations`;
}

/** Outcome of one message: stored (with the entity JSON for subscribers) or rejected. */
export type IngestResult = { ok: true; entity: Record<string, unknown>; created: CreatedObservation } | { ok: false; reason: RejectReason; message: string };

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
  async handle(datastreamId: number, payload: Buffer | string, principal: MqttPrincipal | undefined): Promise<IngestResult> {
    const reject = (reason: RejectReason, message: string): IngestResult => {
      this.deps.stats.reject(reason, message);
      return { ok: false, reason, message };
    };
    if (!principal) return reject('unauthorized', `anonymous publish to Datastream(${datastreamId})`);
    if (principal.allowed && !principal.allowed.has(datastreamId)) return reject('not_allowed', `${principal.username} may not publish to Datastream(${datastreamId})`);
    let body: unknown;
    try {
      body = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'));
    } catch {
      return reject('bad_json', `payload to Datastream(${datastreamId}) is not JSON`);
    }
    const ds = await this.deps.cache.get(datastreamId);
    if (!ds) return reject('unknown_datastream', `there is no Datastream(${datastreamId})`);
    const prepared = prepareObservation(body, ds, Date.now());
    if (!prepared.ok) return reject(prepared.reason, prepared.message);
    const id = await this.deps.writer.submit(prepared.row);
    if (id === null) return reject('duplicate', `Datastream(${ds.id}) already has an observation at ${prepared.row.phenomenonTime}`);
    const created: CreatedObservation = { id, thingId: ds.thingId, row: prepared.row };
    this.deps.stats.accept(1);
    this.deps.onCommitted(created);
    return { ok: true, entity: observationEntity(created), created };
  }
}
