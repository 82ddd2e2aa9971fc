/**
 * `GET /api/live` (WebSocket): the browser end of {@link LiveHub}; public, like SensorThings reads.
 * The first message is `[{"type":"hello","epoch":…,"seq":…}]`; with `since`+`epoch` in the query the
 * missed events follow at once (or `[{"type":"gap"}]`), before any new one.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { parseLiveFilter, type LiveEvent, type LiveHub } from './LiveHub.ts';
import { parseLiveQuery } from './liveQuery.ts';

/** Most events per catch-up message. */
const REPLAY_CHUNK = 2000;

/** Path of the live WebSocket. */
export const LIVE_PATH = '/api/live';

/** Registers the WebSocket plugin (encapsulated) and the `/api/live` route. */
export function liveRoutes(app: FastifyInstance, deps: { hub: LiveHub }): void {
  void app.register(async (scope) => {
    await scope.register(websocket, { options: { maxPayload: 64 * 1024 } });
    scope.get(LIVE_PATH, { websocket: true }, (socket, request) => {
      const { hub } = deps;
      const query = parseLiveQuery(request.query as Record<string, unknown>);
      const client = { send: (text: string) => socket.send(text), filter: query.filter };
      socket.send(JSON.stringify([{ type: 'hello', epoch: hub.epoch, seq: hub.lastSeq() }]));
      if (query.since !== undefined) {
        const replay = query.epoch === hub.epoch ? hub.replay(query.since, query.filter) : { gap: true as const };
        if ('gap' in replay) socket.send(JSON.stringify([{ type: 'gap', reason: query.epoch === hub.epoch ? 'missed events are no longer held' : 'the server restarted' }]));
        else {
          for (let i = 0; i < replay.events.length; i += REPLAY_CHUNK) socket.send(JSON.stringify(replay.events.slice(i, i + REPLAY_CHUNK) satisfies LiveEvent[]));
        }
      }
      // Added in the same tick as the replay: nothing published in between is missed (duplicates carry the same seq).
      const remove = hub.add(client);
      socket.on('message', (data) => {
        const filter = parseLiveFilter(String(data));
        if (filter) {
          client.filter = filter;
          socket.send(JSON.stringify([{ type: 'subscribed' }]));
        }
      });
      socket.on('close', remove);
      socket.on('error', remove);
    });
  });
}
