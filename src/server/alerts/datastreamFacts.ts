/**
 * What the alert engine needs to know per Datastream (its Thing and the Thing's name, its
 * `properties.quantity` and unit), loaded on first use and kept for {@link FACTS_TTL_MS}.
 */
import type { Queryable } from '../db/Database.ts';

/** How long facts are reused before being read again. Default: 60 s. */
export const FACTS_TTL_MS = 60_000;

/** Facts of one Datastream. */
export interface DatastreamFacts {
  datastream: number;
  thing: number;
  thingName: string;
  quantity: string | null;
  unit: string;
}

/** Per-process cache of {@link DatastreamFacts}. */
export class DatastreamFactsCache {
  private readonly facts = new Map<number, { at: number; value: DatastreamFacts | undefined }>();

  constructor(private readonly db: Queryable) {}

  /** Facts of each id in `ids` that exists (one query for the ones not cached). */
  async load(ids: Iterable<number>): Promise<Map<number, DatastreamFacts>> {
    const now = Date.now();
    const wanted = [...new Set(ids)];
    const missing = wanted.filter((id) => (this.facts.get(id)?.at ?? -Infinity) < now - FACTS_TTL_MS);
    if (missing.length > 0) {
      const rows = await this.db.query<{ id: number; thing_id: number; thing_name: string; quantity: string | null; unit: string | null }>(
        `SELECT d.id, d.thing_id, t.name AS thing_name, d.properties->>'quantity' AS quantity, d.unit_of_measurement->>'symbol' AS unit
           FROM sta_datastreams d JOIN sta_things t ON t.id = d.thing_id WHERE d.id = ANY($1::bigint[])`,
        [missing],
      );
      for (const id of missing) this.facts.set(id, { at: now, value: undefined });
      for (const r of rows) {
        this.facts.set(Number(r.id), { at: now, value: { datastream: Number(r.id), thing: Number(r.thing_id), thingName: r.thing_name, quantity: r.quantity, unit: r.unit ?? '' } });
      }
    }
    const out = new Map<number, DatastreamFacts>();
    for (const id of wanted) {
      const f = this.facts.get(id)?.value;
      if (f) out.set(id, f);
    }
    return out;
  }

  /** Pollutant Datastreams of a Thing by quantity (for its AQI). */
  async pollutantsOf(thing: number): Promise<Record<string, number>> {
    const rows = await this.db.query<{ id: number; quantity: string }>(
      "SELECT id, properties->>'quantity' AS quantity FROM sta_datastreams WHERE thing_id = $1 AND properties->>'quantity' IN ('pm25', 'pm10', 'o3', 'no2', 'so2', 'co') ORDER BY id",
      [thing],
    );
    return Object.fromEntries(rows.map((r) => [r.quantity, Number(r.id)]));
  }
}
