/**
 * The builder's record of a tileset (`<tileset>/.manifest.json`, a dotfile so it is not served):
 * which collection revision it shows, where each building is and which tile holds it, and each
 * tile's content file. Incremental rebuilds diff against it.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildingSummary } from './BuildingSummary.ts';

/** Format version; a manifest of another format triggers a full build. */
export const MANIFEST_FORMAT = 2;
/** File name inside the tileset folder. */
export const MANIFEST_FILE = '.manifest.json';

/** One content file. */
export interface ManifestTile {
  /** URI relative to tileset.json, e.g. `tiles/t03.1a2b3c4d5e.glb`. */
  uri: string;
  /** GLB bytes. */
  bytes: number;
  /** Gzipped bytes. */
  gzipBytes: number;
  /** Buildings in it. */
  count: number;
}

/** The manifest document. */
export interface TilesetManifest {
  format: number;
  collection: string;
  /** `collections.revision` the tileset shows. */
  revision: number;
  /** Newest `feature_history.history_id` included. */
  historyId: number;
  /** Build options that shape the tree (a change forces a full build). */
  options: { leafCapacity: number; parentCapacity: number; meshopt: boolean };
  /** Root ENU origin, degrees. */
  originDeg: { lon: number; lat: number };
  /** Quadtree root box [west, south, east, north], degrees (kept across incremental builds). */
  bounds: [number, number, number, number];
  /** Buildings in columns (id order): summary fields and the key of the tile holding each. */
  buildings: { id: string[]; lon: number[]; lat: number[]; bbox: number[]; height: number[]; size: number[]; tile: string[] };
  /** Content files by tile key. */
  tiles: Record<string, ManifestTile>;
  /** Files no longer referenced; deleted by the next build (clients may still be loading them). */
  stale: string[];
}

/** Summaries from the manifest's columns. */
export function manifestSummaries(m: TilesetManifest): BuildingSummary[] {
  const b = m.buildings;
  return b.id.map((id, i) => ({
    id, lonDeg: b.lon[i], latDeg: b.lat[i], bbox: [b.bbox[4 * i], b.bbox[4 * i + 1], b.bbox[4 * i + 2], b.bbox[4 * i + 3]],
    heightM: b.height[i], sizeM: b.size[i],
  }));
}

/** Columns for the manifest from summaries and their tile keys. */
export function summaryColumns(summaries: BuildingSummary[], tileOf: ReadonlyMap<string, string>): TilesetManifest['buildings'] {
  const sorted = [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    id: sorted.map((s) => s.id),
    lon: sorted.map((s) => s.lonDeg),
    lat: sorted.map((s) => s.latDeg),
    bbox: sorted.flatMap((s) => s.bbox),
    height: sorted.map((s) => s.heightM),
    size: sorted.map((s) => s.sizeM),
    tile: sorted.map((s) => tileOf.get(s.id) ?? ''),
  };
}

/** Reads the manifest of a tileset folder; undefined when missing, unreadable or of another format. */
export async function readManifest(dir: string): Promise<TilesetManifest | undefined> {
  try {
    const m = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as TilesetManifest;
    return m.format === MANIFEST_FORMAT ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the manifest atomically (temp file + rename). */
export async function writeManifest(dir: string, manifest: TilesetManifest): Promise<void> {
  const file = path.join(dir, MANIFEST_FILE);
  await writeFile(`${file}.tmp`, JSON.stringify(manifest));
  await rename(`${file}.tmp`, file);
}
