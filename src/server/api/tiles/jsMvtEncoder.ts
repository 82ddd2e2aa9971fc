/** Tile encoding in JS with vt-pbf from the portable SQL's rows (PGlite, whose PostGIS lacks `ST_AsMVTGeom` and `ST_AsMVT`). */
import vtpbf, { type VtFeature } from 'vt-pbf';
import type { TileEncoder } from './TileEncoder.ts';
import { TILE_EXTENT, tiledQuery } from './tileSql.ts';
import { toVtFeature, type TileGeometry } from './toVtFeature.ts';

/** Encodes the portable SQL's rows (geometry via `ST_AsGeoJSON`, already in tile coordinates; rings wound by toVtFeature) with vt-pbf, MVT version 2. */
export const jsMvtEncoder: TileEncoder = {
  name: 'vt-pbf',
  async encode(db, { collectionId, tile }) {
    const { withTiled, params } = tiledQuery(collectionId, tile);
    const rows = await db.query<{ fid: string | null; props: Record<string, unknown> | string; geom: string }>(
      `${withTiled}
       SELECT fid::text AS fid, props, ST_AsGeoJSON(geom) AS geom
       FROM tiled WHERE NOT ST_IsEmpty(geom) ORDER BY sort_id`,
      params,
    );
    const features: VtFeature[] = [];
    for (const row of rows) {
      const props = (typeof row.props === 'string' ? JSON.parse(row.props) : row.props) as VtFeature['tags'];
      const feature = toVtFeature(JSON.parse(row.geom) as TileGeometry, props, row.fid === null ? undefined : Number(row.fid));
      if (feature) features.push(feature);
    }
    if (features.length === 0) return new Uint8Array(0);
    return vtpbf.fromGeojsonVt({ [collectionId]: { features } }, { version: 2, extent: TILE_EXTENT });
  },
};
