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

/** Called once the row is committed (`id`; null for a duplicate) or its batch failed (`error`). */
export type Committed = (error: unknown, id: number | null) => void;

interface Pending {
  row: ObservationRow;
  done: Committed;
}

/** Largest batch per transaction. Default: 5,000 rows. */
export const MAX_BATCH = 5000;

/** Calls back every row of a batch even when one callback throws (that error is rethrown afterwards, outside the batch). */
function settle(batch: Pending[], call: (p: Pending, i: number) => void): void {
  for (let i = 0; i < batch.length; i++) {
    try {
      call(batch[i], i);
    } catch (error) {
      setImmediate(() => {
        throw error;
      });
    }
  }
}

/** Group-commit writer for `sta_observations`. */
export class ObservationWriter {
  private queue: Pending[] = [];
  private running = 0;
  /** A pump is already scheduled for this turn of the event loop. */
  private scheduled = false;
  private idle: Array<() => void> = [];

  /** `concurrency`: transactions in flight at once (1 for PGlite; a few for PostgreSQL). */
  constructor(
    private readonly db: Database,
    private readonly concurrency = db.kind === 'postgres' ? 4 : 1,
  ) {}

  /** Queues `row`; resolves with its id after commit, or null when it was a duplicate. */
  submit(row: ObservationRow): Promise<number | null> {
    return new Promise((resolve, reject) => this.submitWith(row, (error, id) => (error === undefined ? resolve(id) : reject(error))));
  }

  /** {@link submit} with a callback instead of a promise (no promise per message on the MQTT hot path). */
  submitWith(row: ObservationRow, done: Committed): void {
    this.queue.push({ row, done });
    if (this.running < this.concurrency && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.pump();
      });
    }
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
          (ids) => settle(batch, (p, i) => p.done(undefined, ids[i])),
          (error: unknown) => settle(batch, (p) => p.done(error ?? new Error('observation batch failed'), null)),
        )
        .finally(() => {
          this.running--;
          if (this.queue.length > 0) this.pump();
          else if (this.running === 0) this.idle.splice(0).forEach((f) => f());
        });
    }
  }
}
