/**
 * The live-update hub: every connected browser gets each event (observations, "tileset rebuilt",
 * alerts, …) pushed as soon as it is published. Events published in the same tick go out as one
 * WebSocket message, a JSON array. A client may narrow what it gets with a first message
 * `{"subscribe": {"types": ["observation"], "datastreams": [1, 2], "things": [5]}}`.
 *
 * Catch-up: every event carries `seq`, increasing within one server run (`epoch`). The hub keeps
 * the last {@link REPLAY_CAPACITY} events, so a browser whose socket dropped reconnects with the
 * last `seq` it saw and gets what it missed (or a `gap` event telling it to reload its state,
 * when the server restarted or the events are no longer held).
 */

/** A pushed event: `type` plus any JSON fields. */
export interface LiveEvent {
  type: string;
  /** Sequence number within the server run, set by the hub on publish. */
  seq?: number;
  [key: string]: unknown;
}

/** Events kept for catch-up after a dropped socket. */
export const REPLAY_CAPACITY = 50_000;

/** What {@link LiveHub.replay} returns: the missed events, or a gap when they are no longer held. */
export type Replay = { events: LiveEvent[] } | { gap: true };

/** The compact observation event pushed for every committed observation. */
export interface ObservationEvent extends LiveEvent {
  type: 'observation';
  /** Observation id. */
  id: number;
  /** Datastream id. */
  ds: number;
  /** Thing id. */
  thing: number;
  /** phenomenonTime (ISO 8601). */
  t: string;
  result: unknown;
}

/** What a client asked for; undefined fields = everything. */
export interface LiveFilter {
  types?: Set<string>;
  datastreams?: Set<number>;
  things?: Set<number>;
}

/** A connected client: a way to send text and its filter. */
export interface LiveClient {
  send(text: string): void;
  filter?: LiveFilter;
}

/** Parses a subscription message; undefined when it is not one. */
export function parseLiveFilter(text: string): LiveFilter | undefined {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return undefined;
  }
  const sub = (msg as { subscribe?: Record<string, unknown> } | null)?.subscribe;
  if (!sub || typeof sub !== 'object') return undefined;
  const set = <T>(v: unknown, ok: (x: unknown) => x is T): Set<T> | undefined => (Array.isArray(v) ? new Set(v.filter(ok)) : undefined);
  return {
    types: set(sub.types, (x): x is string => typeof x === 'string'),
    datastreams: set(sub.datastreams, (x): x is number => typeof x === 'number'),
    things: set(sub.things, (x): x is number => typeof x === 'number'),
  };
}

function wants(filter: LiveFilter | undefined, event: LiveEvent): boolean {
  if (!filter) return true;
  if (filter.types && !filter.types.has(event.type)) return false;
  if (event.type === 'observation') {
    const o = event as ObservationEvent;
    if (filter.datastreams && !filter.datastreams.has(o.ds)) return false;
    if (filter.things && !filter.things.has(o.thing)) return false;
  }
  return true;
}

/** Fan-out of events to connected clients. */
export class LiveHub {
  /** Identifies this server run; a client seeing another epoch knows its `seq` is meaningless. */
  readonly epoch = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  private readonly clients = new Set<LiveClient>();
  private queue: LiveEvent[] = [];
  private scheduled = false;
  private sent = 0;
  private seq = 0;
  private readonly ring: LiveEvent[] = new Array<LiveEvent>(REPLAY_CAPACITY);

  /** Sequence number of the last published event (0 before the first). */
  lastSeq(): number {
    return this.seq;
  }

  /**
   * Events after `since` (exclusive) that `filter` wants, in order, from the catch-up buffer; a gap
   * when some of them have already been dropped from it.
   */
  replay(since: number, filter?: LiveFilter): Replay {
    if (!Number.isInteger(since) || since < 0 || since > this.seq) return { gap: true };
    if (this.seq - since > REPLAY_CAPACITY) return { gap: true };
    const events: LiveEvent[] = [];
    for (let s = since + 1; s <= this.seq; s++) {
      const event = this.ring[s % REPLAY_CAPACITY];
      if (wants(filter, event)) events.push(event);
    }
    return { events };
  }

  /** Adds a client; returns a function that removes it. */
  add(client: LiveClient): () => void {
    this.clients.add(client);
    return () => this.clients.delete(client);
  }

  /** Pushes `event` to every interested client (in this tick's batch). */
  publish(event: LiveEvent): void {
    const stamped = { ...event, seq: ++this.seq };
    this.ring[stamped.seq % REPLAY_CAPACITY] = stamped;
    if (this.clients.size === 0) return;
    this.queue.push(stamped);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Connected clients and messages sent, for `/api/health`. */
  stats(): { clients: number; messagesSent: number } {
    return { clients: this.clients.size, messagesSent: this.sent };
  }

  private flush(): void {
    this.scheduled = false;
    const events = this.queue;
    this.queue = [];
    let all: string | undefined;
    for (const client of this.clients) {
      const mine = client.filter ? events.filter((e) => wants(client.filter, e)) : events;
      if (mine.length === 0) continue;
      // a filter that kept every event (the usual `types: ['observation']` during ingest) shares the one serialisation
      const text = mine.length === events.length ? (all ??= JSON.stringify(events)) : JSON.stringify(mine);
      try {
        client.send(text);
        this.sent++;
      } catch {
        this.clients.delete(client);
      }
    }
  }
}
