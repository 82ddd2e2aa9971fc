/** Converts one tile row (geometry as GeoJSON in tile coordinates) to a vt-pbf feature. */
import type { VtFeature } from 'vt-pbf';

type Position = [number, number];

/** GeoJSON geometry in tile coordinates, as `ST_AsGeoJSON` writes it for the shared SQL. */
export interface TileGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: TileGeometry[];
}

/**
 * The vt-pbf feature for a tile geometry, or undefined for empty or unsupported geometries.
 * Multi-geometries become one feature with several parts (MVT's own multi-geometry encoding);
 * polygon rings keep the SQL's winding and closing point (vt-pbf drops the closing point).
 */
export function toVtFeature(geometry: TileGeometry, tags: VtFeature['tags'], id: number | undefined): VtFeature | undefined {
  const base = id === undefined ? { tags } : { id, tags };
  const c = geometry.coordinates;
  switch (geometry.type) {
    case 'Point':
      return { ...base, type: 1, geometry: [c as Position] };
    case 'MultiPoint':
      return (c as Position[]).length ? { ...base, type: 1, geometry: c as Position[] } : undefined;
    case 'LineString':
      return { ...base, type: 2, geometry: [c as Position[]] };
    case 'MultiLineString':
      return (c as Position[][]).length ? { ...base, type: 2, geometry: c as Position[][] } : undefined;
    case 'Polygon':
      return (c as Position[][]).length ? { ...base, type: 3, geometry: c as Position[][] } : undefined;
    case 'MultiPolygon': {
      const rings = (c as Position[][][]).flat();
      return rings.length ? { ...base, type: 3, geometry: rings } : undefined;
    }
    default:
      return undefined;
  }
}
