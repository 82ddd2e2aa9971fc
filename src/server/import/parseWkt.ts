/** A small Well-Known Text geometry parser (OGC simple features, 2D/3D; `SRID=…;` prefix ignored). */
import type { Geometry, Position } from 'geojson';

const NAMES: Record<string, Geometry['type']> = {
  POINT: 'Point', LINESTRING: 'LineString', POLYGON: 'Polygon', MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString', MULTIPOLYGON: 'MultiPolygon', GEOMETRYCOLLECTION: 'GeometryCollection',
};

/** Parses WKT such as `POINT (107.58 16.47)` or `POLYGON Z ((…))` into a GeoJSON geometry; throws naming the fault. */
export function parseWkt(text: string): Geometry {
  const tokens = text.replace(/^\s*SRID=\d+;/i, '').match(/[A-Za-z]+|[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|[(),]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const expect = (t: string) => {
    if (tokens[i] !== t) throw new Error(`WKT: expected "${t}" at token ${i + 1}, found ${tokens[i] ?? 'the end'}`);
    i++;
  };
  const position = (): Position => {
    const p: number[] = [];
    while (peek() !== undefined && /^[-+.\d]/.test(peek()!)) p.push(Number(tokens[i++]));
    if (p.length < 2) throw new Error('WKT: a position needs at least x and y');
    return p.slice(0, 3);
  };
  const list = <T>(item: () => T): T[] => {
    expect('(');
    const out = [item()];
    while (peek() === ',') {
      i++;
      out.push(item());
    }
    expect(')');
    return out;
  };
  const geometry = (): Geometry => {
    const word = (tokens[i++] ?? '').toUpperCase();
    const type = NAMES[word];
    if (!type) throw new Error(`WKT: unknown geometry type "${word || '(empty)'}"`);
    while (peek() && /^(Z|M|ZM)$/i.test(peek()!)) i++;
    if (peek()?.toUpperCase() === 'EMPTY') {
      i++;
      return type === 'GeometryCollection' ? { type, geometries: [] } : ({ type, coordinates: [] } as unknown as Geometry);
    }
    const ring = () => list(position);
    const point = () => (peek() === '(' ? list(position)[0]! : position());
    switch (type) {
      case 'Point':
        return { type, coordinates: list(position)[0]! };
      case 'LineString':
        return { type, coordinates: ring() };
      case 'Polygon':
        return { type, coordinates: list(ring) };
      case 'MultiPoint':
        return { type, coordinates: list(point) };
      case 'MultiLineString':
        return { type, coordinates: list(ring) };
      case 'MultiPolygon':
        return { type, coordinates: list(() => list(ring)) };
      default:
        return { type: 'GeometryCollection', geometries: list(geometry) };
    }
  };
  const g = geometry();
  if (i < tokens.length) throw new Error(`WKT: unexpected "${tokens[i]}" after the geometry`);
  return g;
}
