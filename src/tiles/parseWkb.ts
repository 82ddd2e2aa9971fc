/**
 * Minimal WKB / EWKB reader for (Multi)Polygon footprints, as returned by `ST_AsBinary(geom)`.
 * Z/M ordinates are skipped; other geometry types throw with a short reason.
 */
import type { PolygonRings } from './Footprint.ts';

const EWKB_Z = 0x80000000;
const EWKB_M = 0x40000000;
const EWKB_SRID = 0x20000000;

/** Parses WKB bytes into polygons of [lon, lat] rings; throws `Error(reason)` for unsupported input. */
export function parseWkbPolygons(bytes: Uint8Array): PolygonRings[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const out: PolygonRings[] = [];

  const readGeometry = (): void => {
    if (offset + 5 > view.byteLength) throw new Error('truncated WKB');
    const little = view.getUint8(offset) === 1;
    offset += 1;
    let type = view.getUint32(offset, little);
    offset += 4;
    let dims = 2;
    if (type & EWKB_SRID) offset += 4;
    if (type & EWKB_Z) dims++;
    if (type & EWKB_M) dims++;
    type &= 0x0fffffff;
    if (type >= 3000) { dims = 4; type -= 3000; } else if (type >= 2000) { dims = 3; type -= 2000; } else if (type >= 1000) { dims = 3; type -= 1000; }
    if (type === 3) {
      const ringCount = view.getUint32(offset, little);
      offset += 4;
      const rings: number[][][] = [];
      for (let r = 0; r < ringCount; r++) {
        const n = view.getUint32(offset, little);
        offset += 4;
        if (offset + n * dims * 8 > view.byteLength) throw new Error('truncated WKB');
        const ring: number[][] = new Array(n);
        for (let i = 0; i < n; i++) {
          ring[i] = [view.getFloat64(offset, little), view.getFloat64(offset + 8, little)];
          offset += dims * 8;
        }
        rings.push(ring);
      }
      out.push(rings);
    } else if (type === 6 || type === 7) {
      const count = view.getUint32(offset, little);
      offset += 4;
      for (let i = 0; i < count; i++) readGeometry();
    } else {
      const names: Record<number, string> = { 1: 'Point', 2: 'LineString', 4: 'MultiPoint', 5: 'MultiLineString' };
      throw new Error(`geometry is a ${names[type] ?? `WKB type ${type}`}, not a polygon`);
    }
  };
  readGeometry();
  return out;
}
