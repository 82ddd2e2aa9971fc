/**
 * Turns one collection's features in one tile into a Mapbox Vector Tile. Two strategies, both with
 * SQL from tileSql.ts: native `ST_AsMVTGeom` + `ST_AsMVT` in the database (PostgreSQL), and a
 * portable clip/snap pipeline plus vt-pbf in JS (PGlite, whose PostGIS is built without
 * protobuf-c). `encodeTile` picks by `db.supportsAsMvt`.
 */
import type { Queryable } from '../../db/Database.ts';
import { asMvtEncoder } from './asMvtEncoder.ts';
import { jsMvtEncoder } from './jsMvtEncoder.ts';
import type { TileAddress } from './tileAddress.ts';

/** What to encode: one layer named `collectionId` holding that collection's features in `tile`. */
export interface TileRequest {
  collectionId: string;
  tile: TileAddress;
}

/** A tile encoding strategy. */
export interface TileEncoder {
  /** Short name for logs and tests (`st_asmvt` or `vt-pbf`). */
  readonly name: string;
  /** The encoded tile (uncompressed protobuf); zero bytes when no feature touches the tile. */
  encode(db: Queryable, request: TileRequest): Promise<Uint8Array>;
}

/** Encodes a tile with the strategy the database supports (ST_AsMVT when available, else vt-pbf). */
export function encodeTile(db: Queryable & { supportsAsMvt: boolean }, request: TileRequest): Promise<Uint8Array> {
  return (db.supportsAsMvt ? asMvtEncoder : jsMvtEncoder).encode(db, request);
}
