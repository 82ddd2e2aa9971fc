/**
 * The running simulator: provisions the synthetic network, backfills history, then gives every
 * device its own MQTT connection (its own credentials) to the broker and publishes each reading at
 * QoS 1 to `v1.1/Datastreams({id})/Observations` — exactly what a real device does; the server
 * stores it through the normal ingest path. Stations read every `intervalSeconds` (phases spread
 * so the load is even), river sensors every 2×, trucks every ½× (≥ 5 s).
 */
import mqtt, { type MqttClient } from 'mqtt';
import type { Database } from '../db/Database.ts';
import { observationTopic } from '../iot/ObservationIngest.ts';
import { uniform } from '../../environment/simulator/deterministicNoise.ts';
import type { EmissionSource } from '../../environment/simulator/emissionSource.ts';
import { deviceOutput, SIMULATED_DEVICES, type SimulatedDevice } from '../../environment/simulator/simulatedDevice.ts';
import { backfillHistory } from './backfillHistory.ts';
import { deviceUsername, ensureDeviceCredentials } from './deviceCredentials.ts';
import { provisionNetwork, type ProvisionedDevice } from './provisionNetwork.ts';

/** How long one device waits for the broker's CONNACK, ms. Default 15,000. */
const CONNECT_TIMEOUT_MS = 15_000;
/** Connect attempts per device before the simulator reports `failed`. Default 5. */
const CONNECT_ATTEMPTS = 5;

/** What `GET /api/environment/simulator` reports. */
export interface SimulatorStatus {
  enabled: boolean;
  /** `starting`, `running`, `stopped`, `failed` (then `error` says why), or `off`. */
  state: 'off' | 'starting' | 'running' | 'stopped' | 'failed';
  seed: number;
  intervalSeconds: number;
  devices: { stations: number; waterSensors: number; trucks: number };
  /** Observations published over MQTT (acknowledged by the broker) since start. */
  published: number;
  /** Publishes that failed (broker down, refused). */
  failed: number;
  lastPublishAt: string | null;
  /** Observations stored by the backfill on this start. */
  backfilled: number;
  /** Start-up phases, ms: provisioning Things, backfill, device credentials, MQTT connections. */
  startupMs: { provision?: number; backfill?: number; credentials?: number; connect?: number };
  error?: string;
}

/** Settings of {@link Simulator}. */
export interface SimulatorOptions {
  db: Database;
  /** Broker URL devices connect to (`mqtt://localhost:1883`). */
  brokerUrl: () => string;
  dataDir: string;
  sources: readonly EmissionSource[];
  seed: number;
  intervalSeconds: number;
  backfillHours: number;
  devices?: readonly SimulatedDevice[];
  /** One line per step (provisioning, backfill) and per problem. */
  log?: (line: string) => void;
}

/** The synthetic sensor network, publishing over MQTT. */
export class Simulator {
  private readonly clients: MqttClient[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private stopped = false;
  private readonly state: SimulatorStatus;
  /** Resolves once provisioning and backfill are done and devices publish (or it failed). */
  readonly ready: Promise<void>;

  constructor(private readonly options: SimulatorOptions) {
    const devices = options.devices ?? SIMULATED_DEVICES;
    this.state = {
      enabled: true,
      state: 'starting',
      seed: options.seed,
      intervalSeconds: options.intervalSeconds,
      devices: {
        stations: devices.filter((d) => d.kind === 'air-quality').length,
        waterSensors: devices.filter((d) => d.kind === 'water-quality').length,
        trucks: devices.filter((d) => d.kind === 'waste-truck').length,
      },
      published: 0,
      failed: 0,
      lastPublishAt: null,
      backfilled: 0,
      startupMs: {},
    };
    this.ready = this.start(devices).catch((error: unknown) => {
      this.state.state = 'failed';
      this.state.error = error instanceof Error ? error.message : String(error);
      options.log?.(`simulator failed: ${this.state.error}`);
    });
  }

  /** Current counters. */
  status(): SimulatorStatus {
    return { ...this.state, devices: { ...this.state.devices }, startupMs: { ...this.state.startupMs } };
  }

  /** Stops publishing and disconnects the devices. */
  async close(): Promise<void> {
    this.stopped = true;
    await this.ready;
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
    await Promise.all(this.clients.map((c) => c.endAsync().catch(() => undefined)));
    this.state.state = 'stopped';
  }

  private async start(devices: readonly SimulatedDevice[]): Promise<void> {
    const { db, log } = this.options;
    let t = performance.now();
    const lap = (phase: keyof SimulatorStatus['startupMs']) => {
      this.state.startupMs[phase] = Math.round(performance.now() - t);
      t = performance.now();
    };
    const provisioned = await provisionNetwork(db, devices);
    lap('provision');
    if (this.stopped) return;
    log?.(`simulator: ${provisioned.length} synthetic devices provisioned`);
    this.state.backfilled = await backfillHistory(db, provisioned, { seed: this.options.seed, sources: this.options.sources, hours: this.options.backfillHours, nowMs: Date.now() });
    lap('backfill');
    if (this.state.backfilled > 0) log?.(`simulator: backfilled ${this.state.backfilled} hourly observations`);
    const passwords = await ensureDeviceCredentials(
      db,
      this.options.dataDir,
      provisioned.map((p) => ({ code: p.device.code, datastreams: Object.values(p.datastreams) })),
    );
    lap('credentials');
    for (const p of provisioned) {
      if (this.stopped) return;
      const username = deviceUsername(p.device.code);
      const client = await this.connect(username, passwords.get(username));
      if (!client) return;
      this.clients.push(client);
      this.schedule(p, client);
    }
    lap('connect');
    this.state.state = this.stopped ? 'stopped' : 'running';
  }

  /**
   * Connects one device, trying again (up to CONNECT_ATTEMPTS) when the broker is slow to answer —
   * each CONNECT checks a scrypt password hash, and a busy machine starting 39 devices can take
   * longer than one connect timeout. Undefined when stopped meanwhile; throws after the last attempt.
   */
  private async connect(username: string, password: string | undefined): Promise<MqttClient | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await mqtt.connectAsync(this.options.brokerUrl(), { username, password, clientId: `${username}-${process.pid}`, reconnectPeriod: 5000, connectTimeout: CONNECT_TIMEOUT_MS });
      } catch (error) {
        if (this.stopped) return undefined;
        if (attempt >= CONNECT_ATTEMPTS) throw error;
        this.options.log?.(`simulator: ${username} could not connect (${(error as Error).message}); trying again`);
      }
    }
  }

  private periodMs(device: SimulatedDevice): number {
    const base = this.options.intervalSeconds * 1000;
    if (device.kind === 'water-quality') return 2 * base;
    if (device.kind === 'waste-truck') return Math.max(5000, base / 2);
    return base;
  }

  private schedule(p: ProvisionedDevice, client: MqttClient): void {
    const period = this.periodMs(p.device);
    const phase = uniform(this.options.seed, `${p.device.code}:phase`, 0) * period;
    const tick = () => {
      if (this.stopped) return;
      this.publish(p, client, Date.now());
      this.timers.set(p.device.code, setTimeout(tick, period));
    };
    this.timers.set(p.device.code, setTimeout(tick, phase));
  }

  private publish(p: ProvisionedDevice, client: MqttClient, now: number): void {
    const { results } = deviceOutput(p.device, this.options.seed, this.options.sources, now);
    const phenomenonTime = new Date(now).toISOString();
    for (const [q, result] of Object.entries(results)) {
      const ds = p.datastreams[q as keyof typeof p.datastreams];
      if (ds === undefined) continue;
      client.publishAsync(observationTopic(ds), JSON.stringify({ phenomenonTime, result }), { qos: 1 }).then(
        () => {
          this.state.published++;
          this.state.lastPublishAt = new Date().toISOString();
        },
        () => {
          this.state.failed++;
        },
      );
    }
  }
}
