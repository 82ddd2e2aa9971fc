/**
 * The JSON documents of OGC API – Tiles for a collection's vector tiles: the tilesets list, the
 * tileset metadata, TileJSON 3.0.0, and the tile matrix set list.
 */
import { MAX_ZOOM, tilePropertiesSchema, tileJsonFields } from './tileFields.ts';
import type { TilesetSource } from './tilesetSource.ts';
import { MAX_LATITUDE_DEG, WEB_MERCATOR_CRS, WEB_MERCATOR_QUAD, WEB_MERCATOR_QUAD_URI } from './webMercatorQuad.ts';

/** Media type of Mapbox Vector Tiles. */
export const MVT_MEDIA_TYPE = 'application/vnd.mapbox-vector-tile';
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const REL_TILING_SCHEME = 'http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme';
const WORLD: [number, number, number, number] = [-180, -MAX_LATITUDE_DEG, 180, MAX_LATITUDE_DEG];

/** Base URL of a collection's tiles, e.g. `http://host/api/collections/{id}/tiles`. */
export function tilesBase(root: string, collectionId: string): string {
  return `${root}/api/collections/${encodeURIComponent(collectionId)}/tiles`;
}

function tileTemplate(root: string, collectionId: string): string {
  return `${tilesBase(root, collectionId)}/${WEB_MERCATOR_QUAD}/{tileMatrix}/{tileRow}/{tileCol}`;
}

function geometryDimension(geometryType: string): number | undefined {
  if (/Point$/.test(geometryType)) return 0;
  if (/LineString$/.test(geometryType)) return 1;
  if (/Polygon$/.test(geometryType)) return 2;
  return undefined;
}

/** `GET /api/collections/{id}/tiles`: one vector tileset in WebMercatorQuad. */
export function tilesetsListDocument(source: TilesetSource, root: string) {
  const base = tilesBase(root, source.id);
  return {
    links: [
      { href: base, rel: 'self', type: 'application/json', title: `Tilesets of ${source.title}` },
      { href: `${root}/api/collections/${encodeURIComponent(source.id)}`, rel: 'collection', type: 'application/json', title: source.title },
    ],
    tilesets: [
      {
        title: `${source.title} (vector tiles)`,
        dataType: 'vector',
        crs: WEB_MERCATOR_CRS,
        tileMatrixSetURI: WEB_MERCATOR_QUAD_URI,
        links: [
          { href: `${base}/${WEB_MERCATOR_QUAD}`, rel: 'self', type: 'application/json', title: 'Tileset metadata' },
          { href: `${root}/api/tileMatrixSets/${WEB_MERCATOR_QUAD}`, rel: REL_TILING_SCHEME, type: 'application/json', title: 'WebMercatorQuad definition' },
          { href: tileTemplate(root, source.id), rel: 'item', type: MVT_MEDIA_TYPE, templated: true, title: 'Mapbox vector tiles' },
        ],
      },
    ],
  };
}

/** `GET /api/collections/{id}/tiles/WebMercatorQuad`: the tileset metadata with its layer and property schema. */
export function tilesetDocument(source: TilesetSource, root: string) {
  const base = tilesBase(root, source.id);
  const [w, s, e, n] = source.bbox ?? WORLD;
  return {
    title: `${source.title} (vector tiles)`,
    description: source.description,
    dataType: 'vector',
    crs: WEB_MERCATOR_CRS,
    tileMatrixSetURI: WEB_MERCATOR_QUAD_URI,
    license: source.licence,
    attribution: source.sourceName,
    boundingBox: { lowerLeft: [w, s], upperRight: [e, n], crs: CRS84 },
    layers: [
      {
        id: source.id,
        title: source.title,
        description: source.description,
        dataType: 'vector',
        geometryDimension: geometryDimension(source.geometryType),
        featureType: source.id,
        minTileMatrix: '0',
        maxTileMatrix: String(MAX_ZOOM),
        propertiesSchema: tilePropertiesSchema(source.propertiesSchema),
      },
    ],
    links: [
      { href: `${base}/${WEB_MERCATOR_QUAD}`, rel: 'self', type: 'application/json', title: 'This tileset' },
      { href: `${base}/${WEB_MERCATOR_QUAD}/tilejson.json`, rel: 'alternate', type: 'application/vnd.mapbox.tile+json', title: 'TileJSON 3.0.0' },
      { href: `${root}/api/tileMatrixSets/${WEB_MERCATOR_QUAD}`, rel: REL_TILING_SCHEME, type: 'application/json', title: 'WebMercatorQuad definition' },
      { href: tileTemplate(root, source.id), rel: 'item', type: MVT_MEDIA_TYPE, templated: true, title: 'Mapbox vector tiles' },
      { href: `${root}/api/collections/${encodeURIComponent(source.id)}`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/geodata', type: 'application/json', title: source.title },
    ],
  };
}

/** `GET …/tiles/WebMercatorQuad/tilejson.json`: TileJSON 3.0.0 (tile URL in OGC path order, `{z}/{y}/{x}`). */
export function tileJsonDocument(source: TilesetSource, root: string) {
  const bounds = source.bbox ?? WORLD;
  return {
    tilejson: '3.0.0',
    name: source.title,
    description: source.description,
    attribution: `${source.sourceName} — ${source.licence}`,
    scheme: 'xyz',
    // OGC order is tileMatrix/tileRow/tileCol = z/y/x; TileJSON substitutes its placeholders by name.
    tiles: [`${tilesBase(root, source.id)}/${WEB_MERCATOR_QUAD}/{z}/{y}/{x}`],
    minzoom: 0,
    maxzoom: MAX_ZOOM,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 14],
    vector_layers: [
      { id: source.id, description: source.description, minzoom: 0, maxzoom: MAX_ZOOM, fields: tileJsonFields(source.propertiesSchema) },
    ],
  };
}

/** `GET /api/tileMatrixSets`: the list (WebMercatorQuad only). */
export function tileMatrixSetsDocument(root: string) {
  return {
    tileMatrixSets: [
      {
        id: WEB_MERCATOR_QUAD,
        title: 'Google Maps Compatible for the World',
        uri: WEB_MERCATOR_QUAD_URI,
        crs: WEB_MERCATOR_CRS,
        links: [{ href: `${root}/api/tileMatrixSets/${WEB_MERCATOR_QUAD}`, rel: 'self', type: 'application/json', title: 'WebMercatorQuad definition' }],
      },
    ],
    links: [{ href: `${root}/api/tileMatrixSets`, rel: 'self', type: 'application/json' }],
  };
}
