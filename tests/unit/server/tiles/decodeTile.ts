/** Test helper: decodes a Mapbox Vector Tile into plain, comparable objects (layers → features). */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

/** One decoded feature: MVT id, type (1 point, 2 line, 3 polygon), properties and geometry rings in tile units. */
export interface DecodedFeature {
  id: number | undefined;
  type: number;
  properties: Record<string, unknown>;
  geometry: Array<Array<[number, number]>>;
}

/** One decoded layer. */
export interface DecodedLayer {
  name: string;
  extent: number;
  version: number;
  features: DecodedFeature[];
}

/** Decodes `bytes` into layers by name; features sorted by their `id` property for stable comparison. */
export function decodeTile(bytes: Uint8Array): Record<string, DecodedLayer> {
  const tile = new VectorTile(new PbfReader(bytes));
  const layers: Record<string, DecodedLayer> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: DecodedFeature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      features.push({
        id: f.id,
        type: f.type,
        properties: { ...f.properties },
        geometry: f.loadGeometry().map((ring) => ring.map((p) => [p.x, p.y] as [number, number])),
      });
    }
    features.sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)));
    layers[name] = { name, extent: layer.extent, version: layer.version, features };
  }
  return layers;
}
