/**
 * aedes hooks for the embedded broker: `authenticate` (devices from `mqtt_clients`, admin users;
 * anonymous clients may connect and subscribe but not publish), `authorizePublish` that stores an
 * observation BEFORE calling back — so the QoS 1 PUBACK leaves only after the commit — and
 * `authorizeForward` that drops rejected messages, so subscribers only see stored observations
 * (as the stored entity JSON, with its `@iot.id`).
 */
import type { Aedes, AuthenticateError, Client } from 'aedes';
import type { Database } from '../db/Database.ts';
import { authenticateMqtt, type MqttPrincipal } from './mqttClients.ts';
import { OBSERVATION_TOPIC, type ObservationIngest } from './ObservationIngest.ts';

/** Marker payload of a rejected message: acknowledged (so the device moves on), never forwarded. */
const DROPPED = Buffer.from('');

/** Installs the hooks on `aedes`. */
export function installBrokerHooks(aedes: Aedes, deps: { db: Database; ingest: ObservationIngest; onError?: (error: unknown) => void }): void {
  const principals = new WeakMap<Client, MqttPrincipal>();

  aedes.authenticate = (client, username, password, done) => {
    if (username === undefined || username === '') return done(null, true);
    authenticateMqtt(deps.db, username, password?.toString('utf8') ?? '').then(
      (principal) => {
        if (!principal) {
          const error = Object.assign(new Error('bad MQTT username or password'), { returnCode: 4 }) as AuthenticateError;
          return done(error, false);
        }
        principals.set(client, principal);
        done(null, true);
      },
      (error: unknown) => {
        deps.onError?.(error);
        done(Object.assign(new Error('server unavailable'), { returnCode: 3 }) as AuthenticateError, false);
      },
    );
  };

  aedes.authorizePublish = (client, packet, callback) => {
    if (!client) return callback(null);
    const principal = principals.get(client);
    const match = OBSERVATION_TOPIC.exec(packet.topic);
    if (!match) {
      if (packet.topic.startsWith('$SYS')) return callback(new Error('$SYS topics are reserved'));
      return callback(principal ? null : new Error('anonymous clients may not publish'));
    }
    if (!principal) {
      void deps.ingest.handle(Number(match[1]), packet.payload as Buffer, undefined);
      return callback(new Error('anonymous clients may not publish'));
    }
    deps.ingest.handleWith(Number(match[1]), packet.payload as Buffer, principal, (error, result) => {
      if (error !== undefined) {
        deps.onError?.(error);
        // not stored → no PUBACK; the client disconnects and retransmits later
        return callback(error instanceof Error ? error : new Error(String(error)));
      }
      packet.retain = false;
      packet.payload = result!.ok ? Buffer.from(result!.entityJson) : DROPPED;
      callback(null);
    });
  };

  aedes.authorizeForward = (_client, packet) => (packet.payload === DROPPED ? null : packet);
}
