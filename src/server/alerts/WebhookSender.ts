/**
 * Sends alerts to their rule's webhook: a JSON POST with a timeout, retried with exponential
 * back-off, in the background (ingest never waits for it); each attempt's outcome is stored on the
 * alert (`webhook: {status, attempts, lastError}`).
 */
import type { Database } from '../db/Database.ts';
import { recordWebhook, type Alert } from './alertStore.ts';

/** Timeout of one POST. Default: 5 s. */
export const WEBHOOK_TIMEOUT_MS = 5000;
/** Attempts per alert (first try + retries). Default: 4. */
export const WEBHOOK_ATTEMPTS = 4;
/** Back-off before retry n is BASE × 2^(n−1). Default: 1 s. */
export const WEBHOOK_BACKOFF_MS = 1000;

/** Background webhook delivery. */
export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly db: Database, private readonly options: { timeoutMs?: number; attempts?: number; backoffMs?: number; onError?: (error: unknown) => void } = {}) {}

  /** Starts delivering `alert` to `url`; returns at once. */
  send(url: string, alert: Alert): void {
    const job = this.deliver(url, alert).catch((error: unknown) => this.options.onError?.(error));
    this.inFlight.add(job);
    void job.finally(() => this.inFlight.delete(job));
  }

  /** Stops retrying and waits for attempts in progress. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.inFlight]);
  }

  private async deliver(url: string, alert: Alert): Promise<void> {
    const attempts = this.options.attempts ?? WEBHOOK_ATTEMPTS;
    const body = JSON.stringify({ type: 'alert', alert });
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'hue-twin-alerts' },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
        });
        await response.body?.cancel().catch(() => undefined);
        if (response.ok) {
          await recordWebhook(this.db, alert.id, 'delivered', attempt, null);
          return;
        }
        lastError = `HTTP ${response.status}`;
      } catch (error) {
        lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const last = attempt === attempts || this.closed;
      await recordWebhook(this.db, alert.id, last ? 'failed' : 'pending', attempt, lastError.slice(0, 300));
      if (last) return;
      await new Promise((resolve) => setTimeout(resolve, (this.options.backoffMs ?? WEBHOOK_BACKOFF_MS) * 2 ** (attempt - 1)));
    }
  }
}
