/** `GET /api/layers` (the layer catalog for the app) and `GET /api/config` (optional client settings). */
import type { FastifyInstance } from 'fastify';
import type { CatalogLayer, CatalogResponse } from '../../catalog/LayerDefinition.ts';
import type { Catalog } from '../catalog/loadCatalog.ts';
import type { ClientSettings } from '../config.ts';
import type { Database } from '../db/Database.ts';

/** Registers the catalog and client-config routes. */
export function catalogRoutes(
  app: FastifyInstance,
  deps: { db: Database; catalog: Catalog; warnings: string[]; client: ClientSettings },
): void {
  app.get('/api/layers', async (): Promise<CatalogResponse> => {
    const counts = new Map(
      (await deps.db.query<{ id: string; n: number }>(
        'SELECT collection_id AS id, count(*)::int AS n FROM features GROUP BY collection_id',
      )).map((r) => [r.id, r.n]),
    );
    const layers: CatalogLayer[] = deps.catalog.layers.map(({ definition, warnings }) => ({
      ...definition,
      itemsUrl: (definition.data || definition.generator) && definition.type !== '3dtiles' ? `/api/collections/${definition.id}/items?limit=10000` : undefined,
      featureCount: counts.get(definition.id) ?? 0,
      warnings,
    }));
    return { layers, warnings: deps.warnings };
  });
  app.get('/api/config', async () => deps.client);
}
