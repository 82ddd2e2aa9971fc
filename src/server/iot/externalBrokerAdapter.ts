/**
 * Ingest from an external broker (`MQTT_URL`, e.g. Mosquitto): a persistent-session client
 * subscribes to `v1.1/+/Observations` at QoS 1 and acknowledges each message only after it was
 * stored (mqtt.js `handleMessage`), so the broker keeps unstored messages across our restarts.
 * mqtt.js handles incoming packets one at a time and sends the PUBACK when `handleMessage` calls
 * back, so waiting for the commit there would serialise ingest (one commit per message, a few
 * hundred/s). Instead each message goes to the group-commit writer and `handleMessage` returns at
 * once; the PUBACK mqtt.js then sends is held back (an interception of its `_sendPacket`, mqtt
 * 5.16.0 pinned) until the observation is committed, and PUBACKs leave in the order the PUBLISHes
 * arrived (MQTT §4.6). A failed commit (database unreachable) closes the connection with nothing
 * acknowledged after it and reconnects after {@link RETRY_MS}; the broker then redelivers.
 * Limits: device authentication is the broker's job (its ACLs); stored observations are
 * re-published on `v1.1/Datastreams(id)/Observations/stored` (subscribers of the raw topic get
 * the device's payload from the broker itself).
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { IPublishPacket } from 'mqtt';
import { OBSERVATION_TOPIC, observationTopic, type ObservationIngest } from './ObservationIngest.ts';

/** Wait before reconnecting after a failed commit. Default: 2 s. */
export const RETRY_MS = 2000;

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
  type Packet = { cmd: string; messageId?: number };
  type Send = (packet: Packet, cb?: (error?: Error) => void, ...rest: unknown[]) => void;
  interface Slot {
    settled: boolean;
    stored: boolean;
    puback?: Packet;
  }
  const inner = client as unknown as { _sendPacket: Send };
  const send: Send = inner._sendPacket.bind(client);
  const held = new Map<number, Slot>();
  const order: Slot[] = [];
  let failed = false;
  let closing = false;
  client.on('connect', () => {
    failed = false;
  });
  const flush = () => {
    while (order.length > 0 && order[0].settled && order[0].puback) {
      const slot = order.shift()!;
      if (!slot.stored) {
        // not stored: acknowledge nothing from here on; the broker redelivers after reconnect
        failed = true;
        order.length = 0;
        held.clear();
        client.end(true, {}, () => {
          if (!closing) setTimeout(() => !closing && client.reconnect(), RETRY_MS).unref();
        });
        return;
      }
      send(slot.puback!);
    }
  };
  inner._sendPacket = (packet, cb, ...rest) => {
    const slot = packet.cmd === 'puback' && packet.messageId !== undefined ? held.get(packet.messageId) : undefined;
    if (!slot) return send(packet, cb, ...rest);
    held.delete(packet.messageId!);
    slot.puback = packet;
    flush();
    cb?.(); // let mqtt.js go on with the next packet while this one commits
  };
  client.handleMessage = (packet: IPublishPacket, done) => {
    const match = OBSERVATION_TOPIC.exec(packet.topic);
    if (!match || failed) return done();
    const slot: Slot = { settled: false, stored: false };
    if (packet.qos === 1 && packet.messageId !== undefined) {
      held.set(packet.messageId, slot);
      order.push(slot);
    }
    options.ingest.handleWith(Number(match[1]), packet.payload as Buffer, server, (error, result) => {
      slot.settled = true;
      if (error === undefined) {
        if (result!.ok) client.publish(`${observationTopic(Number(match[1]))}/stored`, result!.entityJson, { qos: 0 });
        slot.stored = true;
      }
      flush();
    });
    done();
  };
  await client.subscribeAsync('v1.1/+/Observations', { qos: 1, nl: true });
  return {
    publish: (id, entity) => void client.publish(observationTopic(id), JSON.stringify(entity), { qos: 1 }),
    close: () => {
      closing = true;
      return client.endAsync();
    },
  };
}
