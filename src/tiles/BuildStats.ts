/** Figures and problems of one tileset build (full or incremental). */
import type { FootprintError } from './Footprint.ts';

/** Progress of a running build. */
export interface BuildProgress {
  phase: 'read' | 'tiles' | 'done';
  /** Tiles written so far / to write in this build. */
  tilesDone: number;
  tilesTotal: number;
  /** Buildings read (phase read) or written (phase tiles). */
  buildings: number;
  /** Seconds since the build started. */
  elapsedS: number;
}

/** Result of a build. */
export interface BuildStats {
  collection: string;
  /** Tileset folder name (`/tilesets/<name>/tileset.json`). */
  name: string;
  /** true: every tile was written; false: only the affected ones. */
  full: boolean;
  /** Collection revision the tileset now shows. */
  revision: number;
  /** Buildings in the tileset. */
  buildings: number;
  /** Buildings whose tiles were (re)written in this build. */
  buildingsWritten: number;
  /** Features left out, with the reason. */
  errors: FootprintError[];
  /** Tiles with content in the tileset / written in this build. */
  tiles: number;
  tilesWritten: number;
  /** Depth of the tree (root = 1). */
  levels: number;
  /** Wall time of the build, seconds. */
  seconds: number;
  /** buildingsWritten / seconds. */
  buildingsPerSecond: number;
  /** All content files plus tileset.json, bytes, as stored and gzipped. */
  bytesRaw: number;
  bytesGzip: number;
  /** bytesRaw / buildings and bytesGzip / buildings. */
  bytesPerBuildingRaw: number;
  bytesPerBuildingGzip: number;
  /** Largest and median content file, bytes (uncompressed GLB). */
  maxTileBytes: number;
  medianTileBytes: number;
  /** Tile keys written in this build. */
  writtenKeys: string[];
}
