/**
 * Caches what ingest needs per Datastream (unit, type, range, Thing, default FeatureOfInterest) so
 * that a stream of observations costs no lookups. The default FeatureOfInterest is generated once
 * from the Thing's Location. Unknown ids are remembered briefly ({@link NEGATIVE_TTL_MS}).
 */
import type { Database, Queryable } from '../db/Database.ts';
import { defaultRange, type DatastreamInfo } from './prepareObservation.ts';

/** How long an unknown Datastream id is remembered as unknown. Default: 5 s. */
export const NEGATIVE_TTL_MS = 5000;

/** Per-process cache of {@link DatastreamInfo}. */
export class DatastreamCache {
  private readonly known = new Map<number, Promise<DatastreamInfo | undefined>>();
  /** The loaded entries of `known`, for the synchronous hit path. */
  private readonly ready = new Map<number, DatastreamInfo>();
  private readonly unknownUntil = new Map<number, number>();

  constructor(private readonly db: Database) {}

  /** The Datastream's ingest info when it is already loaded (no promise, no await: the hot path of ingest). */
  peek(id: number): DatastreamInfo | undefined {
    return this.ready.get(id);
  }

  /** The Datastream's ingest info, or undefined when there is none with that id. */
  get(id: number): Promise<DatastreamInfo | undefined> {
    const hit = this.known.get(id);
    if (hit) return hit;
    const until = this.unknownUntil.get(id);
    if (until !== undefined && until > Date.now()) return Promise.resolve(undefined);
    const loading = this.load(id).then((info) => {
      if (!info) {
        this.known.delete(id);
        this.unknownUntil.set(id, Date.now() + NEGATIVE_TTL_MS);
      } else if (this.known.get(id) === loading) this.ready.set(id, info);
      return info;
    });
    loading.catch(() => this.known.delete(id));
    this.known.set(id, loading);
    return loading;
  }

  /** Forgets `id` (after the Datastream or its Thing's Location changed), or everything. */
  invalidate(id?: number): void {
    if (id === undefined) {
      this.known.clear();
      this.ready.clear();
      this.unknownUntil.clear();
    } else {
      this.known.delete(id);
      this.ready.delete(id);
      this.unknownUntil.delete(id);
    }
  }

  private load(id: number): Promise<DatastreamInfo | undefined> {
    return fetchDatastreamInfo(this.db, id);
  }
}

/** Reads a Datastream's ingest info through `db` (a transaction sees its own uncommitted rows). */
export async function fetchDatastreamInfo(db: Queryable, id: number): Promise<DatastreamInfo | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const [row] = await db.query<{ id: number; thing_id: number; unit: { symbol?: string }; observation_type: string; properties: unknown; location_id: number | null }>(
    `SELECT d.id, d.thing_id, d.unit_of_measurement AS unit, d.observation_type, d.properties,
            (SELECT tl.location_id FROM sta_thing_locations tl WHERE tl.thing_id = d.thing_id ORDER BY tl.location_id DESC LIMIT 1) AS location_id
       FROM sta_datastreams d WHERE d.id = $1`,
    [id],
  );
  if (!row) return undefined;
  const unitSymbol = String(row.unit?.symbol ?? '');
  return {
    id: Number(row.id),
    thingId: Number(row.thing_id),
    unitSymbol,
    observationType: row.observation_type,
    validRange: defaultRange(unitSymbol, row.properties),
    defaultFoiId: row.location_id === null ? null : await foiForLocation(db, Number(row.location_id)),
  };
}

async function foiForLocation(db: Queryable, locationId: number): Promise<number> {
  await db.query(
    `INSERT INTO sta_features_of_interest (name, description, encoding_type, geom, location_id)
     SELECT l.name, l.description, 'application/geo+json', l.geom, l.id FROM sta_locations l WHERE l.id = $1
     ON CONFLICT (location_id) DO NOTHING`,
    [locationId],
  );
  const [foi] = await db.query<{ id: number }>('SELECT id FROM sta_features_of_interest WHERE location_id = $1', [locationId]);
  return Number(foi.id);
}
