/**
 * An in-memory LRU of encoded tiles, bounded by count and bytes. Keys include the collection's
 * revision (bumped by every feature change), so an edit makes every older entry unreachable and
 * they age out; a stale tile is never served. Concurrent requests for one key share one encode.
 */

/** Default maximum number of tiles kept. */
export const DEFAULT_MAX_TILES = 2000;
/** Default maximum bytes of tile data kept (64 MiB). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Options for {@link TileCache}. */
export interface TileCacheOptions {
  /** Maximum number of tiles; default {@link DEFAULT_MAX_TILES}. */
  maxTiles?: number;
  /** Maximum total bytes; default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
}

/** What identifies one cached tile. */
export interface TileKey {
  collectionId: string;
  revision: string;
  z: number;
  x: number;
  y: number;
}

/** Least-recently-used cache of encoded tiles. */
export class TileCache {
  readonly maxTiles: number;
  readonly maxBytes: number;
  private readonly entries = new Map<string, Uint8Array>();
  private readonly inFlight = new Map<string, Promise<Uint8Array>>();
  private bytesHeld = 0;

  constructor(options: TileCacheOptions = {}) {
    this.maxTiles = options.maxTiles ?? DEFAULT_MAX_TILES;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** Number of tiles held. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes of tile data held. */
  get bytes(): number {
    return this.bytesHeld;
  }

  /** The cached tile (marking it recently used), or undefined. */
  get(key: TileKey): Uint8Array | undefined {
    const k = keyString(key);
    const tile = this.entries.get(k);
    if (tile) {
      this.entries.delete(k);
      this.entries.set(k, tile);
    }
    return tile;
  }

  /** Stores a tile, evicting the least recently used ones beyond the limits; a tile over `maxBytes` is not kept. */
  set(key: TileKey, tile: Uint8Array): void {
    const k = keyString(key);
    const old = this.entries.get(k);
    if (old) {
      this.entries.delete(k);
      this.bytesHeld -= old.byteLength;
    }
    if (tile.byteLength > this.maxBytes) return;
    this.entries.set(k, tile);
    this.bytesHeld += tile.byteLength;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.maxTiles && this.bytesHeld <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytesHeld -= value.byteLength;
    }
  }

  /** The cached tile, or `make()`'s result (stored); concurrent calls for one key share one `make()`. */
  async getOrCreate(key: TileKey, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const cached = this.get(key);
    if (cached) return cached;
    const k = keyString(key);
    const running = this.inFlight.get(k);
    if (running) return running;
    const promise = make()
      .then((tile) => {
        this.set(key, tile);
        return tile;
      })
      .finally(() => this.inFlight.delete(k));
    this.inFlight.set(k, promise);
    return promise;
  }

  /** Drops everything. */
  clear(): void {
    this.entries.clear();
    this.bytesHeld = 0;
  }
}

function keyString(key: TileKey): string {
  return `${key.collectionId}\u0000${key.revision}\u0000${key.z}/${key.x}/${key.y}`;
}
