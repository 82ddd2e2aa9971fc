/** Types for vt-pbf 3 (ships none): serialises geojson-vt-shaped layers to a Mapbox Vector Tile. */
declare module 'vt-pbf' {
  /** One feature: type 1 point, 2 line, 3 polygon; geometry in tile coordinates (points: list of [x, y]; lines/polygons: list of rings). */
  export interface VtFeature {
    id?: number;
    type: 1 | 2 | 3;
    geometry: Array<[number, number]> | Array<Array<[number, number]>>;
    tags: Record<string, string | number | boolean | null>;
  }
  /** Serialises `{layerName: {features}}` to protobuf bytes. */
  export function fromGeojsonVt(layers: Record<string, { features: VtFeature[] }>, options?: { version?: number; extent?: number }): Uint8Array;
  const vtpbf: { fromGeojsonVt: typeof fromGeojsonVt };
  export default vtpbf;
}
