/**
 * Browser client of `/api/live` for `tileset` events: one shared WebSocket (opened with the first
 * listener, closed with the last), subscribed to `tileset` events only, reconnecting with backoff.
 */
import { liveSocketUrl, parseTilesetEvents, reconnectDelayMs, TILESET_SUBSCRIPTION, type TilesetEvent } from './tilesetLiveUpdates.ts';

type Listener = (event: TilesetEvent) => void;

const listeners = new Set<Listener>();
let socket: WebSocket | undefined;
let retryTimer: number | undefined;
let attempt = 0;

function connect(): void {
  if (socket || listeners.size === 0 || typeof WebSocket === 'undefined') return;
  let ws: WebSocket;
  try {
    ws = new WebSocket(liveSocketUrl(window.location));
  } catch {
    scheduleReconnect();
    return;
  }
  socket = ws;
  ws.onopen = () => {
    attempt = 0;
    ws.send(TILESET_SUBSCRIPTION);
  };
  ws.onmessage = (message) => {
    if (typeof message.data !== 'string') return;
    for (const event of parseTilesetEvents(message.data)) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.warn('live tileset listener failed', error);
        }
      }
    }
  };
  ws.onclose = () => {
    if (socket === ws) socket = undefined;
    scheduleReconnect();
  };
  ws.onerror = () => ws.close();
}

function scheduleReconnect(): void {
  if (listeners.size === 0 || retryTimer !== undefined) return;
  retryTimer = window.setTimeout(() => {
    retryTimer = undefined;
    connect();
  }, reconnectDelayMs(attempt++));
}

function disconnect(): void {
  if (retryTimer !== undefined) window.clearTimeout(retryTimer);
  retryTimer = undefined;
  attempt = 0;
  const ws = socket;
  socket = undefined;
  if (ws) {
    ws.onclose = null;
    ws.onerror = null;
    ws.onmessage = null;
    ws.close();
  }
}

/** Calls `listener` for every `tileset` event pushed by the server; returns the unsubscribe function. */
export function onTilesetEvent(listener: Listener): () => void {
  listeners.add(listener);
  connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) disconnect();
  };
}
