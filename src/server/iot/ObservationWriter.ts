/**
 * Batches observations from many publishers into few transactions: everything submitted while a
 * batch commits goes into the next one. `submit` resolves only after the row is committed (the
 * MQTT PUBACK waits for it), with the new id, or null for a duplicate.
 * A batch is ONE statement (`insertObservations`), which PostgreSQL commits atomically on its own:
 * sent without BEGIN/COMMIT it costs one round trip instead of three (and a pooled connection is
 * held for one statement only), which on a busy machine cuts publish → push latency and lets
 * more batches overlap.
 */
import type { Database } from '../db/Database.ts';
import { insertObservations } from '../sta/insertObservations.ts';
import type { ObservationRow } from '../sta/prepareObservation.ts';

interface Pending {
  row: ObservationRow;
  resolve: (id: number | null) => void;
  reject: (error: unknown) => void;
}

/** Largest batch per transaction. Default: 5,000 rows. */
export const MAX_BATCH = 5000;

/** Group-commit writer for `sta_observations`. */
export class ObservationWriter {
  private queue: Pending[] = [];
  private running = 0;
  private idle: Array<() => void> = [];

  /** `concurrency`: transactions in flight at once (1 for PGlite; a few for PostgreSQL). */
  constructor(
    private readonly db: Database,
    private readonly concurrency = db.kind === 'postgres' ? 4 : 1,
  ) {}

  /** Queues `row`; resolves with its id after commit, or null when it was a duplicate. */
  submit(row: ObservationRow): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      if (this.running < this.concurrency) setImmediate(() => this.pump());
    });
  }

  /** Resolves once everything submitted so far is committed (or failed). */
  drain(): Promise<void> {
    if (this.queue.length === 0 && this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.running++;
      // one statement = one implicit transaction: all rows of the batch commit, or none do
      insertObservations(this.db, batch.map((p) => p.row))
        .then(
          (ids) => batch.forEach((p, i) => p.resolve(ids[i])),
          (error: unknown) => batch.forEach((p) => p.reject(error)),
        )
        .finally(() => {
          this.running--;
          if (this.queue.length > 0) this.pump();
          else if (this.running === 0) this.idle.splice(0).forEach((f) => f());
        });
    }
  }
}
