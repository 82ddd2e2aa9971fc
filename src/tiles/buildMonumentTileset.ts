/**
 * Database → monument-models tileset on disk (`<tilesetsDir>/heritage-monument-models/`): reads the
 * monument points of the layer's collection (seeded by the `heritage-monument-models` generator from
 * heritage-monuments.geojson and citadel-gates.geojson; more collections can be added), builds a procedural model per site (src/sample/monuments) and writes one GLB tile
 * per monument (+ .gz), tileset.json atomically, and a stamp of the source revisions so an
 * unchanged database is not rebuilt. Files of earlier builds are removed.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Queryable } from '../server/db/Database.ts';
import type { MonumentSite } from '../sample/monuments/MonumentSite.ts';
import type { BuildStats } from './BuildStats.ts';
import { monumentTileset } from './monumentTileset.ts';

/** Tileset (= layer id = collection) drawn with procedural monument models. */
export const MONUMENT_MODELS_TILESET = 'heritage-monument-models';
/** Further collections whose points get models. Default: none (the generator already merges the gates). */
export const MONUMENT_EXTRA_COLLECTIONS: string[] = [];
const STAMP = '.monuments.json';

/** Options of {@link buildMonumentTileset}. */
export interface BuildMonumentTilesetOptions {
  /** Folder of all tilesets (TILESETS_DIR). */
  tilesetsDir: string;
  /** Collection of monument points. Default: {@link MONUMENT_MODELS_TILESET}. */
  collection?: string;
  /** Tileset folder name. Default: the collection. */
  name?: string;
  /** More point collections to include. Default: {@link MONUMENT_EXTRA_COLLECTIONS}. */
  extraCollections?: string[];
  /** Build even when the sources' revisions match the last build. Default: true. */
  force?: boolean;
}

interface SiteRow { collection_id: string; id: string; properties: Record<string, unknown> | string | null; lon: number | string; lat: number | string }

/** Reads the point sites of the collections (other geometries are ignored), ordered by collection and id. */
export async function readMonumentSites(db: Queryable, collections: string[]): Promise<MonumentSite[]> {
  const rows = await db.query<SiteRow>(
    `SELECT collection_id, id, properties, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM features
      WHERE collection_id = ANY($1::text[]) AND ST_GeometryType(geom) = 'ST_Point' ORDER BY collection_id, id`, [collections]);
  return rows.map((r) => ({
    id: `${r.collection_id}/${r.id}`,
    lonDeg: Number(r.lon),
    latDeg: Number(r.lat),
    properties: typeof r.properties === 'string' ? (JSON.parse(r.properties) as Record<string, unknown>) : (r.properties ?? {}),
  }));
}

/** Builds the tileset; returns undefined when `force` is false and the sources did not change. */
export async function buildMonumentTileset(db: Queryable, options: BuildMonumentTilesetOptions): Promise<BuildStats | undefined> {
  const startedAt = Date.now();
  const collection = options.collection ?? MONUMENT_MODELS_TILESET;
  const name = options.name ?? collection;
  const sources = [collection, ...(options.extraCollections ?? MONUMENT_EXTRA_COLLECTIONS)];
  const dir = path.join(options.tilesetsDir, name);
  const revs = await db.query<{ id: string; revision: string | number }>('SELECT id, revision FROM collections WHERE id = ANY($1::text[]) ORDER BY id', [sources]);
  const own = revs.find((r) => r.id === collection);
  if (!own) throw new Error(`collection "${collection}" does not exist in the database`);
  const stamp = revs.map((r) => `${r.id}:${r.revision}`).join(',');
  if (options.force === false) {
    const previous = await readFile(path.join(dir, STAMP), 'utf8').then((t) => (JSON.parse(t) as { stamp?: string }).stamp, () => undefined);
    if (previous === stamp) return undefined;
  }
  const sites = await readMonumentSites(db, sources);
  const built = monumentTileset(sites, stamp);
  await mkdir(path.join(dir, 'tiles'), { recursive: true });
  let bytesRaw = 0, bytesGzip = 0;
  for (const f of built.files) {
    const gz = gzipSync(f.glb, { level: 9 });
    await writeFile(path.join(dir, f.uri), f.glb);
    await writeFile(path.join(dir, `${f.uri}.gz`), gz);
    bytesRaw += f.glb.length;
    bytesGzip += gz.length;
  }
  const json = JSON.stringify(built.tileset);
  const gz = gzipSync(json, { level: 9 });
  await writeFile(path.join(dir, 'tileset.json.gz.tmp'), gz);
  await writeFile(path.join(dir, 'tileset.json.tmp'), json);
  await rename(path.join(dir, 'tileset.json.gz.tmp'), path.join(dir, 'tileset.json.gz'));
  await rename(path.join(dir, 'tileset.json.tmp'), path.join(dir, 'tileset.json'));
  const live = new Set(built.files.flatMap((f) => [f.uri, `${f.uri}.gz`]));
  for (const file of await readdir(path.join(dir, 'tiles'))) {
    if (!live.has(`tiles/${file}`)) await rm(path.join(dir, 'tiles', file), { force: true });
  }
  await writeFile(path.join(dir, STAMP), JSON.stringify({ stamp, sites: sites.length, models: built.files.length }));
  const sizes = built.files.map((f) => f.glb.length).sort((a, b) => a - b);
  const seconds = (Date.now() - startedAt) / 1000;
  const n = built.files.length;
  return {
    collection, name, full: true, revision: Number(own.revision), buildings: n, buildingsWritten: n,
    errors: [], tiles: n, tilesWritten: n, levels: n ? 2 : 1, seconds, buildingsPerSecond: seconds > 0 ? n / seconds : 0,
    bytesRaw: bytesRaw + json.length, bytesGzip: bytesGzip + gz.length,
    bytesPerBuildingRaw: n ? (bytesRaw + json.length) / n : 0, bytesPerBuildingGzip: n ? (bytesGzip + gz.length) / n : 0,
    maxTileBytes: sizes[sizes.length - 1] ?? 0, medianTileBytes: sizes[Math.floor(sizes.length / 2)] ?? 0,
    writtenKeys: built.files.map((f) => f.siteId),
  };
}
