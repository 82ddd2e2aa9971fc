/** Tile encoding in the database with PostGIS `ST_AsMVT` (PostgreSQL). */
import type { TileEncoder } from './TileEncoder.ts';
import { TILE_EXTENT, tiledQuery } from './tileSql.ts';

/** Encodes with `ST_AsMVT(rows, collectionId, 4096, 'geom', 'fid')`; jsonb `props` become the feature properties. */
export const asMvtEncoder: TileEncoder = {
  name: 'st_asmvt',
  async encode(db, { collectionId, tile }) {
    const { withTiled, params } = tiledQuery(collectionId, tile);
    const [row] = await db.query<{ tile: Uint8Array | null }>(
      `${withTiled}
       SELECT ST_AsMVT(t, $8::text, ${TILE_EXTENT}, 'geom', 'fid') AS tile
       FROM (SELECT fid, props, geom FROM tiled WHERE NOT ST_IsEmpty(geom) ORDER BY sort_id) AS t`,
      [...params, collectionId],
    );
    return row?.tile ? new Uint8Array(row.tile) : new Uint8Array(0);
  },
};
