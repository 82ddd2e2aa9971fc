/**
 * The SQL shared by both tile encoders: picks a collection's features in one tile, simplifies
 * them for the zoom level, clips them and maps them to integer tile units. It yields rows
 * `(fid bigint|null, props jsonb, geom geometry-in-tile-coordinates, sort_id text)` as the CTE
 * `tiled`; the encoders only differ in how they turn those rows into a Mapbox Vector Tile.
 */
import type { TileAddress } from './tileAddress.ts';
import { tileWidthMetres } from './webMercatorQuad.ts';

/** Tile coordinate extent (units per tile side). */
export const TILE_EXTENT = 4096;
/** Buffer around the tile kept when clipping, in tile units (so lines and outlines join across tiles). */
export const TILE_BUFFER = 64;
/** Zoom levels below this get simplified and have sub-pixel polygons dropped. */
export const SIMPLIFY_BELOW_ZOOM = 16;
/** Screen pixels per tile side assumed for simplification (MapLibre draws vector tiles at 512 px). */
export const PIXELS_PER_TILE = 512;

/** Simplification for zoom `z`: tolerance half a screen pixel, minimum polygon area one pixel² (EPSG:3857 metres); 0 = none. */
export function simplificationFor(z: number): { toleranceM: number; minAreaM2: number } {
  if (z >= SIMPLIFY_BELOW_ZOOM) return { toleranceM: 0, minAreaM2: 0 };
  const pixel = tileWidthMetres(z) / PIXELS_PER_TILE;
  return { toleranceM: pixel / 2, minAreaM2: pixel * pixel };
}

/** A query: the `WITH … tiled AS (…)` prefix plus its parameters ($1 … $7). */
export interface TiledQuery {
  withTiled: string;
  params: unknown[];
}

/**
 * Builds the shared `WITH` clause for `collectionId` at `tile`. The geometry steps are those of
 * PostGIS's `ST_AsMVTGeom(geom, envelope, 4096, 64, true)`, spelled out with portable functions
 * because PGlite's PostGIS lacks `ST_AsMVTGeom` as well as `ST_AsMVT` (both need protobuf-c):
 * clip to the tile plus its buffer (`ST_ClipByBox2D`; points by intersection), map to tile units
 * with y down (`ST_Affine`), snap to the integer grid (`ST_SnapToGrid`, which also drops repeated
 * points and collapsed parts), and for polygons repair (`ST_MakeValid`) and orient exterior rings
 * clockwise on screen (`ST_ForcePolygonCCW` in tile units, whose y axis points down), as the MVT
 * spec asks. Both engines run this SQL, so their tiles hold the same geometry by construction.
 *
 * Properties are flattened in SQL (objects/arrays become JSON text, the text id is added as
 * property `id`) so that `ST_AsMVT` (which drops nested JSON values) and the JS encoder see the
 * same values; `fid` is the id as a number when it is a plain non-negative integer below 10^15,
 * else NULL (no MVT id).
 */
export function tiledQuery(collectionId: string, tile: TileAddress): TiledQuery {
  const { toleranceM, minAreaM2 } = simplificationFor(tile.z);
  const withTiled = `
    WITH bounds AS (
      SELECT env,
             ST_Expand(env, (ST_XMax(env) - ST_XMin(env)) * ${TILE_BUFFER}.0 / ${TILE_EXTENT}) AS clip_box,
             ST_Transform(ST_TileEnvelope($2::int, $3::int, $4::int, margin => $5::float8), 4326) AS query_box,
             ${TILE_EXTENT}.0 / (ST_XMax(env) - ST_XMin(env)) AS scale,
             ST_XMin(env) AS xmin, ST_YMax(env) AS ymax
      FROM (SELECT ST_TileEnvelope($2::int, $3::int, $4::int) AS env) AS e
    ),
    picked AS (
      SELECT f.id, f.properties, ST_Transform(CASE WHEN GeometryType(f.geom) = 'GEOMETRYCOLLECTION'
                                                   THEN ST_CollectionExtract(f.geom, ST_Dimension(f.geom) + 1) ELSE f.geom END, 3857) AS g
      FROM features f, bounds b
      WHERE f.collection_id = $1 AND f.geom && b.query_box
    ),
    shaped AS (
      SELECT id, properties, ST_Dimension(g) AS dim,
             CASE WHEN $6::float8 > 0 AND ST_Dimension(g) > 0 THEN ST_Simplify(g, $6::float8) ELSE g END AS g
      FROM picked
      WHERE $7::float8 = 0 OR ST_Dimension(g) < 2 OR ST_Area(g) >= $7::float8
    ),
    snapped AS (
      SELECT s.id, s.properties, s.dim,
             ST_SnapToGrid(ST_Affine(
               CASE WHEN s.dim = 0 THEN ST_Intersection(s.g, b.clip_box) ELSE ST_ClipByBox2D(s.g, b.clip_box::box2d) END,
               b.scale, 0, 0, -b.scale, -b.xmin * b.scale, b.ymax * b.scale), 1) AS g
      FROM shaped s, bounds b
      WHERE s.g && b.clip_box
    ),
    tiled AS (
      SELECT CASE WHEN id ~ '^(0|[1-9][0-9]{0,14})$' THEN id::bigint END AS fid,
             (SELECT coalesce(jsonb_object_agg(k, CASE WHEN jsonb_typeof(v) IN ('object', 'array') THEN to_jsonb(v::text) ELSE v END), '{}'::jsonb)
                FROM jsonb_each(properties) AS e(k, v)) || jsonb_build_object('id', id) AS props,
             CASE WHEN dim = 2 THEN ST_ForcePolygonCCW(ST_CollectionExtract(ST_MakeValid(g), 3)) ELSE g END AS geom,
             id AS sort_id
      FROM snapped
      WHERE g IS NOT NULL AND NOT ST_IsEmpty(g)
    )`;
  return { withTiled, params: [collectionId, tile.z, tile.x, tile.y, TILE_BUFFER / TILE_EXTENT, toleranceM, minAreaM2] };
}
