/**
 * Ingest from an external broker (`MQTT_URL`, e.g. Mosquitto): a persistent-session client
 * subscribes to `v1.1/+/Observations` at QoS 1 and acknowledges each message only after it was
 * stored (mqtt.js `handleMessage`), so the broker keeps unstored messages across our restarts.
 * Limits: device authentication is the broker's job (its ACLs); stored observations are
 * re-published on `v1.1/Datastreams(id)/Observations/stored` (subscribers of the raw topic get
 * the device's payload from the broker itself).
 */
import mqtt, { type MqttClient } from 'mqtt';
import { OBSERVATION_TOPIC, observationTopic, type ObservationIngest } from './ObservationIngest.ts';

/** A connected adapter. */
export interface ExternalBrokerAdapter {
  /** Publishes an Observation entity (created over HTTP) for subscribers. */
  publish(datastreamId: number, entity: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** Connects to `url` and starts ingesting; `username`/`password` are the server's broker login. */
export async function startExternalBrokerAdapter(options: { url: string; ingest: ObservationIngest; clientId?: string; username?: string; password?: string }): Promise<ExternalBrokerAdapter> {
  const client: MqttClient = await mqtt.connectAsync(options.url, {
    clientId: options.clientId ?? 'hue-twin-ingest',
    clean: false,
    protocolVersion: 5,
    username: options.username,
    password: options.password,
    reconnectPeriod: 2000,
  });
  const server = { username: 'external-broker', kind: 'admin' as const };
  client.handleMessage = (packet, done) => {
    const match = OBSERVATION_TOPIC.exec(packet.topic);
    if (!match) return done();
    options.ingest.handle(Number(match[1]), packet.payload as Buffer, server).then(
      (result) => {
        if (result.ok) client.publish(`${observationTopic(Number(match[1]))}/stored`, JSON.stringify(result.entity), { qos: 0 });
        done();
      },
      // not stored: leave it unacknowledged; the broker redelivers after reconnect
      (error: unknown) => client.end(true, undefined, () => done(error instanceof Error ? error : new Error(String(error)))),
    );
  };
  await client.subscribeAsync('v1.1/+/Observations', { qos: 1, nl: true });
  return {
    publish: (id, entity) => void client.publish(observationTopic(id), JSON.stringify(entity), { qos: 1 }),
    close: () => client.endAsync(),
  };
}
