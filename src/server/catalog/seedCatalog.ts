/**
 * Loads the catalog's seed files into the database: collection metadata on every start, features
 * when a seed file changed. One transaction per collection; a bad file changes nothing and stops the
 * start with a line naming the file and feature. Features edited through the API are never
 * overwritten by a changed seed file (a warning says so).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database, Queryable } from '../db/Database.ts';
import { GENERATORS } from '../../sample/generators.ts';
import { StartupError } from '../StartupError.ts';
import { bumpRevision } from '../features/bumpRevision.ts';
import { inferPropertiesSchema } from './inferPropertiesSchema.ts';
import type { LoadedLayer } from './loadCatalog.ts';

/** Features per INSERT statement. Default: 2000. */
const CHUNK = 2000;

interface SeedFeature {
  id: string;
  properties: Record<string, unknown>;
  geometry: unknown;
}

/** Parses and checks a seed GeoJSON file; throws StartupError naming the fault. */
export function parseSeed(file: string, text: string): SeedFeature[] {
  let doc: { type?: unknown; features?: unknown };
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new StartupError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    throw new StartupError(`${file}: must be a GeoJSON FeatureCollection`);
  }
  const ids = new Set<string>();
  return doc.features.map((raw: { id?: unknown; properties?: unknown; geometry?: { type?: unknown } }, index: number) => {
    const where = `${file}: feature #${index + 1}`;
    if (typeof raw.id !== 'string' && typeof raw.id !== 'number') throw new StartupError(`${where} has no "id"`);
    const id = String(raw.id);
    if (ids.has(id)) throw new StartupError(`${where}: id "${id}" is used twice`);
    ids.add(id);
    if (!raw.geometry || typeof raw.geometry.type !== 'string') throw new StartupError(`${where} ("${id}") has no geometry`);
    const properties = raw.properties && typeof raw.properties === 'object' ? (raw.properties as Record<string, unknown>) : {};
    return { id, properties, geometry: raw.geometry };
  });
}

async function upsertCollection(db: Queryable, layer: LoadedLayer, hash: string | null): Promise<void> {
  const d = layer.definition;
  await db.query(
    `INSERT INTO collections (id, title_vi, title_en, description_vi, description_en, sector, geometry_type,
       source_name, source_url, synthetic, licence, seed_hash, temporal_property)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
     ON CONFLICT (id) DO UPDATE SET title_vi = EXCLUDED.title_vi, title_en = EXCLUDED.title_en,
       description_vi = EXCLUDED.description_vi, description_en = EXCLUDED.description_en,
       sector = EXCLUDED.sector, geometry_type = EXCLUDED.geometry_type, source_name = EXCLUDED.source_name,
       source_url = EXCLUDED.source_url, synthetic = EXCLUDED.synthetic, licence = EXCLUDED.licence,
       seed_hash = COALESCE(EXCLUDED.seed_hash, collections.seed_hash), temporal_property = EXCLUDED.temporal_property,
       updated_at = now()`,
    [d.id, d.title.vi, d.title.en, d.description?.vi ?? null, d.description?.en ?? null, d.sector,
      d.geometryType ?? 'Geometry', d.source.name, d.source.url ?? null, d.source.synthetic, d.licence, hash, d.temporalProperty ?? null],
  );
}

async function insertFeatures(tx: Queryable, collection: string, file: string, features: SeedFeature[]): Promise<void> {
  for (let start = 0; start < features.length; start += CHUNK) {
    const chunk = features.slice(start, start + CHUNK);
    try {
      await tx.query(
        `INSERT INTO features (collection_id, id, properties, geom)
         SELECT $1, f->>'id', f->'properties', ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326)
         FROM jsonb_array_elements($2::jsonb) AS f`,
        [collection, JSON.stringify(chunk)],
      );
    } catch (error) {
      throw new StartupError(`${file}: features ${start + 1}–${start + chunk.length} could not be stored: ${(error as Error).message}`);
    }
  }
}

/**
 * Replaces a collection's features with the seed, keeping the history continuous: features that
 * were never edited first get their seed state recorded (copy-on-write), then a `delete` entry; the
 * new features carry on the version numbers. Fresh seed states are not copied into the history
 * (the first edit does that), which halves the cost of loading large samples.
 */
async function replaceSeededFeatures(tx: Queryable, id: string, file: string, features: SeedFeature[]): Promise<void> {
  await tx.query(
    `INSERT INTO feature_history (collection_id, feature_id, version, operation, properties, geom, changed_by, changed_at)
     SELECT f.collection_id, f.id, f.version, 'seed', f.properties, f.geom, f.updated_by, f.updated_at FROM features f
     WHERE f.collection_id = $1 AND NOT EXISTS (SELECT 1 FROM feature_history h WHERE h.collection_id = $1 AND h.feature_id = f.id)`,
    [id],
  );
  await tx.query(
    `INSERT INTO feature_history (collection_id, feature_id, version, operation, changed_by)
     SELECT collection_id, id, version + 1, 'delete', 'seed' FROM features WHERE collection_id = $1`,
    [id],
  );
  await tx.query('DELETE FROM features WHERE collection_id = $1', [id]);
  await bumpRevision(tx, id);
  await insertFeatures(tx, id, file, features);
  await tx.query(
    `UPDATE features f SET version = h.v + 1
     FROM (SELECT feature_id, max(version) AS v FROM feature_history WHERE collection_id = $1 GROUP BY feature_id) h
     WHERE f.collection_id = $1 AND f.id = h.feature_id`,
    [id],
  );
}

/** What a layer seeds from: a file's text, or a generator's output (text = its identity for the hash). */
async function readSeedSource(layer: LoadedLayer): Promise<{ text: string; label: string } | undefined> {
  if (layer.dataPath) return { text: await readFile(layer.dataPath, 'utf8'), label: path.relative(process.cwd(), layer.dataPath) };
  const spec = layer.definition.generator;
  if (!spec) return undefined;
  const generator = GENERATORS[spec.name]!;
  const identity = JSON.stringify({ ...spec, version: generator.version });
  return { text: identity, label: `generator "${spec.name}" (seed ${spec.seed})` };
}

/** Runs a layer's generator and checks its output like a seed file. */
async function generateSeed(layer: LoadedLayer, label: string): Promise<SeedFeature[]> {
  const spec = layer.definition.generator!;
  const features = await GENERATORS[spec.name]!.generate(spec.seed, spec.options ?? {});
  return parseSeed(label, JSON.stringify({ type: 'FeatureCollection', features }));
}

/** Seeds every layer with a data file; returns warnings. `onProgress` gets one line per loaded file. */
export async function seedCatalog(
  db: Database,
  layers: LoadedLayer[],
  onProgress: (line: string) => void = () => undefined,
): Promise<string[]> {
  const warnings: string[] = [];
  for (const layer of layers) {
    const id = layer.definition.id;
    const source = await readSeedSource(layer);
    if (!source) {
      await upsertCollection(db, layer, null);
      continue;
    }
    const { text, label } = source;
    const hash = createHash('sha256').update(text).digest('hex');
    const [current] = await db.query<{ seed_hash: string | null; edited: number }>(
      `SELECT c.seed_hash,
         (SELECT count(DISTINCT h.feature_id) FROM feature_history h WHERE h.collection_id = c.id AND h.changed_by <> 'seed')::int AS edited
       FROM collections c WHERE c.id = $1`,
      [id],
    );
    if (current?.seed_hash === hash) {
      await upsertCollection(db, layer, null);
      continue;
    }
    if (current && current.edited > 0) {
      warnings.push(`${label} changed, but ${current.edited} feature(s) of "${id}" were edited in the database; kept the database version`);
      await upsertCollection(db, layer, null);
      continue;
    }
    const features = layer.definition.generator ? await generateSeed(layer, label) : parseSeed(label, text);
    const started = performance.now();
    await db.transaction(async (tx) => {
      await upsertCollection(tx, layer, hash);
      await tx.query('UPDATE collections SET properties_schema = $2 WHERE id = $1', [id, JSON.stringify(inferPropertiesSchema(features))]);
      await replaceSeededFeatures(tx, id, label, features);
    });
    onProgress(`seeded ${id}: ${features.length} features in ${Math.round(performance.now() - started)} ms`);
  }
  return warnings;
}
