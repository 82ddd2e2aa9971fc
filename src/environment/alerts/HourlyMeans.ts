/**
 * Hourly means per Datastream kept in memory (sum and count per UTC hour), for the station AQI
 * that alert rules watch: PM as NowCast of the last 12 hourly means, gases as the current hour's
 * mean. Old hours are dropped after {@link KEEP_HOURS}.
 */

/** Hours kept per Datastream. Default: 13 (NowCast needs 12). */
export const KEEP_HOURS = 13;

/** Hour number (hours since the Unix epoch, UTC) of a time in ms. */
export function hourOf(tMs: number): number {
  return Math.floor(tMs / 3_600_000);
}

/** Rolling hourly sums and counts of many Datastreams. */
export class HourlyMeans {
  private readonly bins = new Map<number, Map<number, { sum: number; count: number }>>();

  /** Whether `datastream` has been seeded or seen. */
  has(datastream: number): boolean {
    return this.bins.has(datastream);
  }

  /** Adds one value (or a pre-aggregated `count` values summing to `sum`) at `tMs`. */
  add(datastream: number, tMs: number, sum: number, count = 1): void {
    let hours = this.bins.get(datastream);
    if (!hours) this.bins.set(datastream, (hours = new Map()));
    const h = hourOf(tMs);
    const bin = hours.get(h) ?? { sum: 0, count: 0 };
    bin.sum += sum;
    bin.count += count;
    hours.set(h, bin);
    for (const old of hours.keys()) if (old < h - KEEP_HOURS) hours.delete(old);
  }

  /** Marks `datastream` as known with no data (so it is not seeded again). */
  touch(datastream: number): void {
    if (!this.bins.has(datastream)) this.bins.set(datastream, new Map());
  }

  /** Hourly means newest first, `count` hours ending with the hour of `tMs` (null = no data). */
  newestFirst(datastream: number, tMs: number, count: number): Array<number | null> {
    const hours = this.bins.get(datastream);
    const h = hourOf(tMs);
    return Array.from({ length: count }, (_, i) => {
      const bin = hours?.get(h - i);
      return bin && bin.count > 0 ? bin.sum / bin.count : null;
    });
  }
}
