/**
 * Keeps the logistics network in memory and rebuilds it when one of its collections changes (any
 * feature edit bumps `collections.revision`). Each request checks the revision with one small query;
 * concurrent requests share one build.
 */
import type { Database } from '../db/Database.ts';
import { loadLogisticsNetwork, logisticsRevision, type LogisticsNetwork } from './loadLogisticsNetwork.ts';

/** The cache; see the module comment. */
export class LogisticsNetworkCache {
  private current: LogisticsNetwork | undefined;
  private building: { revision: string; promise: Promise<LogisticsNetwork> } | undefined;

  /** @param db the shared database */
  constructor(private readonly db: Database) {}

  /** The network for the current revisions (built now if they changed since the last build). */
  async get(): Promise<LogisticsNetwork> {
    const revision = await logisticsRevision(this.db);
    if (this.current?.revision === revision) return this.current;
    if (this.building?.revision !== revision) {
      const promise = loadLogisticsNetwork(this.db, revision).then(
        (network) => {
          this.current = network;
          return network;
        },
        (error: unknown) => {
          this.building = undefined;
          throw error;
        },
      );
      this.building = { revision, promise };
    }
    return this.building.promise;
  }
}
