/**
 * Test helper: writes the bytes of a tiny shapefile (.shp, .shx-less, .dbf) in memory, so tests
 * need no binary fixtures. Supports Point (type 1) and Polygon (type 5, one ring per record) and
 * dBASE III character (C) and numeric (N) fields.
 */

/** One record: a point [x, y] or a polygon ring [[x, y]…] (closed, clockwise as shapefiles want outer rings). */
export type ShpShape = { point: [number, number] } | { ring: Array<[number, number]> };

/** Builds the .shp bytes. */
export function buildShp(shapes: ShpShape[]): Uint8Array {
  const isPoint = 'point' in shapes[0]!;
  const contents = shapes.map((s) => ('point' in s ? 20 : 44 + 4 + 16 * s.ring.length));
  const length = 100 + contents.reduce((a, c) => a + 8 + c, 0);
  const buf = new ArrayBuffer(length);
  const v = new DataView(buf);
  v.setInt32(0, 9994, false);
  v.setInt32(24, length / 2, false);
  v.setInt32(28, 1000, true);
  v.setInt32(32, isPoint ? 1 : 5, true);
  const all = shapes.flatMap((s) => ('point' in s ? [s.point] : s.ring));
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((n, i) => v.setFloat64(36 + 8 * i, n, true));
  let at = 100;
  shapes.forEach((s, i) => {
    v.setInt32(at, i + 1, false);
    v.setInt32(at + 4, contents[i]! / 2, false);
    at += 8;
    if ('point' in s) {
      v.setInt32(at, 1, true);
      v.setFloat64(at + 4, s.point[0], true);
      v.setFloat64(at + 12, s.point[1], true);
      at += 20;
      return;
    }
    v.setInt32(at, 5, true);
    const rx = s.ring.map((p) => p[0]);
    const ry = s.ring.map((p) => p[1]);
    [Math.min(...rx), Math.min(...ry), Math.max(...rx), Math.max(...ry)].forEach((n, k) => v.setFloat64(at + 4 + 8 * k, n, true));
    v.setInt32(at + 36, 1, true);
    v.setInt32(at + 40, s.ring.length, true);
    v.setInt32(at + 44, 0, true);
    s.ring.forEach((p, k) => {
      v.setFloat64(at + 48 + 16 * k, p[0], true);
      v.setFloat64(at + 56 + 16 * k, p[1], true);
    });
    at += contents[i]!;
  });
  return new Uint8Array(buf);
}

/** A dBASE field: name (≤ 10 chars), C (text, UTF-8 bytes) or N (number), width. */
export interface DbfField {
  name: string;
  type: 'C' | 'N';
  width: number;
}

/** Builds the .dbf bytes for `rows` (one array of values per record). */
export function buildDbf(fields: DbfField[], rows: Array<Array<string | number>>): Uint8Array {
  const recordLength = 1 + fields.reduce((a, f) => a + f.width, 0);
  const headerLength = 32 + 32 * fields.length + 1;
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 3;
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  const enc = new TextEncoder();
  fields.forEach((f, i) => {
    out.set(enc.encode(f.name), 32 + 32 * i);
    out[32 + 32 * i + 11] = f.type.charCodeAt(0);
    out[32 + 32 * i + 16] = f.width;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    fields.forEach((f, i) => {
      const text = String(row[i] ?? '');
      const bytes = enc.encode(f.type === 'N' ? text.padStart(f.width) : text);
      const cell = new Uint8Array(f.width).fill(0x20);
      cell.set(bytes.subarray(0, f.width));
      out.set(cell, at);
      at += f.width;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}
