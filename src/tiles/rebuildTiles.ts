/**
 * Incremental build: after edits, rewrites only the tiles whose buildings changed (or moved in or
 * out), keeping every other tile's file. The tree is recomputed from the manifest's summaries plus
 * the changed features (cheap, no geometry), with the same root box, so untouched areas come out
 * identical; bounding volumes and geometric errors in tileset.json are recomputed everywhere.
 * Falls back to a full build when there is no usable manifest or most buildings changed.
 * The monument-models tileset (`heritage-monument-models`) is built by {@link buildMonumentTileset}
 * instead (procedural models at the monument points), when its sources changed.
 */
import path from 'node:path';
import type { Queryable } from '../server/db/Database.ts';
import type { BuildStats } from './BuildStats.ts';
import { DEFAULT_BUILDINGS_COLLECTION, type BuildTilesetOptions } from './BuildTilesetOptions.ts';
import { buildTileset } from './buildTileset.ts';
import { buildMonumentTileset, MONUMENT_MODELS_TILESET } from './buildMonumentTileset.ts';
import { buildingHeightM } from './buildingHeight.ts';
import { summarizeFootprint, type BuildingSummary } from './BuildingSummary.ts';
import { prepareMeshopt } from './encodeTileGlb.ts';
import type { Footprint, FootprintError } from './Footprint.ts';
import { allTiles, DEFAULT_LEAF_CAPACITY, DEFAULT_PARENT_CAPACITY, partitionQuadtree } from './partitionQuadtree.ts';
import { changedFeatureIds, readCollectionState, readFootprintsById } from './readFootprints.ts';
import { manifestSummaries, readManifest } from './TilesetManifest.ts';
import { writeTileset } from './writeTileset.ts';

/** Options of {@link rebuildTiles}. */
export interface RebuildTilesOptions extends BuildTilesetOptions {
  /** Features known to have changed (inserted, updated or deleted). Default: read from feature_history since the last build. */
  changedIds?: string[];
  /** Above this share of changed buildings a full build is cheaper. Default: 0.3. */
  fullBuildShare?: number;
}

/**
 * Brings the tileset up to date with the database, rewriting only affected tiles. Returns undefined
 * when it was already up to date.
 */
export async function rebuildTiles(db: Queryable, options: RebuildTilesOptions): Promise<BuildStats | undefined> {
  const startedAt = Date.now();
  const collection = options.collection ?? DEFAULT_BUILDINGS_COLLECTION;
  const name = options.name ?? collection;
  if (collection === MONUMENT_MODELS_TILESET) return buildMonumentTileset(db, { tilesetsDir: options.tilesetsDir, collection, name, force: false });
  const dir = path.join(options.tilesetsDir, name);
  const previous = await readManifest(dir);
  const meshopt = options.meshopt ?? true;
  const treeOptions = {
    leafCapacity: options.leafCapacity ?? DEFAULT_LEAF_CAPACITY,
    parentCapacity: options.parentCapacity ?? DEFAULT_PARENT_CAPACITY,
    meshopt,
  };
  const sameShape = previous && previous.collection === collection && JSON.stringify(previous.options) === JSON.stringify(treeOptions);
  if (!previous || !sameShape) return buildTileset(db, options);
  const state = await readCollectionState(db, collection);
  if (!state) throw new Error(`collection "${collection}" does not exist in the database`);
  if (!options.changedIds && state.revision === previous.revision) return undefined;
  const changed = options.changedIds ?? await changedFeatureIds(db, collection, previous.historyId);
  // A revision change without history (a writer that keeps none) cannot be localised.
  if (changed.length === 0 && state.revision !== previous.revision) return buildTileset(db, options);
  if (changed.length > (options.fullBuildShare ?? 0.3) * Math.max(1, previous.buildings.id.length)) return buildTileset(db, options);
  if (meshopt) await prepareMeshopt();

  const changedSet = new Set(changed);
  const errors: FootprintError[] = [];
  const footprints = new Map<string, Footprint>();
  const fresh = await readFootprintsById(db, collection, changed);
  errors.push(...fresh.errors);
  const summaries: BuildingSummary[] = manifestSummaries(previous).filter((s) => !changedSet.has(s.id));
  for (const f of fresh.footprints) {
    const s = summarizeFootprint(f, buildingHeightM(f.properties));
    if (!s) { errors.push({ id: f.id, reason: 'no usable coordinates' }); continue; }
    summaries.push(s);
    footprints.set(f.id, f);
  }
  const tree = partitionQuadtree(summaries, previous.bounds, treeOptions);

  // A tile is rewritten when it holds a changed building, or its member list differs from before.
  const oldMembers = new Map<string, string[]>();
  previous.buildings.id.forEach((id, i) => {
    const key = previous.buildings.tile[i];
    if (key) (oldMembers.get(key) ?? oldMembers.set(key, []).get(key)!).push(id);
  });
  const rebuild = new Set<string>();
  for (const t of allTiles(tree)) {
    const ids = t.members.map((m) => m.id).sort();
    const before = (oldMembers.get(t.key) ?? []).sort();
    const differs = ids.length !== before.length || ids.some((id, i) => id !== before[i]) || ids.some((id) => changedSet.has(id));
    if (differs || !previous.tiles[t.key]) rebuild.add(t.key);
  }
  const need = allTiles(tree).filter((t) => rebuild.has(t.key)).flatMap((t) => t.members.map((m) => m.id)).filter((id) => !footprints.has(id));
  const rest = await readFootprintsById(db, collection, need);
  errors.push(...rest.errors);
  for (const f of rest.footprints) footprints.set(f.id, f);

  return writeTileset({
    dir, name, collection, revision: state.revision, historyId: state.historyId, options: treeOptions,
    originDeg: previous.originDeg, bounds: previous.bounds, summaries, tree, rebuild, footprintOf: (id) => footprints.get(id),
    previous, errors, startedAt, full: false, onProgress: options.onProgress,
  });
}
