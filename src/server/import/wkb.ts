/**
 * Well-Known Binary ↔ GeoJSON geometry (ISO WKB as GeoPackage uses it: types 1–7, +1000 for Z,
 * +2000 for M, +3000 for ZM; the EWKB Z/M flag bits are read too). M values are dropped.
 */
import type { Geometry, Position } from 'geojson';

const TYPES = ['', 'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const;
const CODES: Record<string, number> = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6, GeometryCollection: 7 };

class Reader {
  offset: number;
  constructor(readonly view: DataView, offset: number) {
    this.offset = offset;
  }
}

function readGeometry(r: Reader): Geometry {
  const little = r.view.getUint8(r.offset) === 1;
  const raw = r.view.getUint32(r.offset + 1, little);
  r.offset += 5;
  let code = raw & 0xffff;
  let hasZ = (raw & 0x80000000) !== 0;
  let hasM = (raw & 0x40000000) !== 0;
  if (code > 1000) {
    const dims = Math.floor(code / 1000);
    code %= 1000;
    hasZ ||= dims === 1 || dims === 3;
    hasM ||= dims === 2 || dims === 3;
  }
  const stride = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
  const point = (): Position => {
    const x = r.view.getFloat64(r.offset, little);
    const y = r.view.getFloat64(r.offset + 8, little);
    const p = hasZ ? [x, y, r.view.getFloat64(r.offset + 16, little)] : [x, y];
    r.offset += 8 * stride;
    return p;
  };
  const count = (): number => {
    const n = r.view.getUint32(r.offset, little);
    r.offset += 4;
    return n;
  };
  const points = (): Position[] => Array.from({ length: count() }, point);
  const rings = (): Position[][] => Array.from({ length: count() }, points);
  const children = (): Geometry[] => Array.from({ length: count() }, () => readGeometry(r));
  switch (code) {
    case 1: {
      const p = point();
      // ISO WKB writes an empty point as NaN coordinates
      return Number.isNaN(p[0]) ? { type: 'MultiPoint', coordinates: [] } : { type: 'Point', coordinates: p };
    }
    case 2:
      return { type: 'LineString', coordinates: points() };
    case 3:
      return { type: 'Polygon', coordinates: rings() };
    case 4:
      return { type: 'MultiPoint', coordinates: children().map((g) => (g as { coordinates: Position }).coordinates) };
    case 5:
      return { type: 'MultiLineString', coordinates: children().map((g) => (g as { coordinates: Position[] }).coordinates) };
    case 6:
      return { type: 'MultiPolygon', coordinates: children().map((g) => (g as { coordinates: Position[][] }).coordinates) };
    case 7:
      return { type: 'GeometryCollection', geometries: children() };
    default:
      throw new Error(`unsupported WKB geometry type ${raw}${code > 7 ? ' (curves and surfaces are not supported)' : ''}`);
  }
}

/** Decodes WKB starting at `offset` of `bytes` into a GeoJSON geometry; throws on unsupported types. */
export function parseWkb(bytes: Uint8Array, offset = 0): Geometry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readGeometry(new Reader(view, offset));
}

/** Whether any position of the geometry has a z value. */
export function hasZ(geometry: Geometry): boolean {
  const first = (c: unknown): boolean => (Array.isArray(c) && typeof c[0] === 'number' ? c.length > 2 : Array.isArray(c) && c.length > 0 && first(c[0]));
  return geometry.type === 'GeometryCollection' ? geometry.geometries.some(hasZ) : first(geometry.coordinates);
}

/** Encodes a GeoJSON geometry as little-endian ISO WKB (Z when `withZ`, missing z written as 0). */
export function toWkb(geometry: Geometry, withZ = hasZ(geometry)): Uint8Array {
  let size = 0;
  const plan: Array<(view: DataView, at: number) => number> = [];
  const header = (type: string) => {
    const code = CODES[type]! + (withZ ? 1000 : 0);
    size += 5;
    plan.push((v, at) => {
      v.setUint8(at, 1);
      v.setUint32(at + 1, code, true);
      return at + 5;
    });
  };
  const count = (n: number) => {
    size += 4;
    plan.push((v, at) => {
      v.setUint32(at, n, true);
      return at + 4;
    });
  };
  const dims = withZ ? 3 : 2;
  const pos = (p: Position) => {
    size += 8 * dims;
    plan.push((v, at) => {
      v.setFloat64(at, p[0]!, true);
      v.setFloat64(at + 8, p[1]!, true);
      if (withZ) v.setFloat64(at + 16, p[2] ?? 0, true);
      return at + 8 * dims;
    });
  };
  const line = (ps: Position[]) => {
    count(ps.length);
    ps.forEach(pos);
  };
  const poly = (rs: Position[][]) => {
    count(rs.length);
    rs.forEach(line);
  };
  const write = (g: Geometry) => {
    header(g.type);
    switch (g.type) {
      case 'Point':
        pos(g.coordinates);
        break;
      case 'LineString':
        line(g.coordinates);
        break;
      case 'Polygon':
        poly(g.coordinates);
        break;
      case 'MultiPoint':
        count(g.coordinates.length);
        g.coordinates.forEach((c) => write({ type: 'Point', coordinates: c }));
        break;
      case 'MultiLineString':
        count(g.coordinates.length);
        g.coordinates.forEach((c) => write({ type: 'LineString', coordinates: c }));
        break;
      case 'MultiPolygon':
        count(g.coordinates.length);
        g.coordinates.forEach((c) => write({ type: 'Polygon', coordinates: c }));
        break;
      case 'GeometryCollection':
        count(g.geometries.length);
        g.geometries.forEach(write);
        break;
    }
  };
  write(geometry);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const step of plan) at = step(view, at);
  return out;
}

/** The geometry type name of a WKB type code (1–7), for messages. */
export function wkbTypeName(code: number): string {
  return TYPES[code % 1000] ?? `type ${code}`;
}
