/**
 * Live events in the browser: `subscribeLive(filter, onEvents, onGap)` opens a WebSocket to
 * `/api/live`, reconnects with backoff when it drops, and resumes where it left off, so no event is
 * lost across short outages; when the server cannot replay (it restarted, or too much was missed)
 * `onGap` tells the caller to reload its state (e.g. refetch the latest observations).
 */
import { LiveCursor, liveReconnectDelayMs, type LiveMessageEvent, type LiveSubscriptionFilter } from './liveCursor.ts';

/** Connection state, for a status indicator. */
export type LiveStatus = 'connecting' | 'open' | 'reconnecting';

/** Callbacks of a subscription. */
export interface LiveHandlers {
  /** New events in order (one call per WebSocket message). */
  onEvents: (events: LiveMessageEvent[]) => void;
  /** Events may have been missed: reload the state this subscription keeps up to date. */
  onGap?: () => void;
  onStatus?: (status: LiveStatus) => void;
}

/** Subscribes to live events; returns the function that closes the subscription. */
export function subscribeLive(filter: LiveSubscriptionFilter, handlers: LiveHandlers): () => void {
  const cursor = new LiveCursor(filter);
  let socket: WebSocket | undefined;
  let timer: number | undefined;
  let attempt = 0;
  let closed = false;

  const connect = () => {
    if (closed || typeof WebSocket === 'undefined') return;
    handlers.onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(cursor.url(window.location));
    } catch {
      retry();
      return;
    }
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      handlers.onStatus?.('open');
    };
    ws.onmessage = (message) => {
      if (typeof message.data !== 'string') return;
      const delivery = cursor.accept(message.data);
      if (delivery.gap) handlers.onGap?.();
      if (delivery.events.length) handlers.onEvents(delivery.events);
    };
    ws.onclose = () => {
      if (socket === ws) socket = undefined;
      retry();
    };
    ws.onerror = () => ws.close();
  };

  const retry = () => {
    if (closed || timer !== undefined) return;
    handlers.onStatus?.('reconnecting');
    timer = window.setTimeout(() => {
      timer = undefined;
      connect();
    }, liveReconnectDelayMs(attempt++));
  };

  connect();
  return () => {
    closed = true;
    if (timer !== undefined) window.clearTimeout(timer);
    const ws = socket;
    socket = undefined;
    if (ws) {
      ws.onclose = null;
      ws.onerror = null;
      ws.onmessage = null;
      ws.close();
    }
  };
}
