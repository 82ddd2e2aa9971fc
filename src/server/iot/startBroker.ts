/**
 * The MQTT broker: embedded aedes on `MQTT_PORT` by default; with `MQTT_URL` an external broker
 * (Mosquitto, EMQX) is used instead and nothing is started here.
 */
import { Aedes } from 'aedes';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { StartupError } from '../StartupError.ts';

/** What `/api/health` reports about the broker. */
export interface BrokerInfo {
  /** `aedes` (embedded) or `external`. */
  kind: 'aedes' | 'external';
  /** `mqtt://host:port` clients connect to. */
  url: string;
  /** Connected clients (embedded broker only). */
  clients?: number;
}

/** A running (or referenced) broker. */
export interface Broker {
  info(): BrokerInfo;
  /** The embedded broker instance, when embedded. */
  aedes?: Aedes;
  close(): Promise<void>;
}

/** Starts the embedded broker on `port` (0 = free port), or refers to `externalUrl`. */
export async function startBroker(options: { port: number; host: string; externalUrl?: string }): Promise<Broker> {
  if (options.externalUrl) {
    const url = options.externalUrl;
    return { info: () => ({ kind: 'external', url }), close: async () => undefined };
  }
  const aedes = await Aedes.createBroker();
  const server: Server = createServer(aedes.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`MQTT port ${options.port} is already in use; stop the other broker, set MQTT_PORT to a free port, or set MQTT_URL to use that broker`)
          : error,
      );
    });
    server.listen(options.port, options.host, () => resolve());
  }).catch(async (error) => {
    await new Promise<void>((resolve) => aedes.close(() => resolve()));
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  return {
    aedes,
    info: () => ({ kind: 'aedes', url: `mqtt://localhost:${port}`, clients: aedes.connectedClients }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
    },
  };
}
