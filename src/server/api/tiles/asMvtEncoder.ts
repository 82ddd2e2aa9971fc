/** Tile encoding in the database with PostGIS `ST_AsMVTGeom` + `ST_AsMVT` (PostgreSQL). */
import type { TileEncoder } from './TileEncoder.ts';
import { nativeTileQuery } from './tileSql.ts';

/** Encodes with `ST_AsMVT(rows, collectionId, 4096, 'geom', 'fid')` over `ST_AsMVTGeom`; jsonb `props` become the feature properties. */
export const asMvtEncoder: TileEncoder = {
  name: 'st_asmvt',
  async encode(db, { collectionId, tile }) {
    const { sql, params } = nativeTileQuery(collectionId, tile);
    const [row] = await db.query<{ tile: Uint8Array | null }>(sql, params);
    return row?.tile ? new Uint8Array(row.tile) : new Uint8Array(0);
  },
};
