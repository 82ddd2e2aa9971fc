import type { BBox, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { makeDatumShift, parseToWgs84, type DatumShift } from './datumShift.ts';
import { CRS84, type SupportedCrs } from './supportedCrs.ts';

/**
 * Transforms one position `[x, y(, z, …)]` given in the source CRS's own axis order into a new
 * array in the target CRS's own axis order. z and any further members are copied unchanged.
 * A position that cannot be transformed (outside the projection's domain) comes back as NaN.
 */
export type PositionTransformer = (position: readonly number[]) => number[];

/** Options for {@link makeTransformer}. */
export interface TransformerOptions {
  /**
   * Round output to 1 mm (projected) or 1e-9° (geographic, ≈ 0.1 mm). Default `true`;
   * turn off only for intermediate results (e.g. before outward rounding of a bbox).
   */
  readonly round?: boolean;
}

const D2R = Math.PI / 180;
const R2D = 180 / Math.PI;
const WGS84_A = 6378137;
const WGS84_ES = 0.0066943799901413165;

/** Output rounding factor per CRS kind: 1 mm and 1e-9°. */
const ROUNDING = { projected: 1e3, geographic: 1e9 } as const;

/** A parsed proj4 projection (its raw forward/inverse work on radians and metres in place). */
type Projection = InstanceType<typeof proj4.Proj>;

/** What the hot path needs to know about one side of a transformation. */
interface Side {
  /** proj4 projection, or `undefined` for geographic coordinates (degrees). */
  readonly projection: Projection | undefined;
  /** Coordinates are [north, east] (swap to/from [east, north]). */
  readonly swap: boolean;
  /** Rounding factor for output in this CRS. */
  readonly factor: number;
}

const sides = new Map<string, Side>();
const towgs84s = new Map<string, readonly number[] | undefined>();
const transformers = new Map<string, PositionTransformer>();

function sideOf(crs: SupportedCrs): Side {
  let side = sides.get(crs.uri);
  if (!side) {
    let projection: Projection | undefined;
    if (crs.kind === 'projected') {
      projection = new proj4.Proj(crs.proj4);
      const toMeter = (projection as { to_meter?: number }).to_meter;
      if (toMeter !== undefined && toMeter !== 1) {
        throw new Error(`${crs.curie}: only metre units are supported`);
      }
    }
    side = { projection, swap: crs.axisOrder === 'north-east', factor: ROUNDING[crs.kind] };
    sides.set(crs.uri, side);
  }
  return side;
}

function toWgs84Of(crs: SupportedCrs): readonly number[] | undefined {
  if (!towgs84s.has(crs.uri)) {
    const params = parseToWgs84(crs.proj4);
    if (params) {
      // The datum shift works on the WGS 84 ellipsoid; every VN-2000 CRS uses it.
      const p = new proj4.Proj(crs.proj4);
      if (Math.abs(p.a - WGS84_A) > 1e-6 || Math.abs(p.es - WGS84_ES) > 1e-15) {
        throw new Error(`${crs.curie}: datum shifts are supported only on the WGS 84 ellipsoid`);
      }
    }
    towgs84s.set(crs.uri, params);
  }
  return towgs84s.get(crs.uri);
}

function build(from: Side, to: Side, shift: DatumShift | undefined, round: boolean): PositionTransformer {
  // Scratch state reused for every position: the transformer allocates only its result array.
  const scratch = { x: 0, y: 0 };
  const shifted = new Float64Array(2);
  const srcProjection = from.projection;
  const dstProjection = to.projection;
  const factor = to.factor;
  const swapIn = from.swap;
  const swapOut = to.swap;

  return (position) => {
    let e = swapIn ? position[1] : position[0];
    let n = swapIn ? position[0] : position[1];
    const length = position.length;

    // source axis order → lon, lat in radians
    let lon: number;
    let lat: number;
    if (srcProjection) {
      scratch.x = e;
      scratch.y = n;
      const r = srcProjection.inverse(scratch) as { x: number; y: number } | null;
      lon = r ? r.x : NaN;
      lat = r ? r.y : NaN;
    } else {
      lon = e * D2R;
      lat = n * D2R;
    }

    if (shift) {
      shift(lon, lat, length > 2 ? (position[2] ?? 0) : 0, shifted);
      lon = shifted[0];
      lat = shifted[1];
    }

    // lon, lat in radians → target
    if (dstProjection) {
      scratch.x = lon;
      scratch.y = lat;
      const r = dstProjection.forward(scratch) as { x: number; y: number } | null;
      e = r ? r.x : NaN;
      n = r ? r.y : NaN;
    } else {
      e = lon * R2D;
      n = lat * R2D;
    }
    if (!Number.isFinite(e) || !Number.isFinite(n)) {
      e = NaN;
      n = NaN;
    } else if (round) {
      e = Math.round(e * factor) / factor;
      n = Math.round(n * factor) / factor;
    }

    if (length === 2) return swapOut ? [n, e] : [e, n];
    const out = new Array<number>(length);
    out[0] = swapOut ? n : e;
    out[1] = swapOut ? e : n;
    for (let i = 2; i < length; i++) out[i] = position[i];
    return out;
  };
}

/**
 * A function transforming positions from `from` to `to`, each in its CRS's own axis order
 * (CRS84 lon,lat; EPSG:4326 and EPSG:4756 lat,lon; projected E,N). Between VN-2000 and WGS 84
 * it applies EPSG:6960 "VN-2000 to WGS 84 (2)", the operation PROJ picks for Huế; a given z
 * (ellipsoidal height, metres) takes part in the datum shift as in PROJ and is returned unchanged.
 * Output is rounded to 1 mm / 1e-9° unless `options.round` is false. Transformers are cached.
 */
export function makeTransformer(
  from: SupportedCrs,
  to: SupportedCrs,
  options: TransformerOptions = {},
): PositionTransformer {
  const round = options.round ?? true;
  const key = `${from.uri} ${to.uri} ${round}`;
  let transformer = transformers.get(key);
  if (!transformer) {
    const shift = makeDatumShift(toWgs84Of(from), toWgs84Of(to));
    transformer = build(sideOf(from), sideOf(to), shift, round);
    transformers.set(key, transformer);
  }
  return transformer;
}

function mapPositions(positions: readonly Position[], t: PositionTransformer): Position[] {
  const out = new Array<Position>(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = t(positions[i]);
  return out;
}

function mapRings(rings: readonly Position[][], t: PositionTransformer): Position[][] {
  const out = new Array<Position[]>(rings.length);
  for (let i = 0; i < rings.length; i++) out[i] = mapPositions(rings[i], t);
  return out;
}

function mapPolygons(polygons: readonly Position[][][], t: PositionTransformer): Position[][][] {
  const out = new Array<Position[][]>(polygons.length);
  for (let i = 0; i < polygons.length; i++) out[i] = mapRings(polygons[i], t);
  return out;
}

/**
 * A new geometry with every position passed through `transformer` (any GeoJSON geometry type,
 * GeometryCollections recursively). z values are kept; the input is not modified; a `bbox`
 * member is dropped because it would still be in the old CRS. Identical input positions give
 * identical output positions, so closed rings stay exactly closed.
 */
export function transformGeometry<G extends Geometry>(geometry: G, transformer: PositionTransformer): G {
  const { bbox: _bbox, ...rest } = geometry;
  const g = rest as unknown as Geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: transformer(g.coordinates) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: mapPositions(g.coordinates, transformer) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: mapRings(g.coordinates, transformer) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: mapPolygons(g.coordinates, transformer) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((child) => transformGeometry(child, transformer)) } as G;
    default:
      throw new Error(`unknown geometry type ${(g as { type: unknown }).type}`);
  }
}

/** Points per bbox edge, corners included (as GDAL's OCTTransformBounds default). */
const EDGE_POINTS = 21;

/**
 * The smallest bbox in `to` (default CRS84: [minLon, minLat, maxLon, maxLat]) that encloses
 * `bbox`, given as [min1, min2, max1, max2] (or with z: [min1, min2, minZ, max1, max2, maxZ]) in
 * `from`'s own axis order (EPSG:4326: [minLat, minLon, maxLat, maxLon]). Each edge is densified
 * to 21 points, so curved edges are followed; the result is rounded outward (1 mm / 1e-9°);
 * z bounds are copied. `undefined` when part of the bbox cannot be transformed.
 */
export function transformBbox(bbox: BBox, from: SupportedCrs, to: SupportedCrs = CRS84): BBox | undefined {
  const hasZ = bbox.length === 6;
  const min1 = bbox[0];
  const min2 = bbox[1];
  const max1 = hasZ ? bbox[3] : bbox[2];
  const max2 = hasZ ? bbox[4] : bbox[3];
  const t = makeTransformer(from, to, { round: false });
  let lo1 = Infinity;
  let lo2 = Infinity;
  let hi1 = -Infinity;
  let hi2 = -Infinity;
  const p = [0, 0];
  const visit = (a: number, b: number): boolean => {
    p[0] = a;
    p[1] = b;
    const q = t(p);
    const q1 = q[0];
    const q2 = q[1];
    if (!Number.isFinite(q1) || !Number.isFinite(q2)) return false;
    if (q1 < lo1) lo1 = q1;
    if (q1 > hi1) hi1 = q1;
    if (q2 < lo2) lo2 = q2;
    if (q2 > hi2) hi2 = q2;
    return true;
  };
  for (let i = 0; i < EDGE_POINTS; i++) {
    const f = i / (EDGE_POINTS - 1);
    const a = min1 + (max1 - min1) * f;
    const b = min2 + (max2 - min2) * f;
    if (!(visit(a, min2) && visit(a, max2) && visit(min1, b) && visit(max1, b))) return undefined;
  }
  const k = ROUNDING[to.kind];
  // Outward rounding; the nearest value is kept when it already encloses (16.4 stays 16.4, not
  // 16.399999999 because 16.4 × 1e9 is 16399999999.999998 in binary floating point).
  const down = (v: number): number => {
    const r = Math.round(v * k) / k;
    return r <= v ? r : Math.floor(v * k) / k;
  };
  const up = (v: number): number => {
    const r = Math.round(v * k) / k;
    return r >= v ? r : Math.ceil(v * k) / k;
  };
  if (hasZ) return [down(lo1), down(lo2), bbox[2], up(hi1), up(hi2), bbox[5]];
  return [down(lo1), down(lo2), up(hi1), up(hi2)];
}
