/** Options shared by full and incremental builds. */
import type { BuildProgress } from './BuildStats.ts';

/** Where and how to build a collection's tileset. */
export interface BuildTilesetOptions {
  /** Collection id in the database. Default: `hue-buildings`. */
  collection?: string;
  /** Folder of all tilesets (the server's TILESETS_DIR). */
  tilesetsDir: string;
  /** Tileset folder name (and URL segment). Default: the collection id. */
  name?: string;
  /** Most buildings in a leaf tile. Default: 2000. */
  leafCapacity?: number;
  /** Biggest buildings kept in each inner tile. Default: 500. */
  parentCapacity?: number;
  /** EXT_meshopt_compression on geometry. Default: true. */
  meshopt?: boolean;
  /** Called after each tile and at the end. */
  onProgress?: (progress: BuildProgress) => void;
}

/** Default collection of buildings. */
export const DEFAULT_BUILDINGS_COLLECTION = 'hue-buildings';
