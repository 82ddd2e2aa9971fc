/**
 * The WebMercatorQuad tile matrix set (OGC 2D Tile Matrix Set 2.0, the "Google Maps compatible"
 * grid of EPSG:3857): its constants, tile maths and the standard JSON definition.
 */

/** Identifier of the only tile matrix set offered. */
export const WEB_MERCATOR_QUAD = 'WebMercatorQuad';
/** URI of the WebMercatorQuad definition in the OGC register. */
export const WEB_MERCATOR_QUAD_URI = 'http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad';
/** CRS of the tile matrix set (EPSG:3857). */
export const WEB_MERCATOR_CRS = 'http://www.opengis.net/def/crs/EPSG/0/3857';
/** Highest tile matrix (zoom level) in the standard definition and the highest one served. */
export const MAX_TILE_MATRIX = 24;
/** Half the width of the world in EPSG:3857, metres. */
export const WORLD_HALF_WIDTH_M = 20037508.342789244;
/** Latitude limit of WebMercatorQuad, degrees. */
export const MAX_LATITUDE_DEG = 85.0511287798066;

/** Width (= height) of one tile at zoom `z` in EPSG:3857 metres. */
export function tileWidthMetres(z: number): number {
  return (2 * WORLD_HALF_WIDTH_M) / 2 ** z;
}

/** The tile (column x, row y) at zoom `z` containing a CRS84 point (degrees); rows count down from the north. */
export function tileOf(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const clampedLat = Math.max(-MAX_LATITUDE_DEG, Math.min(MAX_LATITUDE_DEG, lat));
  const phi = (clampedLat * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** One tile matrix of the definition. */
export interface TileMatrix {
  id: string;
  scaleDenominator: number;
  /** Metres per pixel of a 256-pixel tile. */
  cellSize: number;
  cornerOfOrigin: 'topLeft';
  pointOfOrigin: [number, number];
  tileWidth: number;
  tileHeight: number;
  matrixWidth: number;
  matrixHeight: number;
}

/** The standard WebMercatorQuad definition as OGC 2DTMS 2.0 JSON, tile matrices 0 to 24. */
export function webMercatorQuadDefinition() {
  const tileMatrices: TileMatrix[] = [];
  for (let z = 0; z <= MAX_TILE_MATRIX; z++) {
    const cellSize = tileWidthMetres(z) / 256;
    tileMatrices.push({
      id: String(z),
      // 0.28 mm "standardized rendering pixel"
      scaleDenominator: cellSize / 0.00028,
      cellSize,
      cornerOfOrigin: 'topLeft',
      pointOfOrigin: [-WORLD_HALF_WIDTH_M, WORLD_HALF_WIDTH_M],
      tileWidth: 256,
      tileHeight: 256,
      matrixWidth: 2 ** z,
      matrixHeight: 2 ** z,
    });
  }
  return {
    id: WEB_MERCATOR_QUAD,
    title: 'Google Maps Compatible for the World',
    uri: WEB_MERCATOR_QUAD_URI,
    crs: WEB_MERCATOR_CRS,
    orderedAxes: ['X', 'Y'],
    wellKnownScaleSet: 'http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible',
    boundingBox: {
      lowerLeft: [-WORLD_HALF_WIDTH_M, -WORLD_HALF_WIDTH_M],
      upperRight: [WORLD_HALF_WIDTH_M, WORLD_HALF_WIDTH_M],
      crs: WEB_MERCATOR_CRS,
    },
    tileMatrices,
  };
}
