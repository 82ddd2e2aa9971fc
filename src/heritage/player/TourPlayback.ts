import { initialPlayback, playbackReducer, type PlaybackAction, type PlaybackOptions, type PlaybackState } from './playbackState.ts';
import type { PlayableTour } from './tourTypes.ts';

/** Timer hooks, so tests and players can drive the clock. Defaults: `setInterval`/`clearInterval`, `performance.now()`. */
export interface PlaybackClock {
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  /** Milliseconds. */
  now: () => number;
}

/** How often a playing tour advances its clock, in milliseconds. */
export const PLAYBACK_TICK_MS = 200;

const defaultClock: PlaybackClock = {
  setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
  now: () => performance.now(),
};

/**
 * A running tour: the {@link playbackReducer} plus a clock that ticks while playing and listeners
 * told of every change. Plain TypeScript (no DOM, no Cesium), shared by the app and the offline player.
 */
export class TourPlayback {
  private state: PlaybackState;
  private readonly listeners = new Set<(state: PlaybackState) => void>();
  private timer: unknown;
  private lastTick = 0;

  /** `options.stopCount` is taken from the tour. */
  constructor(readonly tour: PlayableTour, options: Omit<PlaybackOptions, 'stopCount'> = {}, private readonly clock: PlaybackClock = defaultClock) {
    this.state = initialPlayback({ ...options, stopCount: tour.stops.length });
    this.syncTimer();
  }

  /** The current state. */
  get current(): PlaybackState {
    return this.state;
  }

  /** Applies an action; listeners hear of it when the state changed. */
  dispatch(action: PlaybackAction): void {
    const next = playbackReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.syncTimer();
    for (const listener of this.listeners) listener(next);
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (state: PlaybackState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Advances the clock by the time since the last tick (called by the timer; public for tests). */
  tick(): void {
    const now = this.clock.now();
    const dtS = (now - this.lastTick) / 1000;
    this.lastTick = now;
    this.dispatch({ type: 'tick', dtS, durationS: this.tour.stops[this.state.index].durationS });
  }

  /** Stops the timer and forgets the listeners. */
  dispose(): void {
    this.listeners.clear();
    if (this.timer !== undefined) this.clock.clearInterval(this.timer);
    this.timer = undefined;
  }

  private syncTimer(): void {
    if (this.state.playing && this.timer === undefined) {
      this.lastTick = this.clock.now();
      this.timer = this.clock.setInterval(() => this.tick(), PLAYBACK_TICK_MS);
    } else if (!this.state.playing && this.timer !== undefined) {
      this.clock.clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
