/**
 * The tile SQL of both encoders. Both pick a collection's features in one tile, simplify them for
 * the zoom level and compute the same properties; then PostgreSQL runs the native
 * `ST_AsMVTGeom` + `ST_AsMVT` ({@link nativeTileQuery}), and PGlite, whose PostGIS has neither,
 * a portable clip/snap/repair pipeline whose rows vt-pbf encodes in JS ({@link tiledQuery}).
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

/** A whole statement plus its parameters. */
export interface TileQuery {
  sql: string;
  params: unknown[];
}

/** JSON path that finds a top-level object or array value (`strict`: lax mode would look inside arrays). */
const NESTED_VALUE_PATH = `'strict $.* ? (@.type() == "object" || @.type() == "array")'`;

/**
 * SQL for the tile feature properties of a `features` row (columns `id`, `properties`): the stored
 * properties with objects and arrays as JSON text, plus the text id as `id`. Rows without nested
 * values (nearly all) pass their jsonb through untouched; only the others pay for `jsonb_each`.
 */
function tilePropsSql(alias: string): string {
  const p = `${alias}.properties`;
  return `CASE WHEN jsonb_path_exists(${p}, ${NESTED_VALUE_PATH})
               THEN (SELECT jsonb_object_agg(k, CASE WHEN jsonb_typeof(v) IN ('object', 'array') THEN to_jsonb(v::text) ELSE v END)
                       FROM jsonb_each(${p}) AS e(k, v))
               ELSE ${p} END || jsonb_build_object('id', ${alias}.id)`;
}

/** SQL for the MVT feature id of a row: the text id as a number when it is a plain non-negative integer below 10^15, else NULL. */
function tileFidSql(alias: string): string {
  return `CASE WHEN ${alias}.id ~ '^(0|[1-9][0-9]{0,14})$' THEN ${alias}.id::bigint END`;
}

/** The collection's features touching the tile plus buffer, in EPSG:3857, simplified for the zoom (`picked`). */
function pickedSql(): string {
  return `
    picked AS (
      SELECT f.id, ${tileFidSql('f')} AS fid, ${tilePropsSql('f')} AS props, g0.g,
             CASE WHEN $6::float8 > 0 AND ST_Dimension(g0.g) > 0 THEN ST_Simplify(g0.g, $6::float8) ELSE g0.g END AS sg
      FROM features f, bounds b,
           LATERAL (SELECT ST_Transform(CASE WHEN GeometryType(f.geom) = 'GEOMETRYCOLLECTION'
                                             THEN ST_CollectionExtract(f.geom, ST_Dimension(f.geom) + 1) ELSE f.geom END, 3857) AS g
                   OFFSET 0) AS g0 -- OFFSET 0: keeps the planner from inlining (and repeating) ST_Transform
      WHERE f.collection_id = $1 AND f.geom && b.query_box
        AND ($7::float8 = 0 OR ST_Dimension(g0.g) < 2 OR ST_Area(g0.g) >= $7::float8)
    )`;
}

/** The `bounds` CTE: tile envelope (3857), clip box with buffer, lon/lat query box, and the affine scale/origin. */
const BOUNDS_SQL = `
    bounds AS (
      SELECT env,
             ST_Expand(env, (ST_XMax(env) - ST_XMin(env)) * ${TILE_BUFFER}.0 / ${TILE_EXTENT}) AS clip_box,
             ST_Transform(ST_TileEnvelope($2::int, $3::int, $4::int, margin => $5::float8), 4326) AS query_box,
             ${TILE_EXTENT}.0 / (ST_XMax(env) - ST_XMin(env)) AS scale,
             ST_XMin(env) AS xmin, ST_YMax(env) AS ymax
      FROM (SELECT ST_TileEnvelope($2::int, $3::int, $4::int) AS env) AS e
    )`;

function params(collectionId: string, tile: TileAddress): unknown[] {
  const { toleranceM, minAreaM2 } = simplificationFor(tile.z);
  return [collectionId, tile.z, tile.x, tile.y, TILE_BUFFER / TILE_EXTENT, toleranceM, minAreaM2];
}

/**
 * The portable pipeline (PGlite, whose PostGIS lacks `ST_AsMVTGeom` as well as `ST_AsMVT`: both
 * need protobuf-c). Builds the `WITH … tiled AS (…)` clause for `collectionId` at `tile`, yielding
 * rows `(fid bigint|null, props jsonb, geom geometry-in-tile-units, sort_id text)`. The steps are
 * those of `ST_AsMVTGeom(geom, envelope, 4096, 64, true)` spelled out with portable functions:
 * clip to the tile plus its buffer (`ST_ClipByBox2D`; points by intersection), map to tile units
 * with y down (`ST_Affine`), snap to the integer grid (`ST_SnapToGrid`, which also drops repeated
 * points and collapsed parts), and for polygons repair (`ST_MakeValid`, only when `ST_IsValid`
 * says so: snapping rarely breaks a polygon, and repairing a valid one costs a GEOS rebuild).
 * Ring winding (exterior clockwise on screen, as the MVT spec asks) is set in JS by toVtFeature,
 * which is cheaper than `ST_ForcePolygonCCW` here.
 */
export function tiledQuery(collectionId: string, tile: TileAddress): TiledQuery {
  const withTiled = `
    WITH ${BOUNDS_SQL},
    ${pickedSql()},
    snapped AS (
      SELECT p.id, p.fid, p.props, ST_Dimension(p.sg) AS dim,
             ST_SnapToGrid(ST_Affine(
               CASE WHEN ST_Dimension(p.sg) = 0 THEN ST_Intersection(p.sg, b.clip_box) ELSE ST_ClipByBox2D(p.sg, b.clip_box::box2d) END,
               b.scale, 0, 0, -b.scale, -b.xmin * b.scale, b.ymax * b.scale), 1) AS g
      FROM picked p, bounds b
      WHERE p.sg && b.clip_box
    ),
    tiled AS (
      SELECT fid, props,
             CASE WHEN dim = 2 AND NOT ST_IsValid(g) THEN ST_CollectionExtract(ST_MakeValid(g), 3) ELSE g END AS geom,
             id AS sort_id
      FROM snapped
      WHERE g IS NOT NULL AND NOT ST_IsEmpty(g)
    )`;
  return { withTiled, params: params(collectionId, tile) };
}

/**
 * The native pipeline (PostgreSQL, whose PostGIS has protobuf-c): one statement that returns the
 * encoded tile as `tile bytea` (NULL when no feature touches it). The same selection and
 * simplification as {@link tiledQuery}, then `ST_AsMVTGeom(g, envelope, 4096, 64, true)` (clip,
 * map to tile units, snap, validate — Wagyu — and orient, in C) and `ST_AsMVT(rows, collectionId,
 * 4096, 'geom', 'fid')`, which turns the jsonb `props` column's top-level keys into properties.
 * Its geometry differs from the portable pipeline's by at most a unit at clip edges (it snaps
 * before clipping) and in ring start points.
 */
export function nativeTileQuery(collectionId: string, tile: TileAddress): TileQuery {
  const sql = `
    WITH ${BOUNDS_SQL},
    ${pickedSql()}
    SELECT ST_AsMVT(t, $8::text, ${TILE_EXTENT}, 'geom', 'fid') AS tile
    FROM (
      -- ST_AsMVT skips rows whose geometry ST_AsMVTGeom nulled (outside, or collapsed); a
      -- WHERE geom IS NOT NULL here would make the planner call ST_AsMVTGeom twice per row.
      SELECT p.fid, p.props, ST_AsMVTGeom(p.sg, b.env, ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
      FROM picked p, bounds b
      ORDER BY p.id
    ) AS t`;
  return { sql, params: [...params(collectionId, tile), collectionId] };
}
