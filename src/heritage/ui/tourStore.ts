import { useSyncExternalStore } from 'react';
import type { PlaybackAction, PlaybackState } from '../player/playbackState.ts';
import type { ServedTour } from '../player/servedTour.ts';
import { TourPlayback } from '../player/TourPlayback.ts';
import type { PlayableTour, StopCamera, TourLang } from '../player/tourTypes.ts';

/** What the heritage panel and scene share about the tour being played. */
export interface TourStoreState {
  /** The tour played now (a published version, or a draft in preview). */
  tour?: PlayableTour;
  served?: ServedTour;
  /** Bumps for every tour loaded (so the scene draws the first stop without a flight). */
  session: number;
  playback?: PlaybackState;
  lang: TourLang;
  /** Index of the last stop fully drawn in this session, and the camera there. */
  drawn?: { session: number; index: number; camera: string };
  /** Why the tour could not be loaded (shown; also releases the readiness hold). */
  error?: string;
}

/**
 * A tiny store shared by the heritage `Panel` and `Scene3D` (separate React trees): the tour, its
 * {@link TourPlayback}, the narration language and what the scene has drawn. The scene registers
 * `readCamera` so the editor can add a stop from the current view.
 */
class TourStore {
  private state: TourStoreState = { session: 0, lang: 'vi' };
  private playback: TourPlayback | undefined;
  private readonly listeners = new Set<() => void>();
  /** Set by the scene: the camera now (degrees, metres). */
  readCamera: (() => StopCamera | undefined) | undefined;

  get = (): TourStoreState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<TourStoreState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Starts playing `tour` (paused at `startIndex`), or clears it. */
  load(tour: PlayableTour | undefined, served: ServedTour | undefined, startIndex = 0, lang?: TourLang): void {
    this.playback?.dispose();
    this.playback = tour && tour.stops.length > 0 ? new TourPlayback(tour, { startIndex }) : undefined;
    this.playback?.subscribe((playback) => this.set({ playback }));
    this.set({ tour, served, session: this.state.session + 1, playback: this.playback?.current, drawn: undefined, error: undefined, ...(lang ? { lang } : {}) });
  }

  /** The tour could not be loaded: clears it and keeps the message. */
  fail(message: string): void {
    this.load(undefined, undefined);
    this.set({ error: message });
  }

  dispatch = (action: PlaybackAction): void => this.playback?.dispatch(action);

  setLang = (lang: TourLang): void => this.set({ lang });

  /** The scene reports that stop `index` of `session` is drawn. */
  setDrawn(session: number, index: number, camera: string): void {
    if (session === this.state.session) this.set({ drawn: { session, index, camera } });
  }
}

/** The heritage workspace's tour store (one per page). */
export const tourStore = new TourStore();

/** The store's state, re-rendering on change. */
export function useTourStore(): TourStoreState {
  return useSyncExternalStore(tourStore.subscribe, tourStore.get);
}
