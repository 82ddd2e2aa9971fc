/**
 * EXT_structural_metadata for building tiles: the schema (one class, `building`) and the binary
 * columns of a property table. Columns are returned as byte arrays for the GLB writer to place
 * (8-byte aligned, as the extension requires).
 */
import type { BuildingRecord } from './BuildingRecord.ts';

/** Class id of a building in the metadata schema. */
export const BUILDING_CLASS = 'building';
/** noData of `levels` (UINT16). */
export const LEVELS_NO_DATA = 65535;
/** noData of `year_built` (INT16). */
export const YEAR_NO_DATA = -32768;

/** The metadata schema embedded in every tile (small, so each GLB is self-describing). */
export const BUILDING_SCHEMA = {
  id: 'hue_twin_buildings',
  classes: {
    [BUILDING_CLASS]: {
      name: 'Building',
      description: 'An extruded building footprint from the Huế Twin database.',
      properties: {
        id: { type: 'STRING', required: true, description: 'Feature id in the database collection.' },
        name: { type: 'STRING', noData: '' },
        use: { type: 'STRING', noData: '', description: 'residential, commercial, public, religious, industrial, …' },
        height_m: { type: 'SCALAR', componentType: 'FLOAT32', required: true, description: 'Extrusion height, metres.' },
        levels: { type: 'SCALAR', componentType: 'UINT16', noData: LEVELS_NO_DATA },
        year_built: { type: 'SCALAR', componentType: 'INT16', noData: YEAR_NO_DATA },
        zoning_code: { type: 'STRING', noData: '' },
        synthetic: { type: 'BOOLEAN', required: true, description: 'true: procedurally generated, not surveyed.' },
      },
    },
  },
} as const;

/** One column: its property name and buffers (values, and string offsets for STRING). */
export interface PropertyColumn {
  property: string;
  values: Uint8Array;
  stringOffsets?: Uint8Array;
}

const encoder = new TextEncoder();

function stringColumn(property: string, values: string[]): PropertyColumn {
  const parts = values.map((v) => encoder.encode(v));
  const offsets = new Uint32Array(values.length + 1);
  let total = 0;
  parts.forEach((p, i) => { offsets[i] = total; total += p.length; });
  offsets[values.length] = total;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { bytes.set(p, at); at += p.length; }
  return { property, values: bytes, stringOffsets: new Uint8Array(offsets.buffer) };
}

/** Encodes the records as property-table columns in schema order (all-empty string columns omitted). */
export function encodePropertyColumns(records: BuildingRecord[]): PropertyColumn[] {
  const n = records.length;
  const height = new Float32Array(n);
  const levels = new Uint16Array(n);
  const year = new Int16Array(n);
  const synthetic = new Uint8Array(Math.ceil(n / 8));
  records.forEach((r, i) => {
    height[i] = r.height_m;
    levels[i] = r.levels ?? LEVELS_NO_DATA;
    year[i] = r.year_built ?? YEAR_NO_DATA;
    if (r.synthetic) synthetic[i >> 3] |= 1 << (i & 7);
  });
  const columns = [
    stringColumn('id', records.map((r) => r.id)),
    stringColumn('name', records.map((r) => r.name)),
    stringColumn('use', records.map((r) => r.use)),
    { property: 'height_m', values: new Uint8Array(height.buffer) },
    { property: 'levels', values: new Uint8Array(levels.buffer) },
    { property: 'year_built', values: new Uint8Array(year.buffer) },
    stringColumn('zoning_code', records.map((r) => r.zoning_code)),
    { property: 'synthetic', values: synthetic },
  ];
  // A column with no bytes (all strings empty) is left out: optional properties may be omitted,
  // and glTF forbids empty buffer views.
  return columns.filter((c) => c.values.length > 0);
}
