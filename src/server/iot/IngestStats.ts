/**
 * Ingest counters: observations accepted since start, and rejections per reason (persisted in
 * `ingest_rejections`, so totals survive restarts). `snapshot()` is what `/api/health` shows.
 */
import type { Database } from '../db/Database.ts';
import type { RejectReason } from '../sta/prepareObservation.ts';

/** What {@link IngestStats.snapshot} returns. */
export interface IngestSnapshot {
  /** Observations stored since this process started (all paths). */
  accepted: number;
  /** Rejections per reason, all time. */
  rejected: Partial<Record<RejectReason, number>>;
  /** The latest rejection, for the admin panel. */
  lastRejection?: { reason: RejectReason; message: string; at: string };
}

/** Flush delay for persisted rejection counters. Default: 500 ms. */
const FLUSH_MS = 500;

/** Counts accepted and rejected observations. Create with {@link IngestStats.load}. */
export class IngestStats {
  private accepted = 0;
  private readonly totals = new Map<RejectReason, number>();
  private readonly pending = new Map<RejectReason, { count: number; message: string }>();
  private last?: IngestSnapshot['lastRejection'];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  private constructor(private readonly db: Database) {}

  /** Loads the persisted totals. */
  static async load(db: Database): Promise<IngestStats> {
    const stats = new IngestStats(db);
    for (const row of await db.query<{ reason: RejectReason; count: number }>('SELECT reason, count FROM ingest_rejections')) {
      stats.totals.set(row.reason, Number(row.count));
    }
    return stats;
  }

  /** Counts `n` stored observations. */
  accept(n: number): void {
    this.accepted += n;
  }

  /** Counts one rejection. */
  reject(reason: RejectReason, message: string): void {
    this.totals.set(reason, (this.totals.get(reason) ?? 0) + 1);
    const p = this.pending.get(reason) ?? { count: 0, message };
    p.count++;
    p.message = message;
    this.pending.set(reason, p);
    this.last = { reason, message: message.slice(0, 300), at: new Date().toISOString() };
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Current counters. */
  snapshot(): IngestSnapshot {
    return { accepted: this.accepted, rejected: Object.fromEntries(this.totals), ...(this.last ? { lastRejection: this.last } : {}) };
  }

  /** Writes pending rejection counts to the database. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    this.flushing = this.flushing.then(async () => {
      for (const [reason, p] of batch) {
        await this.db
          .query(
            `INSERT INTO ingest_rejections (reason, count, last_at, last_message) VALUES ($1, $2, now(), $3)
             ON CONFLICT (reason) DO UPDATE SET count = ingest_rejections.count + EXCLUDED.count, last_at = now(), last_message = EXCLUDED.last_message`,
            [reason, p.count, p.message.slice(0, 500)],
          )
          .catch(() => undefined);
      }
    });
    return this.flushing;
  }
}
