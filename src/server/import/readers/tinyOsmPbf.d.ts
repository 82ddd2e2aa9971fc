/** Types for tiny-osmpbf 0.1 (it ships none): parses a whole .osm.pbf buffer synchronously. */
declare module 'tiny-osmpbf' {
  /** Calls `handler` for every node, way and relation (OSM-JSON form); without a handler returns them in `elements`. */
  export default function tinyOsmPbf(data: Uint8Array, handler?: (element: never) => void): { elements?: unknown[] };
}
