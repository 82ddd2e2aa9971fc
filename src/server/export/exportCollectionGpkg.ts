/**
 * Exports one collection as a GeoPackage: property columns typed from the collection's properties
 * schema (integer → INTEGER, number → REAL, boolean → BOOLEAN, string → TEXT; objects, arrays,
 * mixed and unschema'd properties → JSON text marked application/json), the feature id in `id`.
 */
import type { Queryable } from '../db/Database.ts';
import type { GpkgColumn, GpkgColumnType } from './writeGeoPackage.ts';
import { writeGeoPackage } from './writeGeoPackage.ts';

interface Row {
  id: string;
  properties: Record<string, unknown>;
  wkb: Uint8Array;
  minx: number;
  miny: number;
  maxx: number;
  maxy: number;
  is_point: boolean;
  has_z: boolean;
}

const RESERVED = new Set(['fid', 'geom', 'id']);

function columnType(schema: unknown): { type: GpkgColumnType; json: boolean } {
  const raw = (schema as { type?: unknown } | undefined)?.type;
  const types = (Array.isArray(raw) ? raw : [raw]).filter((t) => t !== 'null');
  if (types.length !== 1) return { type: 'TEXT', json: true };
  switch (types[0]) {
    case 'integer':
      return { type: 'INTEGER', json: false };
    case 'number':
      return { type: 'REAL', json: false };
    case 'boolean':
      return { type: 'BOOLEAN', json: false };
    case 'string':
      return { type: 'TEXT', json: false };
    default:
      return { type: 'TEXT', json: true };
  }
}

/** Wraps ISO WKB in a little-endian GeoPackage header with an xy envelope (none for points). */
function gpkgBlob(row: Row): Uint8Array {
  const envelope = !row.is_point;
  const header = 8 + (envelope ? 32 : 0);
  const out = new Uint8Array(header + row.wkb.length);
  const view = new DataView(out.buffer);
  out[0] = 0x47;
  out[1] = 0x50;
  out[3] = 1 | (envelope ? 2 : 0);
  view.setInt32(4, 4326, true);
  if (envelope) [row.minx, row.maxx, row.miny, row.maxy].forEach((v, i) => view.setFloat64(8 + 8 * i, v, true));
  out.set(row.wkb, header);
  return out;
}

function sqliteValue(value: unknown, column: { type: GpkgColumnType; json: boolean }): string | number | null {
  if (value === undefined || value === null) return null;
  if (column.json) return JSON.stringify(value);
  if (column.type === 'BOOLEAN') return value === true ? 1 : value === false ? 0 : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number;
}

/** Collection metadata the export needs. */
export interface ExportCollection {
  id: string;
  title: string;
  description?: string | null;
  geometryType: string;
  propertiesSchema: Record<string, unknown> | null;
}

/** Builds the GeoPackage of `collection` from the database. */
export async function exportCollectionGpkg(db: Queryable, collection: ExportCollection): Promise<Uint8Array> {
  const rows = await db.query<Row>(
    `SELECT id, properties, ST_AsBinary(geom) AS wkb, ST_XMin(geom) AS minx, ST_YMin(geom) AS miny, ST_XMax(geom) AS maxx, ST_YMax(geom) AS maxy,
       GeometryType(geom) = 'POINT' AS is_point, ST_NDims(geom) > 2 AS has_z
     FROM features WHERE collection_id = $1 ORDER BY id`,
    [collection.id],
  );
  const schemaProps = ((collection.propertiesSchema?.properties ?? {}) as Record<string, unknown>);
  const keys = new Set<string>(Object.keys(schemaProps));
  for (const row of rows) for (const key of Object.keys(row.properties)) keys.add(key);
  // A property "id" equal to the feature id everywhere is the id column itself.
  if (rows.every((r) => r.properties.id === undefined || String(r.properties.id) === r.id)) keys.delete('id');
  const used = new Set<string>(RESERVED);
  const columns: Array<GpkgColumn & { key: string; json: boolean }> = [];
  for (const key of keys) {
    let name = key;
    for (let n = 1; used.has(name.toLowerCase()); n++) name = `${key}_${n}`;
    used.add(name.toLowerCase());
    columns.push({ key, name, ...columnType(schemaProps[key]) });
  }
  let bbox: [number, number, number, number] | undefined;
  for (const r of rows) {
    if (!bbox) bbox = [r.minx, r.miny, r.maxx, r.maxy];
    else bbox = [Math.min(bbox[0], r.minx), Math.min(bbox[1], r.miny), Math.max(bbox[2], r.maxx), Math.max(bbox[3], r.maxy)];
  }
  const zs = new Set(rows.map((r) => r.has_z));
  return writeGeoPackage({
    table: collection.id.replace(/^gpkg_/i, 'x_gpkg_'),
    identifier: collection.title,
    description: collection.description ?? '',
    geometryType: collection.geometryType.toUpperCase(),
    z: zs.size > 1 ? 2 : zs.has(true) ? 1 : 0,
    srsId: 4326,
    bbox,
    columns: [{ name: 'id', type: 'TEXT' }, ...columns.map(({ name, type, json }) => ({ name, type, json }))],
    rows: rows.map((row) => ({
      geometry: gpkgBlob({ ...row, wkb: new Uint8Array(row.wkb) }),
      values: [row.id, ...columns.map((c) => sqliteValue(row.properties[c.key], c))],
    })),
  });
}
