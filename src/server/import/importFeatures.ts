/**
 * The import core: validates every feature (CRS transform to WGS 84, structure via validateGeometry,
 * geometry type, properties schema, ids, then PostGIS ST_IsValid inside the transaction) and writes
 * them in ONE transaction with history rows and a revision bump. Default: any invalid feature →
 * nothing is imported and every fault is reported; `skipInvalid` → the rest is imported and the
 * rejects are returned (the CLI writes them to a GeoJSON file).
 */
import { randomUUID } from 'node:crypto';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Database, Queryable } from '../db/Database.ts';
import { inferPropertiesSchema } from '../catalog/inferPropertiesSchema.ts';
import { bumpRevision } from '../features/bumpRevision.ts';
import { collectionMeta, type CollectionMeta } from '../features/collectionMeta.ts';
import { checkProperties } from '../features/validateFeatureInput.ts';
import { geometryTypeFits, validateGeometry } from '../features/validateGeometry.ts';
import { transformGeometry } from '../../geo/crs/transformCoordinates.ts';
import { CRS84, type SupportedCrs } from '../../geo/crs/supportedCrs.ts';
import { fileToCrs84 } from './axisOrder.ts';
import { hasZ, toWkb } from './wkb.ts';
import { ImportError, type ImportFeature, type ImportProgress, type ReadResult } from './ImportFeature.ts';

/** Features per INSERT statement. Default: 2000. */
const CHUNK = 2000;
/** Feature ids: as the OGC API routes accept them. */
const ID_PATTERN = /^[^\s/?#]{1,200}$/;
/** Sectors a new collection may belong to (FK `sectors`). */
export const SECTORS = ['planning', 'environment', 'logistics', 'heritage', 'transport', 'base'] as const;

/** Options for {@link importFeatures}. */
export interface ImportOptions {
  /** Target collection; created when missing. */
  collectionId: string;
  /** Sector of a new collection. Default: planning. */
  sector?: string;
  /** Licence of a new collection. Default: "unknown — set it". */
  licence?: string;
  /** Title (vi and en) of a new collection. Default: the collection id. */
  title?: string;
  /** Source name of a new collection (the file name). */
  sourceName: string;
  /** CRS of the coordinates; overrides what the file declares. Default: the file's, else CRS84. */
  crs?: SupportedCrs;
  /** Import the valid features and return the invalid ones instead of importing nothing. Default: false. */
  skipInvalid?: boolean;
  /** Update features whose id exists (history "update") instead of rejecting them. Default: false. */
  replace?: boolean;
  /** Recorded as `updated_by` / `changed_by`. Default: "import". */
  user?: string;
  /** Progress callback (validate and write phases). */
  onProgress?: (progress: ImportProgress) => void;
}

/** One rejected feature. */
export interface FeatureFault {
  /** 0-based position in the file's feature list. */
  index: number;
  /** Where it is in the file ("feature #3", "line 12", "way 123"). */
  where: string;
  id?: string;
  reason: string;
}

/** What an import did. */
export interface ImportSummary {
  collection: string;
  /** Whether the collection was created by this import. */
  created: boolean;
  /** Whether anything was written (false when a strict import met an invalid feature). */
  committed: boolean;
  /** CRS the coordinates were read in (CURIE), and why. */
  crs: string;
  crsSource: string;
  /** Features in the file. */
  read: number;
  /** Features written (inserted + updated). */
  imported: number;
  inserted: number;
  updated: number;
  /** Features rejected (listed in `errors`). */
  rejected: number;
  errors: FeatureFault[];
  warnings: string[];
  /** Wall time of validate + write (seconds). */
  seconds: number;
  /** imported / seconds. */
  featuresPerSecond: number;
}

interface Prepared {
  index: number;
  id: string;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

function inferGeometryType(types: Set<string>): string {
  if (types.size === 1) return [...types][0]!;
  if (types.size === 2) {
    const [a, b] = [...types].sort((x, y) => x.length - y.length);
    if (b === `Multi${a}`) return b;
  }
  return 'Geometry';
}

function hasNaN(geometry: unknown): boolean {
  return JSON.stringify(geometry).includes('null');
}

class Rollback extends Error {}

/** Validates and prepares features in JS (everything except ST_IsValid); faults go to `errors`. */
function prepare(read: ReadResult, crs: SupportedCrs, crsGiven: boolean, existing: CollectionMeta | undefined, options: ImportOptions, errors: FeatureFault[], warnings: string[]): Prepared[] {
  const transform = fileToCrs84(crs);
  const seen = new Map<string, number>();
  const prepared: Prepared[] = [];
  const total = read.features.length;
  let withZ = 0;
  const report = (done: number) => options.onProgress?.({ phase: 'validate', done, total });
  read.features.forEach((f: ImportFeature, index) => {
    if (index % 5000 === 0) report(index);
    const rawId = f.id ?? (typeof f.properties.id === 'string' || typeof f.properties.id === 'number' ? String(f.properties.id) : undefined);
    const reject = (reason: string) => errors.push({ index, where: f.where, ...(rawId !== undefined ? { id: rawId } : {}), reason });
    if (f.error) return reject(f.error);
    if (rawId !== undefined) {
      if (!ID_PATTERN.test(rawId)) return reject(`id ${JSON.stringify(rawId.slice(0, 60))} must be 1–200 characters without spaces, "/", "?" or "#"`);
      const first = seen.get(rawId);
      if (first !== undefined) return reject(`id "${rawId}" is used twice (also ${read.features[first]!.where})`);
      seen.set(rawId, index);
    }
    let geometry = f.geometry as Geometry;
    if (transform) {
      const structural = validateGeometry(geometry);
      if (structural && !/is outside lon/.test(structural)) return reject(structural);
      geometry = transformGeometry(geometry, transform);
      if (hasNaN(geometry)) return reject(`coordinates cannot be transformed from ${crs.curie} (outside the projection's area?)`);
    }
    const fault = validateGeometry(geometry);
    if (fault) {
      const projected = !crsGiven && /is outside lon/.test(fault) && /\d{4,}/.test(fault);
      return reject(projected ? `${fault} — these look like projected metres: give the CRS (e.g. --crs EPSG:9214 for VN-2000 TM-3 107°, Huế)` : fault);
    }
    if (existing && !geometryTypeFits(existing.geometryType, geometry.type)) {
      return reject(`geometry is ${geometry.type}, but collection "${existing.id}" holds ${existing.geometryType} features`);
    }
    if (existing?.propertiesSchema) {
      try {
        checkProperties(existing, f.properties);
      } catch (error) {
        return reject((error as Error).message);
      }
    }
    if (hasZ(geometry)) withZ++;
    prepared.push({ index, id: rawId ?? randomUUID(), properties: f.properties, geometry });
  });
  report(total);
  if (withZ > 0) warnings.push(`${withZ} feature(s) have z coordinates; z was dropped (features are stored in 2D — keep heights in a property such as "height")`);
  return prepared;
}

const SOURCE_CTE = `src AS MATERIALIZED (
  SELECT (f->>'i')::int AS i, f->>'id' AS id, f->'p' AS p, x.g, ST_IsValid(x.g) AS valid
  FROM jsonb_array_elements($2::jsonb) AS f, LATERAL (SELECT ST_GeomFromWKB(decode(f->>'g', 'hex'), 4326) AS g) x)`;

const INSERT_SQL = `WITH ${SOURCE_CTE},
ins AS (
  INSERT INTO features (collection_id, id, properties, geom, version, updated_by, updated_at)
  SELECT $1, s.id, s.p, s.g,
    CASE WHEN $5 THEN COALESCE((SELECT max(h.version) FROM feature_history h WHERE h.collection_id = $1 AND h.feature_id = s.id), 0) + 1 ELSE 1 END,
    $3, now()
  FROM src s WHERE s.valid AND $4
  RETURNING id, properties, geom, version),
hist AS (
  INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by)
  SELECT $1, id, version, 'insert', properties, geom, $3 FROM ins)
SELECT i, ST_IsValidReason(g) AS reason FROM src WHERE NOT valid`;

const UPDATE_SQL = `WITH ${SOURCE_CTE},
upd AS (
  UPDATE features f SET properties = s.p, geom = s.g, version = f.version + 1, updated_by = $3, updated_at = now()
  FROM src s WHERE f.collection_id = $1 AND f.id = s.id AND s.valid AND $4
  RETURNING f.id, f.properties, f.geom, f.version),
hist AS (
  INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by)
  SELECT $1, id, version, 'update', properties, geom, $3 FROM upd)
SELECT i, ST_IsValidReason(g) AS reason FROM src WHERE NOT valid AND $5`;

async function writeChunks(
  tx: Queryable,
  sql: string,
  features: Prepared[],
  params: { collection: string; user: string; existing: boolean; write: boolean },
  state: { errors: FeatureFault[]; done: number; total: number; where: (i: number) => string },
  onProgress: ImportOptions['onProgress'],
): Promise<void> {
  // Pipelined: chunk k+1 is encoded while the database works on chunk k.
  let pending: Promise<void> | undefined;
  for (let start = 0; start < features.length; start += CHUNK) {
    const chunk = features.slice(start, start + CHUNK);
    const payload = JSON.stringify(chunk.map((f) => ({ i: f.index, id: f.id, p: f.properties, g: Buffer.from(toWkb(f.geometry, false)).toString('hex') })));
    const query = tx.query<{ i: number; reason: string }>(sql, [params.collection, payload, params.user, params.write, params.existing]).then((invalid) => {
      for (const row of invalid) {
        const f = chunk.find((c) => c.index === row.i)!;
        state.errors.push({ index: row.i, where: state.where(row.i), id: f.id, reason: `geometry is not valid: ${row.reason}` });
      }
      state.done += chunk.length;
      onProgress?.({ phase: 'write', done: state.done, total: state.total });
    });
    query.catch(() => undefined);
    if (pending) await pending;
    pending = query;
  }
  await pending;
}

/** Imports `read` into the database (see the module comment). Throws ImportError for a bad target (unknown sector, bad id). */
export async function importFeatures(db: Database, read: ReadResult, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const collectionId = options.collectionId;
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(collectionId)) {
    throw new ImportError(`collection id "${collectionId}" must start with a letter or digit and use only letters, digits, "_", "-" and "." (at most 100)`);
  }
  const sector = options.sector ?? 'planning';
  if (!(SECTORS as readonly string[]).includes(sector)) throw new ImportError(`unknown sector "${sector}"; use one of ${SECTORS.join(', ')}`);
  const user = options.user ?? 'import';
  const crs = options.crs ?? read.crs ?? CRS84;
  const warnings = [...read.warnings];
  const crsSource = options.crs ? 'given' : read.crs ? (read.crsSource ?? 'file') : 'default (WGS 84 lon/lat)';
  if (options.crs && read.crs && options.crs.uri !== read.crs.uri) {
    warnings.push(`the file declares ${read.crs.curie} (${read.crsSource ?? 'file'}), but ${options.crs.curie} was given and is used`);
  }
  const existing = await collectionMeta(db, collectionId).catch(() => undefined);
  const errors: FeatureFault[] = [];
  const prepared = prepare(read, crs, options.crs !== undefined, existing, options, errors, warnings);
  const where = (i: number) => read.features[i]!.where;
  const summary = (committed: boolean, inserted: number, updated: number): ImportSummary => {
    const seconds = (performance.now() - started) / 1000;
    const imported = inserted + updated;
    errors.sort((a, b) => a.index - b.index);
    return {
      collection: collectionId, created: committed && !existing, committed, crs: crs.curie, crsSource,
      read: read.features.length, imported, inserted, updated, rejected: errors.length, errors, warnings,
      seconds: Math.round(seconds * 1000) / 1000, featuresPerSecond: seconds > 0 ? Math.round(imported / seconds) : 0,
    };
  };
  if (read.features.length === 0) throw new ImportError('the file holds no features');
  const strict = !options.skipInvalid;
  try {
    return await db.transaction(async (tx) => {
      if (!existing) {
        await tx.query(
          `INSERT INTO collections (id, title_vi, title_en, sector, geometry_type, source_name, synthetic, licence)
           VALUES ($1, $2, $2, $3, 'Geometry', $4, false, $5)`,
          [collectionId, options.title ?? collectionId, sector, options.sourceName, options.licence ?? 'unknown — set it'],
        );
      }
      const exists = new Set<string>();
      if (existing) {
        const rows = await tx.query<{ id: string }>('SELECT id FROM features WHERE collection_id = $1 AND id = ANY($2::text[])', [collectionId, prepared.map((p) => p.id)]);
        for (const row of rows) exists.add(row.id);
      }
      const inserts: Prepared[] = [];
      const updates: Prepared[] = [];
      for (const p of prepared) {
        if (!exists.has(p.id)) inserts.push(p);
        else if (options.replace) updates.push(p);
        else errors.push({ index: p.index, where: where(p.index), id: p.id, reason: `id "${p.id}" already exists in collection "${collectionId}" (use --replace / replace=true to update it)` });
      }
      const state = { errors, done: 0, total: inserts.length + updates.length, where };
      // A strict import that already has faults only checks validity (it is rolled back anyway).
      const params = { collection: collectionId, user, existing: existing !== undefined, write: !strict || errors.length === 0 };
      await writeChunks(tx, INSERT_SQL, inserts, params, state, options.onProgress);
      await writeChunks(tx, UPDATE_SQL, updates, { ...params, existing: true }, state, options.onProgress);
      if (strict && errors.length > 0) throw new Rollback();
      const failed = new Set(errors.map((e) => e.index));
      const written = (list: Prepared[]) => list.filter((p) => !failed.has(p.index));
      const inserted = written(inserts);
      const updated = written(updates);
      if (inserted.length + updated.length === 0) throw new Rollback();
      await bumpRevision(tx, collectionId);
      if (!existing) {
        const types = new Set(inserted.map((p) => p.geometry.type));
        await tx.query('UPDATE collections SET geometry_type = $2, properties_schema = $3 WHERE id = $1', [collectionId, inferGeometryType(types), JSON.stringify(inferPropertiesSchema(inserted))]);
      }
      return summary(true, inserted.length, updated.length);
    });
  } catch (error) {
    if (error instanceof Rollback) return summary(false, 0, 0);
    throw error;
  }
}

/** The rejected features as a GeoJSON FeatureCollection (original geometry, `_reason` and `_where` added to the properties). */
export function rejectsGeoJson(read: ReadResult, errors: FeatureFault[]): FeatureCollection {
  const features: Feature[] = errors.map((e) => {
    const f = read.features[e.index]!;
    const valid = f.geometry && typeof f.geometry === 'object' && typeof (f.geometry as { type?: unknown }).type === 'string';
    return {
      type: 'Feature',
      ...(e.id !== undefined ? { id: e.id } : {}),
      properties: { ...f.properties, _reason: e.reason, _where: e.where },
      geometry: valid ? (f.geometry as Geometry) : null,
    } as Feature;
  });
  return { type: 'FeatureCollection', features };
}
