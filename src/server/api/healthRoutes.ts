/** `GET /api/health`: status, database kind, broker kind and row counts, for people and probes. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/Database.ts';
import type { Broker } from '../iot/startBroker.ts';

/** Registers the health route. */
export function healthRoutes(app: FastifyInstance, deps: { db: Database; broker: Broker; startedAt: number; extra?: () => Record<string, unknown> }): void {
  app.get('/api/health', async (_request, reply) => {
    const [counts] = await deps.db.query<{ collections: number; features: number }>(
      'SELECT (SELECT count(*) FROM collections)::int AS collections, (SELECT count(*) FROM features)::int AS features',
    );
    reply.header('cache-control', 'no-store');
    return {
      status: 'ok',
      database: deps.db.kind,
      broker: deps.broker.info().kind,
      brokerUrl: deps.broker.info().url,
      counts,
      uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      ...deps.extra?.(),
    };
  });
}
