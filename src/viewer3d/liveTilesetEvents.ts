/**
 * Browser client of `/api/live` for `tileset` events: one shared subscription (opened with the first
 * listener, closed with the last), subscribed to `tileset` events only, resuming after a dropped
 * socket (src/app/live/subscribeLive.ts). When events may have been missed, listeners get a `gap`
 * call and should check the revision of what they draw.
 */
import { subscribeLive } from '../app/live/subscribeLive.ts';
import { parseTilesetEvents, type TilesetEvent } from './tilesetLiveUpdates.ts';

/** A listener: an event, or `'gap'` when events may have been missed. */
type Listener = (event: TilesetEvent | 'gap') => void;

const listeners = new Set<Listener>();
let close: (() => void) | undefined;

function notify(event: TilesetEvent | 'gap'): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.warn('live tileset listener failed', error);
    }
  }
}

/** Calls `listener` for every `tileset` event pushed by the server (or `'gap'`); returns the unsubscribe function. */
export function onTilesetEvent(listener: Listener): () => void {
  listeners.add(listener);
  close ??= subscribeLive({ types: ['tileset'] }, {
    onEvents: (events) => {
      for (const event of parseTilesetEvents(JSON.stringify(events))) notify(event);
    },
    onGap: () => notify('gap'),
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      close?.();
      close = undefined;
    }
  };
}
