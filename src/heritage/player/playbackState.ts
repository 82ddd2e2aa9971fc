/**
 * The tour playback state machine, pure: the current stop, whether it plays, how long the current
 * stop has been shown. The app's viewer and the offline player drive the same reducer (a timer
 * sends `tick`), so next/previous/loop/autoplay behave the same everywhere.
 */

/** Playback state. */
export interface PlaybackState {
  /** Index of the current stop (0-based). */
  index: number;
  /** Number of stops (≥ 1). */
  stopCount: number;
  playing: boolean;
  /** After the last stop: start again at the first (kiosk mode). */
  loop: boolean;
  /** Seconds the current stop has been playing (paused time does not count). */
  elapsedS: number;
  /** True once playback ran past the last stop without loop (shown as "finished"). */
  finished: boolean;
}

/** What can happen to playback. `tick` advances the clock by `dtS` seconds of play time. */
export type PlaybackAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'goto'; index: number }
  | { type: 'setLoop'; loop: boolean }
  | { type: 'tick'; dtS: number; durationS: number };

/** Options of {@link initialPlayback}. */
export interface PlaybackOptions {
  stopCount: number;
  /** Start playing at once. Default: false. */
  autoplay?: boolean;
  /** Default: false. */
  loop?: boolean;
  /** First stop (clamped). Default: 0. */
  startIndex?: number;
}

function clampIndex(index: number, stopCount: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), stopCount - 1);
}

/** The state before anything happened. Throws for a tour without stops (a programmer error). */
export function initialPlayback({ stopCount, autoplay = false, loop = false, startIndex = 0 }: PlaybackOptions): PlaybackState {
  if (!Number.isInteger(stopCount) || stopCount < 1) throw new Error(`a tour needs at least one stop (got ${stopCount})`);
  return { index: clampIndex(startIndex, stopCount), stopCount, playing: autoplay, loop, elapsedS: 0, finished: false };
}

function moveTo(state: PlaybackState, index: number): PlaybackState {
  return { ...state, index, elapsedS: 0, finished: false };
}

/** Applies `action` to `state`; returns the same object when nothing changes. */
export function playbackReducer(state: PlaybackState, action: PlaybackAction): PlaybackState {
  const last = state.stopCount - 1;
  switch (action.type) {
    case 'play':
      if (state.playing) return state;
      // Playing again after the end starts over.
      return state.finished ? { ...moveTo(state, 0), playing: true } : { ...state, playing: true };
    case 'pause':
      return state.playing ? { ...state, playing: false } : state;
    case 'toggle':
      return playbackReducer(state, { type: state.playing ? 'pause' : 'play' });
    case 'next':
      if (state.index < last) return moveTo(state, state.index + 1);
      return state.loop ? moveTo(state, 0) : state;
    case 'previous':
      if (state.index > 0) return moveTo(state, state.index - 1);
      return state.loop ? moveTo(state, last) : state;
    case 'goto': {
      const index = clampIndex(action.index, state.stopCount);
      return index === state.index && state.elapsedS === 0 ? state : moveTo(state, index);
    }
    case 'setLoop':
      return state.loop === action.loop ? state : { ...state, loop: action.loop };
    case 'tick': {
      if (!state.playing || !(action.dtS > 0)) return state;
      const elapsedS = state.elapsedS + action.dtS;
      if (elapsedS < action.durationS) return { ...state, elapsedS };
      if (state.index < last) return moveTo(state, state.index + 1);
      if (state.loop) return moveTo(state, 0);
      return { ...state, elapsedS: action.durationS, playing: false, finished: true };
    }
    default:
      return state;
  }
}

/** Share of the current stop already played, 0–1 (for a progress bar). */
export function stopProgress(state: PlaybackState, durationS: number): number {
  if (!(durationS > 0)) return 0;
  return Math.min(1, state.elapsedS / durationS);
}
