/**
 * The environment workspace's shared state, outside React so the panel and the 3D scene (two
 * separate component trees) read the same data: stations, the observation history (initial load,
 * replay windows, live pushes), emission sources and open alerts. Live observations and alerts
 * arrive over `/api/live` (`subscribeLive`), never by polling; a reported gap reloads recent history.
 */
import { subscribeLive, type LiveStatus } from '../../../app/live/subscribeLive.ts';
import type { LiveMessageEvent } from '../../../app/live/liveCursor.ts';
import { HOUR_MS } from '../../replay/ObservationSeries.ts';
import type { Variogram } from '../../surface/kriging.ts';
import type { SurfaceMethod } from '../../surface/surfaceMessages.ts';
import { addLoadedWindow, historyFor, missingWindows, REPLAY_SPAN_MS, type TimeWindow } from '../../replay/replayWindow.ts';
import type { Station } from '../stations/Station.ts';
import { StationHistory } from '../stations/StationHistory.ts';
import { stationReading, type StationReading } from '../stations/stationReading.ts';
import { applyAlertEvents, fetchOpenAlerts, type Alert } from './alertsClient.ts';
import { fetchEmissionSources, type RegisteredSource } from './emissionSources.ts';
import { fetchHistory, fetchStations } from './staClient.ts';

/** History loaded first (live view): the last 13 h (12 hourly NowCast means + the current one). */
const INITIAL_HISTORY_MS = 13 * HOUR_MS;
/** Listeners hear about live data at most this often, milliseconds. */
const NOTIFY_MS = 200;
/** Live "now" advances at least this often without new data, milliseconds. */
const CLOCK_MS = 30_000;

/** What the panel says about the surface drawn last. */
export interface SurfaceInfo {
  readonly stations: number;
  /** Worker time, milliseconds. */
  readonly computeMs: number;
  readonly method: SurfaceMethod;
  readonly variogram?: Variogram;
  /** Largest kriging standard deviation on the grid (value units). */
  readonly maxStddev?: number;
}

/** What components read (immutable; a new object on every change). */
export interface EnvironmentSnapshot {
  readonly status: 'loading' | 'ready' | 'error';
  readonly error?: string;
  readonly stations: readonly Station[];
  /** Increases whenever observations change. */
  readonly revision: number;
  /** The time live mode shows (epoch ms): the newest of the clock and the last pushed observation. */
  readonly liveNow: number;
  /** Whether a history window is being fetched. */
  readonly historyLoading: boolean;
  readonly sources: readonly RegisteredSource[];
  /** Open alerts; undefined when the server has no alerts API. */
  readonly alerts: readonly Alert[] | undefined;
  readonly liveStatus: LiveStatus;
  /** Epoch ms of the last pushed observation. */
  readonly lastPushAt?: number;
  /** The surface drawn last: stations used, the worker's interpolation time (ms), method and (kriging) variogram and largest σ. */
  readonly surface?: SurfaceInfo;
}

/** Shared environment data; see {@link acquireEnvironmentStore}. */
export class EnvironmentStore {
  readonly history = new StationHistory();
  private snapshot: EnvironmentSnapshot = {
    status: 'loading', stations: [], revision: 0, liveNow: Date.now(), historyLoading: false,
    sources: [], alerts: undefined, liveStatus: 'connecting',
  };
  private readonly listeners = new Set<() => void>();
  private readonly abort = new AbortController();
  private loaded: TimeWindow[] = [];
  private loading: Promise<void> = Promise.resolve();
  private dsToStation = new Map<number, number>();
  private notifyTimer: number | undefined;
  private readonly clock: number;
  private closeLive: (() => void) | undefined;
  private readingsCache: { key: string; readings: StationReading[] } | undefined;

  constructor() {
    this.clock = window.setInterval(() => this.set({ liveNow: Math.max(Date.now(), this.snapshot.liveNow) }), CLOCK_MS);
    void this.start();
  }

  /** Registers a change listener (for `useSyncExternalStore`); returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot. */
  getSnapshot = (): EnvironmentSnapshot => this.snapshot;

  /** Every station's reading at `timeMs` (cached per revision and time). */
  readingsAt(timeMs: number): StationReading[] {
    const key = `${this.snapshot.revision}|${timeMs}|${this.snapshot.stations.length}`;
    if (this.readingsCache?.key !== key) {
      this.readingsCache = { key, readings: this.snapshot.stations.map((s) => stationReading(s, this.history, timeMs)) };
    }
    return this.readingsCache.readings;
  }

  /** Makes sure the history a time needs (the 12 h before it) is loaded; resolves when it is. */
  ensureHistoryFor(timeMs: number): Promise<void> {
    return this.ensureWindow(historyFor(timeMs));
  }

  /** Loads the whole replay window (24 h + the 12 h NowCast needs before it). */
  ensureReplayHistory(): Promise<void> {
    const now = Date.now();
    return this.ensureWindow({ from: now - REPLAY_SPAN_MS - 12 * HOUR_MS, to: now });
  }

  /** Replaces an alert after it was acknowledged here (the push confirms it for everyone). */
  alertAcknowledged(alert: Alert): void {
    if (this.snapshot.alerts) this.set({ alerts: applyAlertEvents(this.snapshot.alerts, [{ type: 'alert', action: 'acknowledged', alert }]) });
  }

  /** Records the surface the 3D view drew last (shown in the panel). */
  surfaceDrawn(surface: SurfaceInfo): void {
    this.set({ surface });
  }

  /** Stops loading, the live socket and the clock. */
  dispose(): void {
    this.abort.abort();
    this.closeLive?.();
    window.clearInterval(this.clock);
    if (this.notifyTimer !== undefined) window.clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }

  private async start(): Promise<void> {
    // Live first, so nothing pushed during the initial load is missed (inserts are idempotent).
    this.closeLive = subscribeLive({ types: ['observation', 'alert'] }, {
      onEvents: (events) => this.onLive(events),
      onGap: () => void this.reloadRecent(),
      onStatus: (liveStatus) => this.set({ liveStatus }),
    });
    const signal = this.abort.signal;
    try {
      const stations = await fetchStations(signal);
      this.indexStations(stations);
      this.set({ stations });
      const now = Date.now();
      await this.ensureWindow({ from: now - INITIAL_HISTORY_MS, to: now + 5 * 60_000 });
      this.set({ status: 'ready', liveNow: Math.max(Date.now(), this.snapshot.liveNow), revision: this.snapshot.revision + 1 });
    } catch (error) {
      if (signal.aborted) return;
      this.set({ status: 'error', error: (error as Error).message });
      return;
    }
    void fetchEmissionSources(signal).then((sources) => this.set({ sources })).catch(() => undefined);
    void fetchOpenAlerts(signal).then((alerts) => this.set({ alerts })).catch(() => undefined);
  }

  private indexStations(stations: readonly Station[]): void {
    this.dsToStation = new Map();
    for (const s of stations) for (const ds of Object.values(s.datastreams)) if (ds) this.dsToStation.set(ds.id, s.id);
  }

  private ensureWindow(needed: TimeWindow): Promise<void> {
    this.loading = this.loading.then(async () => {
      const missing = missingWindows(needed, this.loaded);
      if (missing.length === 0 || this.abort.signal.aborted) return;
      this.set({ historyLoading: true });
      try {
        for (const w of missing) {
          await fetchHistory(this.snapshot.stations, w, this.history, this.abort.signal);
          this.loaded = addLoadedWindow(this.loaded, w);
        }
      } finally {
        this.set({ historyLoading: false, revision: this.snapshot.revision + 1 });
      }
    }).catch((error: unknown) => {
      if (!this.abort.signal.aborted) console.warn('environment history failed to load', error);
    });
    return this.loading;
  }

  private async reloadRecent(): Promise<void> {
    const now = Date.now();
    const window = { from: now - INITIAL_HISTORY_MS, to: now + 5 * 60_000 };
    try {
      await fetchHistory(this.snapshot.stations, window, this.history, this.abort.signal);
      this.bump();
    } catch (error) {
      if (!this.abort.signal.aborted) console.warn('environment history reload failed', error);
    }
  }

  private onLive(events: LiveMessageEvent[]): void {
    let changed = false;
    let newest = 0;
    let unknownThing = false;
    for (const e of events) {
      if (e.type !== 'observation') continue;
      const ds = Number(e.ds);
      if (!this.dsToStation.has(ds)) {
        unknownThing ||= this.snapshot.status === 'ready';
        continue;
      }
      if (this.history.add(ds, String(e.t), e.result)) {
        changed = true;
        newest = Math.max(newest, Date.parse(String(e.t)));
      }
    }
    if (events.some((e) => e.type === 'alert') && this.snapshot.alerts) {
      this.set({ alerts: applyAlertEvents(this.snapshot.alerts, events) });
    }
    if (changed) {
      this.pendingNow = Math.max(this.pendingNow, newest, Date.now());
      this.bump();
    }
    if (unknownThing) void this.refreshStations();
  }

  private pendingNow = 0;
  private refreshing = false;

  /** A Datastream we do not know pushed data: a station was added; reload the list and its history. */
  private async refreshStations(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      const stations = await fetchStations(this.abort.signal);
      const known = new Set(this.snapshot.stations.map((s) => s.id));
      const fresh = stations.filter((s) => !known.has(s.id));
      this.indexStations(stations);
      this.set({ stations });
      for (const w of this.loaded) await fetchHistory(fresh, w, this.history, this.abort.signal);
      this.bump();
    } catch (error) {
      if (!this.abort.signal.aborted) console.warn('environment stations reload failed', error);
    } finally {
      this.refreshing = false;
    }
  }

  /** Announces new observations, at most every {@link NOTIFY_MS}. */
  private bump(): void {
    if (this.notifyTimer !== undefined) return;
    this.notifyTimer = window.setTimeout(() => {
      this.notifyTimer = undefined;
      this.set({
        revision: this.snapshot.revision + 1,
        liveNow: Math.max(this.snapshot.liveNow, this.pendingNow, Date.now()),
        lastPushAt: Date.now(),
      });
    }, NOTIFY_MS);
  }

  private set(patch: Partial<EnvironmentSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

let shared: { store: EnvironmentStore; users: number; disposeTimer?: number } | undefined;

/** The workspace's one store (created on first use; see {@link retainEnvironmentStore}). */
export function environmentStore(): EnvironmentStore {
  shared ??= { store: new EnvironmentStore(), users: 0 };
  return shared.store;
}

/**
 * Counts a user of the store (call from an effect); the returned function releases it. The store is
 * disposed a moment after its last user leaves, so a React remount does not reload everything.
 */
export function retainEnvironmentStore(store: EnvironmentStore): () => void {
  if (!shared || shared.store !== store) return () => undefined;
  const current = shared;
  if (current.disposeTimer !== undefined) window.clearTimeout(current.disposeTimer);
  current.disposeTimer = undefined;
  current.users++;
  return () => {
    current.users--;
    if (current.users > 0) return;
    current.disposeTimer = window.setTimeout(() => {
      if (shared === current && current.users === 0) {
        current.store.dispose();
        shared = undefined;
      }
    }, 1000);
  };
}
