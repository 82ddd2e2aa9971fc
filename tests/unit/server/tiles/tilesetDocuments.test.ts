/** Tileset documents: TileJSON's URL template order, fields and the WebMercatorQuad maths. */
import { describe, expect, it } from 'vitest';
import { simplificationFor } from '../../../../src/server/api/tiles/tileSql.ts';
import { tileJsonDocument, tilesetDocument } from '../../../../src/server/api/tiles/tilesetDocuments.ts';
import { tileOf, tileWidthMetres, webMercatorQuadDefinition } from '../../../../src/server/api/tiles/webMercatorQuad.ts';

const source = {
  id: 'roads',
  title: 'Roads',
  description: 'Road centre lines',
  geometryType: 'LineString',
  licence: 'ODbL',
  sourceName: 'OSM',
  propertiesSchema: { type: 'object', properties: { lanes: { type: ['integer', 'null'] }, tags: { type: 'object' }, lit: { type: 'boolean' } } },
  bbox: [107.5, 16.4, 107.6, 16.5] as [number, number, number, number],
};

describe('tileset documents', () => {
  it('TileJSON puts {z}/{y}/{x} where the OGC path has tileMatrix/tileRow/tileCol', () => {
    const doc = tileJsonDocument(source, 'http://h');
    expect(doc.tiles).toEqual(['http://h/api/collections/roads/tiles/WebMercatorQuad/{z}/{y}/{x}']);
    expect(doc.bounds).toEqual(source.bbox);
    expect(doc.vector_layers[0]!.fields).toEqual({ id: 'String', lanes: 'Number', tags: 'String', lit: 'Boolean' });
  });

  it('tileset metadata flattens objects to strings in the property schema', () => {
    const layer = tilesetDocument(source, 'http://h').layers[0]!;
    expect(layer.geometryDimension).toBe(1);
    expect(layer.propertiesSchema.properties.tags).toEqual({ type: 'string', description: 'object as JSON text' });
  });
});

describe('WebMercatorQuad', () => {
  it('finds the tile of a point and has 25 tile matrices', () => {
    expect(tileOf(0, 0, 1)).toEqual({ x: 1, y: 1 });
    expect(tileOf(107.5786, 16.4698, 14)).toEqual({ x: 13088, y: 7431 });
    const tms = webMercatorQuadDefinition();
    expect(tms.tileMatrices).toHaveLength(25);
    expect(tms.tileMatrices[0]!.scaleDenominator).toBeCloseTo(559082264.0287178, 3);
  });

  it('simplifies below z16 by half a 512-px pixel and keeps full detail from z16', () => {
    expect(simplificationFor(14).toleranceM).toBeCloseTo(tileWidthMetres(14) / 1024, 9);
    expect(simplificationFor(14).minAreaM2).toBeCloseTo((tileWidthMetres(14) / 512) ** 2, 6);
    expect(simplificationFor(16)).toEqual({ toleranceM: 0, minAreaM2: 0 });
  });
});
