/** WKT geometry literals and BBOX/ENVELOPE of CQL2 Text, checked and normalised to WKT. */
import type { GeometryLiteral } from './ast.ts';
import { Cql2Error } from './Cql2Error.ts';
import type { TokenCursor } from './TokenCursor.ts';

const TAGS = ['POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON', 'GEOMETRYCOLLECTION'];
const BOXES = ['BBOX', 'ENVELOPE'];

/** Whether the cursor stands on a geometry literal: a WKT tag or BBOX/ENVELOPE followed by `(` (or `Z (`). */
export function isGeometryStart(cursor: TokenCursor): boolean {
  const token = cursor.peek();
  if (token.type !== 'word' || token.quoted) return false;
  const tag = token.value.toUpperCase();
  if (BOXES.includes(tag)) return cursor.isPunct('(', 1);
  return TAGS.includes(tag) && (cursor.isPunct('(', 1) || (cursor.isKeyword('Z', 1) && cursor.isPunct('(', 2)));
}

class WktReader {
  private dims: number | undefined;

  constructor(private readonly cursor: TokenCursor) {}

  private point(forceZ: boolean): string {
    const first = this.cursor.peek();
    const coords = [this.cursor.expectNumber('a coordinate').value, this.cursor.expectNumber('a second coordinate').value];
    if (this.cursor.peek().type === 'number') coords.push(this.cursor.expectNumber().value);
    if (forceZ && coords.length !== 3) this.cursor.fail('a third (Z) coordinate');
    if (this.dims === undefined) this.dims = coords.length;
    else if (this.dims !== coords.length) {
      throw new Cql2Error(`geometry mixes 2D and 3D coordinates at position ${first.start}`, first.start);
    }
    return coords.join(' ');
  }

  private list<T>(item: () => T): T[] {
    this.cursor.expectPunct('(');
    const items = [item()];
    while (this.cursor.isPunct(',')) {
      this.cursor.next();
      items.push(item());
    }
    this.cursor.expectPunct(')');
    return items;
  }

  private lineString(z: boolean): string {
    const start = this.cursor.peek().start;
    const points = this.list(() => this.point(z));
    if (points.length < 2) throw new Cql2Error(`a line string needs at least 2 points at position ${start}`, start);
    return `(${points.join(',')})`;
  }

  private ring(z: boolean): string {
    const start = this.cursor.peek().start;
    const points = this.list(() => this.point(z));
    if (points.length < 4) throw new Cql2Error(`a polygon ring needs at least 4 points at position ${start}`, start);
    if (points[0] !== points[points.length - 1]) {
      throw new Cql2Error(`polygon ring at position ${start} is not closed (first and last points differ)`, start);
    }
    return `(${points.join(',')})`;
  }

  private polygon(z: boolean): string {
    return `(${this.list(() => this.ring(z)).join(',')})`;
  }

  private multiPoint(z: boolean): string {
    const points = this.list(() => {
      if (!this.cursor.isPunct('(')) return `(${this.point(z)})`;
      this.cursor.next();
      const point = this.point(z);
      this.cursor.expectPunct(')');
      return `(${point})`;
    });
    return `(${points.join(',')})`;
  }

  /** One tagged geometry: `TAG [Z] (…)`. */
  tagged(): string {
    const token = this.cursor.peek();
    const tag = token.type === 'word' && !token.quoted ? token.value.toUpperCase() : '';
    if (!TAGS.includes(tag)) this.cursor.fail('a WKT geometry (POINT, LINESTRING, POLYGON, MULTI…, GEOMETRYCOLLECTION)');
    this.cursor.next();
    const z = this.cursor.isKeyword('Z');
    if (z) this.cursor.next();
    let body: string;
    switch (tag) {
      case 'POINT':
        this.cursor.expectPunct('(');
        body = `(${this.point(z)})`;
        this.cursor.expectPunct(')');
        break;
      case 'LINESTRING':
        body = this.lineString(z);
        break;
      case 'POLYGON':
        body = this.polygon(z);
        break;
      case 'MULTIPOINT':
        body = this.multiPoint(z);
        break;
      case 'MULTILINESTRING':
        body = `(${this.list(() => this.lineString(z)).join(',')})`;
        break;
      case 'MULTIPOLYGON':
        body = `(${this.list(() => this.polygon(z)).join(',')})`;
        break;
      default:
        this.cursor.enter(token.start);
        body = `(${this.list(() => this.tagged()).join(',')})`;
        this.cursor.leave();
    }
    return `${tag}${z ? ' Z ' : ''}${body}`;
  }

  /** `BBOX(w,s,e,n)` or `BBOX(w,s,zmin,e,n,zmax)` (elevations ignored) as a closed POLYGON. */
  box(): string {
    const start = this.cursor.next().start;
    const values = this.list(() => this.cursor.expectNumber().value);
    if (values.length !== 4 && values.length !== 6) {
      throw new Cql2Error(`BBOX at position ${start} needs 4 numbers (west,south,east,north) or 6 with elevations, found ${values.length}`, start);
    }
    const [w, s, e, n] = (values.length === 4 ? values : [values[0], values[1], values[3], values[4]]) as [number, number, number, number];
    if (w > e || s > n) {
      throw new Cql2Error(`BBOX at position ${start} has west > east or south > north (antimeridian-crossing boxes are not supported)`, start);
    }
    return `POLYGON((${w} ${s},${e} ${s},${e} ${n},${w} ${n},${w} ${s}))`;
  }
}

/** Parses the geometry literal at the cursor (see {@link isGeometryStart}); throws {@link Cql2Error} on bad WKT. */
export function parseGeometry(cursor: TokenCursor): GeometryLiteral {
  const token = cursor.peek();
  const reader = new WktReader(cursor);
  const isBox = token.type === 'word' && BOXES.includes(token.value.toUpperCase());
  return { kind: 'geometry', wkt: isBox ? reader.box() : reader.tagged(), position: token.start };
}
