/**
 * Wires the IoT platform into a server: SensorThings routes, MQTT ingest (hooks on the embedded
 * aedes, or a client of the external broker), the `/api/live` WebSocket and its hub. Call after
 * `installProblemHandler` and `authRoutes`, before `app.listen`; `close()` before the broker and
 * database close.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/Database.ts';
import { LiveHub, type LiveEvent, type ObservationEvent } from '../push/LiveHub.ts';
import { liveRoutes } from '../push/liveRoutes.ts';
import type { CreatedObservation } from '../sta/createEntity.ts';
import { DatastreamCache } from '../sta/DatastreamCache.ts';
import { staRoutes } from '../sta/staRoutes.ts';
import { startExternalBrokerAdapter, type ExternalBrokerAdapter } from './externalBrokerAdapter.ts';
import { IngestStats, type IngestSnapshot } from './IngestStats.ts';
import { installBrokerHooks } from './installBrokerHooks.ts';
import { ObservationIngest, observationEntity, observationEntityJson, observationTopic } from './ObservationIngest.ts';
import { ObservationWriter } from './ObservationWriter.ts';
import type { Broker } from './startBroker.ts';

/** The running IoT platform. */
export interface Iot {
  /** Ingest counters for `/api/health` (accepted since start, rejected per reason). */
  ingestStats(): IngestSnapshot & { live: { clients: number; messagesSent: number } };
  /** Pushes any event to every browser on `/api/live` (e.g. `{type: 'tileset', name}`). */
  publish(event: LiveEvent): void;
  /** The hub itself (for other server parts that push). */
  hub: LiveHub;
  /** Calls `listener` after every commit with the observations stored (MQTT and HTTP alike); returns an unsubscribe. */
  onObservations(listener: (created: CreatedObservation[]) => void): () => void;
  /** Finishes pending writes and stops the external-broker client. */
  close(): Promise<void>;
}

/** The compact push event for a stored observation. */
export function observationEvent(created: CreatedObservation): ObservationEvent {
  const r = created.row;
  return { type: 'observation', id: created.id, ds: r.datastreamId, thing: created.thingId, t: r.phenomenonTime, result: r.resultNumber ?? r.resultJson };
}

/** Starts SensorThings + MQTT ingest + live push on `app`. */
export async function startIot(options: { app: FastifyInstance; db: Database; broker: Broker; config: Pick<Config, 'mqttUrl'> }): Promise<Iot> {
  const { app, db, broker } = options;
  const stats = await IngestStats.load(db);
  const cache = new DatastreamCache(db);
  const writer = new ObservationWriter(db);
  const hub = new LiveHub();
  const listeners = new Set<(created: CreatedObservation[]) => void>();
  const notify = (created: CreatedObservation[]) => listeners.forEach((listener) => listener(created));
  const ingest = new ObservationIngest({
    cache,
    writer,
    stats,
    onCommitted: (c) => {
      hub.publish(observationEvent(c));
      notify([c]);
    },
  });
  let external: ExternalBrokerAdapter | undefined;
  const onError = (error: unknown) => app.log.error(error);

  if (broker.aedes) installBrokerHooks(broker.aedes, { db, ingest, onError });
  else if (options.config.mqttUrl) external = await startExternalBrokerAdapter({ url: options.config.mqttUrl, ingest });

  staRoutes(app, {
    db,
    cache,
    mqttUrl: () => broker.info().url,
    onReject: (reason, message) => stats.reject(reason, message),
    onObservations: (created) => {
      stats.accept(created.length);
      for (const c of created) {
        hub.publish(observationEvent(c));
        if (broker.aedes) broker.aedes.publish({ cmd: 'publish', topic: observationTopic(c.row.datastreamId), payload: observationEntityJson(c), qos: 0, retain: false, dup: false }, () => undefined);
        else external?.publish(c.row.datastreamId, observationEntity(c));
      }
      notify(created);
    },
  });
  liveRoutes(app, { hub });

  return {
    ingestStats: () => ({ ...stats.snapshot(), live: hub.stats() }),
    publish: (event) => hub.publish(event),
    hub,
    onObservations: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      await writer.drain();
      await stats.flush();
      await external?.close();
    },
  };
}
