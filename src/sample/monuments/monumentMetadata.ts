/**
 * EXT_structural_metadata for monument models: the schema (class `monument`) and the binary columns
 * of a one-row property table (what a click on the model shows).
 */

/** Class id of a monument in the metadata schema. */
export const MONUMENT_CLASS = 'monument';
/** noData of `built` (INT16). */
export const BUILT_NO_DATA = -32768;

/** The metadata schema embedded in every monument GLB. */
export const MONUMENT_SCHEMA = {
  id: 'hue_twin_monuments',
  classes: {
    [MONUMENT_CLASS]: {
      name: 'Monument model',
      description: 'A procedural 3D form of a Huế monument, placed at its published coordinates.',
      properties: {
        id: { type: 'STRING', required: true, description: 'Feature id of the site in its collection.' },
        name_vi: { type: 'STRING', required: true },
        name_en: { type: 'STRING', required: true },
        kind: { type: 'STRING', required: true, description: 'gate, palace, tower, pagoda, arena, esplanade, tomb.' },
        form: { type: 'STRING', required: true, description: 'Procedural form used (ngo-mon, thai-hoa, ky-dai, phuoc-duyen, citadel-gate, stele-pavilion, …).' },
        height_m: { type: 'SCALAR', componentType: 'FLOAT32', required: true, description: 'Height of the model, metres.' },
        built: { type: 'SCALAR', componentType: 'INT16', noData: BUILT_NO_DATA, description: 'Year built.' },
        dimensions: { type: 'STRING', required: true, description: 'published: main envelope from published figures; approximate: estimated.' },
        dimensions_note: { type: 'STRING', required: true },
        synthetic: { type: 'BOOLEAN', required: true, description: 'Always true: the form is procedural, not surveyed.' },
      },
    },
  },
} as const;

/** The values of one property-table row. */
export interface MonumentRecord {
  id: string;
  name_vi: string;
  name_en: string;
  kind: string;
  form: string;
  /** Metres. */
  height_m: number;
  /** Year, or undefined. */
  built?: number;
  dimensions: 'published' | 'approximate';
  dimensions_note: string;
  synthetic: true;
}

/** One column: property name, value bytes and (strings) offsets. */
export interface MonumentColumn {
  property: string;
  values: Uint8Array;
  stringOffsets?: Uint8Array;
}

const encoder = new TextEncoder();

function stringColumn(property: string, value: string): MonumentColumn {
  const bytes = encoder.encode(value);
  return { property, values: bytes, stringOffsets: new Uint8Array(Uint32Array.from([0, bytes.length]).buffer) };
}

/** The record as property-table columns (empty strings are left out: glTF forbids empty views). */
export function monumentColumns(r: MonumentRecord): MonumentColumn[] {
  const built = Number.isInteger(r.built) && Math.abs(r.built!) < 32768 ? r.built! : BUILT_NO_DATA;
  return [
    stringColumn('id', r.id),
    stringColumn('name_vi', r.name_vi || '?'),
    stringColumn('name_en', r.name_en || '?'),
    stringColumn('kind', r.kind || '?'),
    stringColumn('form', r.form),
    { property: 'height_m', values: new Uint8Array(Float32Array.from([r.height_m]).buffer) },
    { property: 'built', values: new Uint8Array(Int16Array.from([built]).buffer) },
    stringColumn('dimensions', r.dimensions),
    stringColumn('dimensions_note', r.dimensions_note),
    { property: 'synthetic', values: Uint8Array.from([1]) },
  ].filter((c) => c.values.length > 0);
}
