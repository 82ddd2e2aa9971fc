/** `GET /api/live` (WebSocket): the browser end of {@link LiveHub}; public, like SensorThings reads. */
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { parseLiveFilter, type LiveHub } from './LiveHub.ts';

/** Path of the live WebSocket. */
export const LIVE_PATH = '/api/live';

/** Registers the WebSocket plugin (encapsulated) and the `/api/live` route. */
export function liveRoutes(app: FastifyInstance, deps: { hub: LiveHub }): void {
  void app.register(async (scope) => {
    await scope.register(websocket, { options: { maxPayload: 64 * 1024 } });
    scope.get(LIVE_PATH, { websocket: true }, (socket) => {
      const client = { send: (text: string) => socket.send(text), filter: undefined as ReturnType<typeof parseLiveFilter> };
      const remove = deps.hub.add(client);
      socket.on('message', (data) => {
        const filter = parseLiveFilter(String(data));
        if (filter) {
          client.filter = filter;
          socket.send(JSON.stringify([{ type: 'subscribed' }]));
        }
      });
      socket.on('close', remove);
      socket.on('error', remove);
      socket.send(JSON.stringify([{ type: 'hello' }]));
    });
  });
}
