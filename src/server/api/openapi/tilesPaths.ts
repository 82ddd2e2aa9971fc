/** OGC API – Tiles: Mapbox Vector Tiles of every collection, on WebMercatorQuad. */
import { collectionId, json, media, pathParam, problem, type Paths } from './openApiParts.ts';

const tileMatrixSet = pathParam('tileMatrixSet', 'Tile matrix set id', { type: 'string', enum: ['WebMercatorQuad'] });
const integer = { type: 'integer', minimum: 0 };

/** Paths of the tiles API. */
export const tilesPaths: Paths = {
  '/api/tileMatrixSets': { get: { summary: 'Tile matrix sets', responses: { 200: json('Tile matrix sets') } } },
  '/api/tileMatrixSets/{tileMatrixSet}': { get: { summary: 'One tile matrix set definition', parameters: [tileMatrixSet], responses: { 200: json('TileMatrixSet'), 404: problem } } },
  '/api/collections/{collectionId}/tiles': { get: { summary: 'Tilesets of a collection', parameters: [collectionId], responses: { 200: json('Tileset list'), 404: problem } } },
  '/api/collections/{collectionId}/tiles/{tileMatrixSet}': { get: { summary: 'Tileset metadata', parameters: [collectionId, tileMatrixSet], responses: { 200: json('Tileset'), 404: problem } } },
  '/api/collections/{collectionId}/tiles/{tileMatrixSet}/tilejson.json': { get: { summary: 'TileJSON 3.0 of the tileset', parameters: [collectionId, tileMatrixSet], responses: { 200: json('TileJSON'), 404: problem } } },
  '/api/collections/{collectionId}/tiles/{tileMatrixSet}/{tileMatrix}/{tileRow}/{tileCol}': {
    get: {
      summary: 'One vector tile (204 when empty)',
      parameters: [collectionId, tileMatrixSet, pathParam('tileMatrix', 'Zoom', integer), pathParam('tileRow', 'Row (y)', integer), pathParam('tileCol', 'Column (x)', integer)],
      responses: { 200: media('Mapbox Vector Tile', 'application/vnd.mapbox-vector-tile'), 204: { description: 'No features in the tile' }, 400: problem, 404: problem },
    },
  },
};
