/** Converts one tile row (geometry as GeoJSON in tile coordinates) to a vt-pbf feature. */
import type { VtFeature } from 'vt-pbf';

type Position = [number, number];

/** GeoJSON geometry in tile coordinates, as `ST_AsGeoJSON` writes it for the shared SQL. */
export interface TileGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: TileGeometry[];
}

/** Twice the signed area of a closed ring by the surveyor's formula, in tile units (y down: positive = clockwise on screen). */
function signedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/** A polygon's rings wound as MVT asks: the exterior positive by the surveyor's formula (clockwise on screen), holes negative. */
function orientPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => ((signedArea2(ring) > 0) === (i === 0) ? ring : [...ring].reverse()));
}

/**
 * The vt-pbf feature for a tile geometry, or undefined for empty or unsupported geometries.
 * Multi-geometries become one feature with several parts (MVT's own multi-geometry encoding);
 * polygon rings are wound for MVT here (cheaper than `ST_ForcePolygonCCW` in SQL) and keep their
 * closing point (vt-pbf drops it).
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
      return (c as Position[][]).length ? { ...base, type: 3, geometry: orientPolygon(c as Position[][]) } : undefined;
    case 'MultiPolygon': {
      const rings = (c as Position[][][]).flatMap(orientPolygon);
      return rings.length ? { ...base, type: 3, geometry: rings } : undefined;
    }
    default:
      return undefined;
  }
}
