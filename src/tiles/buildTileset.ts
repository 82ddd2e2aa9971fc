/**
 * Full build: database collection → 3D Tiles 1.1 tileset on disk (`<tilesetsDir>/<name>/`).
 * Reads every footprint, partitions, writes every tile, tileset.json and the manifest.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from '../server/db/Database.ts';
import type { BuildStats } from './BuildStats.ts';
import { DEFAULT_BUILDINGS_COLLECTION, type BuildTilesetOptions } from './BuildTilesetOptions.ts';
import { buildingHeightM } from './buildingHeight.ts';
import { summarizeFootprint, type BuildingSummary } from './BuildingSummary.ts';
import { prepareMeshopt } from './encodeTileGlb.ts';
import type { Footprint, FootprintError } from './Footprint.ts';
import { allTiles, DEFAULT_LEAF_CAPACITY, DEFAULT_PARENT_CAPACITY, partitionQuadtree } from './partitionQuadtree.ts';
import { readManifest } from './TilesetManifest.ts';
import { readCollectionState, readFootprints } from './readFootprints.ts';
import { writeTileset } from './writeTileset.ts';

/** Builds the whole tileset of a collection; returns its figures (bytes, tiles, buildings/s, errors). */
export async function buildTileset(db: Queryable, options: BuildTilesetOptions): Promise<BuildStats> {
  const startedAt = Date.now();
  const collection = options.collection ?? DEFAULT_BUILDINGS_COLLECTION;
  const name = options.name ?? collection;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`tileset name "${name}" must be letters, digits, ".", "_" or "-"`);
  const dir = path.join(options.tilesetsDir, name);
  const state = await readCollectionState(db, collection);
  if (!state) throw new Error(`collection "${collection}" does not exist in the database`);
  const meshopt = options.meshopt ?? true;
  if (meshopt) await prepareMeshopt();
  await mkdir(path.join(dir, 'tiles'), { recursive: true });

  const footprints = new Map<string, Footprint>();
  const summaries: BuildingSummary[] = [];
  const errors: FootprintError[] = [];
  for await (const page of readFootprints(db, collection)) {
    errors.push(...page.errors);
    for (const f of page.footprints) {
      const s = summarizeFootprint(f, buildingHeightM(f.properties));
      if (!s) { errors.push({ id: f.id, reason: 'no usable coordinates' }); continue; }
      summaries.push(s);
      footprints.set(f.id, f);
    }
    options.onProgress?.({ phase: 'read', tilesDone: 0, tilesTotal: 0, buildings: summaries.length, elapsedS: (Date.now() - startedAt) / 1000 });
  }

  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const b of summaries) {
    w = Math.min(w, b.lonDeg); e = Math.max(e, b.lonDeg); s = Math.min(s, b.latDeg); n = Math.max(n, b.latDeg);
  }
  const bounds: [number, number, number, number] = summaries.length > 0 ? [w, s, e, n] : [0, 0, 0, 0];
  const originDeg = { lon: (bounds[0] + bounds[2]) / 2, lat: (bounds[1] + bounds[3]) / 2 };
  const treeOptions = {
    leafCapacity: options.leafCapacity ?? DEFAULT_LEAF_CAPACITY,
    parentCapacity: options.parentCapacity ?? DEFAULT_PARENT_CAPACITY,
    meshopt,
  };
  const tree = partitionQuadtree(summaries, bounds, treeOptions);
  return writeTileset({
    dir, name, collection, revision: state.revision, historyId: state.historyId, options: treeOptions, originDeg, bounds,
    summaries, tree, rebuild: new Set(allTiles(tree).map((t) => t.key)), footprintOf: (id) => footprints.get(id),
    previous: await readManifest(dir), errors, startedAt, full: true, onProgress: options.onProgress,
  });
}
