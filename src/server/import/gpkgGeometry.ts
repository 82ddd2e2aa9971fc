/**
 * GeoPackage binary geometry (OGC 12-128r18 §2.1.3): "GP", version, flags, srs_id, optional
 * envelope, then ISO WKB.
 */
import type { Geometry, Position } from 'geojson';
import { parseWkb, toWkb } from './wkb.ts';

/** Envelope sizes in doubles by the flags' envelope indicator (0: none, 1: xy, 2: xyz, 3: xym, 4: xyzm). */
const ENVELOPE_DOUBLES = [0, 4, 6, 6, 8];

/** Decodes a GeoPackage geometry blob; `null` for an empty geometry. Throws on a malformed blob. */
export function parseGpkgGeometry(blob: Uint8Array): { geometry: Geometry | null; srsId: number } {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not a GeoPackage geometry (no "GP" magic)');
  const flags = blob[3]!;
  const little = (flags & 1) === 1;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const srsId = view.getInt32(4, little);
  const envelope = (flags >> 1) & 7;
  const doubles = ENVELOPE_DOUBLES[envelope];
  if (doubles === undefined) throw new Error(`bad envelope indicator ${envelope}`);
  if ((flags >> 4) & 1) return { geometry: null, srsId };
  return { geometry: parseWkb(blob, 8 + doubles * 8), srsId };
}

function envelopeOf(geometry: Geometry): [number, number, number, number] | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const p = c as Position;
      if (p[0]! < minX) minX = p[0]!;
      if (p[0]! > maxX) maxX = p[0]!;
      if (p[1]! < minY) minY = p[1]!;
      if (p[1]! > maxY) maxY = p[1]!;
      return;
    }
    for (const child of c) visit(child);
  };
  const walk = (g: Geometry): void => (g.type === 'GeometryCollection' ? g.geometries.forEach(walk) : visit(g.coordinates));
  walk(geometry);
  return minX === Infinity ? undefined : [minX, maxX, minY, maxY];
}

/** Encodes a GeoJSON geometry as a little-endian GeoPackage blob with an xy envelope (none for points). */
export function toGpkgGeometry(geometry: Geometry, srsId: number): Uint8Array {
  const wkb = toWkb(geometry);
  const envelope = geometry.type === 'Point' ? undefined : envelopeOf(geometry);
  const headerSize = 8 + (envelope ? 32 : 0);
  const out = new Uint8Array(headerSize + wkb.length);
  const view = new DataView(out.buffer);
  out[0] = 0x47;
  out[1] = 0x50;
  out[2] = 0;
  out[3] = (envelope ? 1 << 1 : 0) | 1 | (envelope === undefined && geometry.type !== 'Point' ? 1 << 4 : 0);
  view.setInt32(4, srsId, true);
  if (envelope) envelope.forEach((v, i) => view.setFloat64(8 + i * 8, v, true));
  out.set(wkb, headerSize);
  return out;
}

/** The xy envelope [minX, maxX, minY, maxY] of a geometry, for GeoPackage metadata; undefined when empty. */
export { envelopeOf };
