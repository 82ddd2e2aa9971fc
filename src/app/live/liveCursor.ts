/**
 * The pure part of a live subscription (no DOM): remembers the server run (`epoch`) and the last
 * event (`seq`) seen, builds the `/api/live` URL that resumes from there, and sorts incoming
 * messages into events to deliver, duplicates to drop, and gaps that mean "reload your state".
 */

/** An event pushed on `/api/live`. */
export interface LiveMessageEvent {
  type: string;
  seq?: number;
  [key: string]: unknown;
}

/** Which events a subscription wants; undefined fields = all. */
export interface LiveSubscriptionFilter {
  types?: string[];
  datastreams?: number[];
  things?: number[];
}

/** What one WebSocket message means for the subscriber. */
export interface LiveDelivery {
  /** New events, in order, without duplicates and without protocol events (hello, gap, subscribed). */
  events: LiveMessageEvent[];
  /** True when events may have been missed (server restarted, or its catch-up buffer ran out). */
  gap: boolean;
}

/** Path of the live socket. */
export const LIVE_SOCKET_PATH = '/api/live';

/** Tracks epoch and sequence across reconnects of one subscription. */
export class LiveCursor {
  private epoch: string | undefined;
  private seq: number | undefined;

  constructor(private readonly filter: LiveSubscriptionFilter = {}) {}

  /** The socket URL for `location` (same origin; ws/wss by protocol), resuming when possible. */
  url(location: { protocol: string; host: string }): string {
    const params = new URLSearchParams();
    if (this.filter.types?.length) params.set('types', this.filter.types.join(','));
    if (this.filter.datastreams?.length) params.set('datastreams', this.filter.datastreams.join(','));
    if (this.filter.things?.length) params.set('things', this.filter.things.join(','));
    if (this.epoch !== undefined && this.seq !== undefined) {
      params.set('since', String(this.seq));
      params.set('epoch', this.epoch);
    }
    const query = params.toString();
    return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_SOCKET_PATH}${query ? `?${query.replace(/%2C/g, ',')}` : ''}`;
  }

  /** Interprets one message (a JSON array of events, or one event); malformed text yields nothing. */
  accept(text: string): LiveDelivery {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { events: [], gap: false };
    }
    const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    const events: LiveMessageEvent[] = [];
    let gap = false;
    for (const item of list) {
      if (!item || typeof item !== 'object' || typeof (item as LiveMessageEvent).type !== 'string') continue;
      const event = item as LiveMessageEvent;
      if (event.type === 'hello') {
        const epoch = typeof event.epoch === 'string' ? event.epoch : undefined;
        // A new server run: our seq means nothing there (the server also says `gap` when we asked to resume).
        if (this.epoch !== undefined && epoch !== this.epoch) {
          gap = true;
          this.seq = undefined;
        }
        this.epoch = epoch;
        if (this.seq === undefined && typeof event.seq === 'number') this.seq = event.seq;
        continue;
      }
      if (event.type === 'gap') {
        gap = true;
        continue;
      }
      if (event.type === 'subscribed') continue;
      if (typeof event.seq === 'number') {
        if (this.seq !== undefined && event.seq <= this.seq) continue;
        this.seq = event.seq;
      }
      events.push(event);
    }
    return { events, gap };
  }
}

/** Wait before reconnect attempt `attempt` (0-based): 1 s doubling up to 30 s, with ±20 % jitter from `random` (0–1). */
export function liveReconnectDelayMs(attempt: number, random: number = Math.random()): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, Math.min(attempt, 15)));
  return Math.round(base * (0.8 + 0.4 * Math.min(1, Math.max(0, random))));
}
