/**
 * The observations of one Datastream in time order (epoch milliseconds → number), with what the
 * environment views ask of them: the latest value at a time, hourly means ending at a time (the
 * input of NowCast and of the 1-hour gas means) and the values inside a window. Inserting keeps the
 * order, so late or replayed observations land where they belong; a second value at the same
 * time replaces the first (the server's idempotency key is Datastream + phenomenonTime too).
 */

/** One hour in milliseconds. */
export const HOUR_MS = 3_600_000;

/** A time-ordered series of numeric observations. */
export class ObservationSeries {
  private readonly times: number[] = [];
  private readonly values: number[] = [];

  /** Number of observations held. */
  get size(): number {
    return this.times.length;
  }

  /** Time (ms) of the newest observation; undefined when empty. */
  get lastTime(): number | undefined {
    return this.times[this.times.length - 1];
  }

  /** Adds an observation at `timeMs` (epoch ms); non-finite times or values are ignored. */
  insert(timeMs: number, value: number): void {
    if (!Number.isFinite(timeMs) || !Number.isFinite(value)) return;
    const n = this.times.length;
    if (n === 0 || timeMs > this.times[n - 1]!) {
      this.times.push(timeMs);
      this.values.push(value);
      return;
    }
    const i = this.lowerBound(timeMs);
    if (this.times[i] === timeMs) {
      this.values[i] = value;
      return;
    }
    this.times.splice(i, 0, timeMs);
    this.values.splice(i, 0, value);
  }

  /** The newest observation at or before `timeMs` and not older than `maxAgeMs` (default: any age). */
  latestAt(timeMs: number, maxAgeMs = Infinity): { time: number; value: number } | undefined {
    const i = this.upperBound(timeMs) - 1;
    if (i < 0 || timeMs - this.times[i]! > maxAgeMs) return undefined;
    return { time: this.times[i]!, value: this.values[i]! };
  }

  /**
   * Means of the `hours` hours ending at `timeMs`, newest first: entry k averages the observations
   * in (timeMs − (k+1) h, timeMs − k h]; null for an hour without observations.
   */
  hourlyMeans(timeMs: number, hours: number): (number | null)[] {
    const out: (number | null)[] = [];
    let end = this.upperBound(timeMs); // exclusive index of observations ≤ timeMs
    for (let k = 0; k < hours; k++) {
      const from = timeMs - (k + 1) * HOUR_MS;
      const start = this.upperBound(from); // first observation > from
      let sum = 0;
      for (let i = start; i < end; i++) sum += this.values[i]!;
      out.push(end > start ? sum / (end - start) : null);
      end = start;
    }
    return out;
  }

  /** Observations with `fromMs` < time ≤ `toMs`, oldest first. */
  between(fromMs: number, toMs: number): { time: number; value: number }[] {
    const out: { time: number; value: number }[] = [];
    for (let i = this.upperBound(fromMs); i < this.times.length && this.times[i]! <= toMs; i++) {
      out.push({ time: this.times[i]!, value: this.values[i]! });
    }
    return out;
  }

  /** First index whose time is ≥ t. */
  private lowerBound(t: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First index whose time is > t. */
  private upperBound(t: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
