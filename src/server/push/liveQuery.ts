/**
 * The query string of `/api/live`: `types=observation,alert&datastreams=1,2&things=5` narrow the
 * events (like the `subscribe` message), `since=<seq>&epoch=<epoch>` ask for the events missed since
 * the last one seen (see LiveHub). Malformed values are ignored, never an error: the socket still opens.
 */
import type { LiveFilter } from './LiveHub.ts';

/** What a client asked for in the URL. */
export interface LiveQuery {
  /** Undefined: every event. */
  filter?: LiveFilter;
  /** Last `seq` the client saw. */
  since?: number;
  /** Epoch that `since` belongs to. */
  epoch?: string;
}

function list(value: unknown): string[] | undefined {
  return typeof value === 'string' && value !== '' ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined;
}

function ids(value: unknown): Set<number> | undefined {
  const items = list(value);
  return items ? new Set(items.map(Number).filter((n) => Number.isInteger(n))) : undefined;
}

/** Parses the `/api/live` query (as Fastify gives it: a record of strings). */
export function parseLiveQuery(query: Record<string, unknown>): LiveQuery {
  const types = list(query.types);
  const datastreams = ids(query.datastreams);
  const things = ids(query.things);
  const filter = types || datastreams || things ? { types: types ? new Set(types) : undefined, datastreams, things } : undefined;
  const sinceNumber = typeof query.since === 'string' && /^\d{1,15}$/.test(query.since) ? Number(query.since) : undefined;
  const epoch = typeof query.epoch === 'string' && /^[a-z0-9]{1,40}$/.test(query.epoch) ? query.epoch : undefined;
  return { filter, since: sinceNumber, epoch };
}
