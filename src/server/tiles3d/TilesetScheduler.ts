/**
 * Keeps the 3D Tiles of every `3dtiles` layer in step with the database: on start it builds any
 * tileset that is missing or older than its collection's revision, then polls `collections.revision`
 * (bumped in the same transaction as every feature change) and rebuilds only the affected tiles,
 * debounced, one build at a time. `notifyChanged` skips the wait after a known edit.
 */
import type { Queryable } from '../db/Database.ts';
import type { BuildStats } from '../../tiles/BuildStats.ts';
import { rebuildTiles } from '../../tiles/rebuildTiles.ts';

/** State of one tileset, as reported by `/api/health`. */
export interface TilesetStatus {
  /** Tileset name = layer id = collection id (`/tilesets/<name>/tileset.json`). */
  name: string;
  state: 'pending' | 'building' | 'ready' | 'error';
  /** Collection revision the files on disk show (undefined before the first build). */
  builtRevision?: number;
  /** Newest revision seen in the database. */
  revision?: number;
  /** Figures of the last build that wrote something. */
  lastBuild?: { full: boolean; buildings: number; tilesWritten: number; seconds: number; errors: number; at: string };
  /** Last failure, one line. */
  error?: string;
}

/** Options of {@link startTilesetScheduler}. */
export interface TilesetSchedulerOptions {
  db: Queryable;
  /** Folder served at /tilesets/ (TILESETS_DIR). */
  tilesetsDir: string;
  /** Catalog layers; those of type `3dtiles` are built (collection = tileset name = layer id). */
  layers: ReadonlyArray<{ id: string; type: string }>;
  /** How often to check revisions, milliseconds. Default: 2000. */
  pollMs?: number;
  /** Quiet time after a change before rebuilding, milliseconds. Default: 300. */
  debounceMs?: number;
  /** One line per build (start-up progress / log). */
  onProgress?: (line: string) => void;
  /**
   * Called after every successful (re)build with the tileset name and the collection revision its
   * files now show (e.g. to push a `tileset` live event so browsers reload). Errors thrown are ignored.
   */
  onBuilt?: (status: TilesetBuilt) => void;
}

/** What {@link TilesetSchedulerOptions.onBuilt} receives. */
export interface TilesetBuilt {
  /** Tileset name = layer id. */
  name: string;
  /** Collection revision the files on disk now show (`asset.tilesetVersion`). */
  revision: number;
}

/** A running scheduler. */
export interface TilesetScheduler {
  /** Per-tileset state for `/api/health` (`tiles3d` key). */
  status(): { tilesets: TilesetStatus[] };
  /** Says a collection changed (after a committed write); rebuilds after the debounce. Unknown ids are ignored. */
  notifyChanged(collectionId: string): void;
  /** Resolves when no build is running or due. */
  whenIdle(): Promise<void>;
  /** Stops polling and waits for a running build to finish. */
  close(): Promise<void>;
}

/** Starts building (first build begins at once, in the background) and watching. */
export function startTilesetScheduler(options: TilesetSchedulerOptions): TilesetScheduler {
  const log = options.onProgress ?? (() => undefined);
  const names = options.layers.filter((l) => l.type === '3dtiles').map((l) => l.id);
  const states = new Map<string, TilesetStatus>(names.map((name) => [name, { name, state: 'pending' }]));
  const due = new Set<string>(names);
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  const build = async (name: string): Promise<void> => {
    const s = states.get(name)!;
    s.state = 'building';
    try {
      const [row] = await options.db.query<{ revision: string | number }>('SELECT revision FROM collections WHERE id = $1', [name]);
      if (!row) throw new Error(`collection "${name}" is not in the database (does the layer have data or a generator?)`);
      const revisionBefore = Number(row.revision);
      s.revision = Math.max(s.revision ?? 0, revisionBefore);
      const stats: BuildStats | undefined = await rebuildTiles(options.db, { collection: name, name, tilesetsDir: options.tilesetsDir });
      if (stats) {
        s.builtRevision = stats.revision;
        s.lastBuild = { full: stats.full, buildings: stats.buildings, tilesWritten: stats.tilesWritten, seconds: stats.seconds, errors: stats.errors.length, at: new Date().toISOString() };
        log(`3D Tiles ${name}: ${stats.full ? 'built' : 'updated'} ${stats.tilesWritten}/${stats.tiles} tiles, ${stats.buildings} buildings in ${stats.seconds.toFixed(1)} s` +
          (stats.errors.length ? `; ${stats.errors.length} features left out (first: ${stats.errors[0].id}: ${stats.errors[0].reason})` : ''));
      } else {
        s.builtRevision = revisionBefore;
      }
      s.state = 'ready';
      s.error = undefined;
      try {
        options.onBuilt?.({ name, revision: s.builtRevision });
      } catch {
        // a listener's failure is not a build failure
      }
    } catch (error) {
      s.state = 'error';
      s.error = (error as Error).message;
      log(`3D Tiles ${name}: build failed: ${s.error}`);
    }
  };

  const drain = () => {
    if (busy || closed || due.size === 0) {
      if (!busy && due.size === 0) { const w = idleWaiters; idleWaiters = []; w.forEach((f) => f()); }
      return;
    }
    busy = true;
    const name = due.values().next().value as string;
    due.delete(name);
    running = build(name).finally(() => { busy = false; drain(); });
  };

  const schedule = (name: string, delayMs: number) => {
    if (!states.has(name) || closed) return;
    due.add(name);
    if (timer) clearTimeout(timer);
    timer = setTimeout(drain, delayMs);
  };

  const poll = async () => {
    if (closed || names.length === 0) return;
    try {
      const rows = await options.db.query<{ id: string; revision: string | number }>('SELECT id, revision FROM collections WHERE id = ANY($1::text[])', [names]);
      for (const row of rows) {
        const s = states.get(row.id)!;
        s.revision = Number(row.revision);
        if (s.state !== 'building' && s.builtRevision !== undefined && s.builtRevision !== s.revision) schedule(row.id, options.debounceMs ?? 300);
      }
    } catch {
      // the database is closing or busy; try again next time
    }
  };
  const pollTimer = setInterval(() => void poll(), options.pollMs ?? 2000);
  pollTimer.unref();
  drain();

  return {
    status: () => ({ tilesets: [...states.values()].map((s) => ({ ...s })) }),
    notifyChanged: (collectionId) => schedule(collectionId, options.debounceMs ?? 300),
    whenIdle: () => (!busy && due.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    close: async () => {
      closed = true;
      clearInterval(pollTimer);
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
