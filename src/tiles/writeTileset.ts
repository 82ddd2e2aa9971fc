/**
 * The shared core of full and incremental builds: given the buildings, the tree and the tiles to
 * (re)write, writes their content, then tileset.json (atomically, with .gz), then the manifest, and
 * deletes the files that the previous build had already marked stale.
 */
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildProgress, BuildStats } from './BuildStats.ts';
import type { BuildingSummary } from './BuildingSummary.ts';
import type { Footprint, FootprintError } from './Footprint.ts';
import { allTiles, type TileNode } from './partitionQuadtree.ts';
import { tilesetDocument } from './tilesetDocument.ts';
import { MANIFEST_FORMAT, summaryColumns, writeManifest, type ManifestTile, type TilesetManifest } from './TilesetManifest.ts';
import { writeTileContent } from './writeTileContent.ts';
import { enuFrameAt } from './wgs84.ts';

const DEG = Math.PI / 180;

/** Everything {@link writeTileset} needs. */
export interface WriteTilesetInput {
  dir: string;
  name: string;
  collection: string;
  revision: number;
  historyId: number;
  options: TilesetManifest['options'];
  originDeg: { lon: number; lat: number };
  bounds: [number, number, number, number];
  summaries: BuildingSummary[];
  tree: TileNode;
  /** Tile keys whose content must be written. */
  rebuild: ReadonlySet<string>;
  /** Footprints of every member of the tiles in `rebuild`. */
  footprintOf: (id: string) => Footprint | undefined;
  /** Content kept from the previous build (tiles not in `rebuild`). */
  previous?: TilesetManifest;
  /** Problems found while reading. */
  errors: FootprintError[];
  startedAt: number;
  full: boolean;
  onProgress?: (p: BuildProgress) => void;
}

/** Writes what changed and returns the build's figures. */
export async function writeTileset(input: WriteTilesetInput): Promise<BuildStats> {
  const { dir, tree, rebuild } = input;
  const root = enuFrameAt(input.originDeg.lon * DEG, input.originDeg.lat * DEG, 0);
  const tiles = allTiles(tree);
  const errors = [...input.errors];
  const contents = new Map<string, ManifestTile>();
  const tileOf = new Map<string, string>();
  const todo = tiles.filter((t) => rebuild.has(t.key));
  let done = 0, written = 0;
  const progress = (phase: BuildProgress['phase']) =>
    input.onProgress?.({ phase, tilesDone: done, tilesTotal: todo.length, buildings: written, elapsedS: (Date.now() - input.startedAt) / 1000 });

  for (const t of tiles) {
    for (const m of t.members) tileOf.set(m.id, t.key);
    if (!rebuild.has(t.key)) {
      const kept = input.previous?.tiles[t.key];
      if (kept) contents.set(t.key, kept);
      continue;
    }
    const footprints = t.members.map((m) => input.footprintOf(m.id)).filter((f): f is Footprint => f !== undefined);
    const result = await writeTileContent(dir, t.key, footprints, root, { meshopt: input.options.meshopt });
    errors.push(...result.errors);
    if (result.tile) contents.set(t.key, result.tile);
    done++;
    written += footprints.length;
    progress('tiles');
  }

  const uris = new Map([...contents].map(([k, v]) => [k, v.uri]));
  const doc = tilesetDocument(tree, { uris, originDeg: input.originDeg, version: String(input.revision) });
  const json = JSON.stringify(doc);
  const gz = gzipSync(json, { level: 9 });
  await writeFile(path.join(dir, 'tileset.json.tmp'), json);
  await writeFile(path.join(dir, 'tileset.json.gz.tmp'), gz);
  // .gz first: a client that gets the new tileset.json.gz must find all its tiles (already written).
  await rename(path.join(dir, 'tileset.json.gz.tmp'), path.join(dir, 'tileset.json.gz'));
  await rename(path.join(dir, 'tileset.json.tmp'), path.join(dir, 'tileset.json'));

  // Stale files: delete those marked by the previous build, mark the ones this build replaced.
  const live = new Set([...contents.values()].map((c) => c.uri));
  for (const uri of input.previous?.stale ?? []) {
    if (!live.has(uri)) await rm(path.join(dir, uri), { force: true }).then(() => rm(path.join(dir, `${uri}.gz`), { force: true }));
  }
  const stale = Object.values(input.previous?.tiles ?? {}).map((t) => t.uri).filter((u) => !live.has(u));
  if (input.full) {
    // Files from builds before the previous one (or other tools) are removed outright.
    const keep = new Set([...live, ...stale].flatMap((u) => [u, `${u}.gz`]));
    for (const f of await readdir(path.join(dir, 'tiles')).catch(() => [] as string[])) {
      if (!keep.has(`tiles/${f}`)) await rm(path.join(dir, 'tiles', f), { force: true });
    }
  }
  const manifest: TilesetManifest = {
    format: MANIFEST_FORMAT, collection: input.collection, revision: input.revision, historyId: input.historyId,
    options: input.options, originDeg: input.originDeg, bounds: input.bounds,
    buildings: summaryColumns(input.summaries, tileOf), tiles: Object.fromEntries(contents), stale,
  };
  await writeManifest(dir, manifest);

  const sizes = [...contents.values()].map((c) => c.bytes).sort((a, b) => a - b);
  const bytesRaw = sizes.reduce((s, x) => s + x, 0) + json.length;
  const bytesGzip = [...contents.values()].reduce((s, c) => s + c.gzipBytes, 0) + gz.length;
  const n = input.summaries.length;
  const seconds = (Date.now() - input.startedAt) / 1000;
  progress('done');
  const depth = (t: TileNode): number => 1 + Math.max(0, ...t.children.map(depth));
  return {
    collection: input.collection, name: input.name, full: input.full, revision: input.revision,
    buildings: n, buildingsWritten: written, errors, tiles: contents.size, tilesWritten: done, levels: depth(tree), seconds,
    buildingsPerSecond: seconds > 0 ? written / seconds : 0,
    bytesRaw, bytesGzip, bytesPerBuildingRaw: n ? bytesRaw / n : 0, bytesPerBuildingGzip: n ? bytesGzip / n : 0,
    maxTileBytes: sizes[sizes.length - 1] ?? 0, medianTileBytes: sizes[Math.floor(sizes.length / 2)] ?? 0,
    writtenKeys: todo.map((t) => t.key),
  };
}
