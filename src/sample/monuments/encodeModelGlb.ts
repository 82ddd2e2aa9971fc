/**
 * Writes one monument model as a binary glTF 2.0 (GLB) by hand: float positions and normals,
 * linear RGBA vertex colours (COLOR_0), one feature id per vertex (EXT_mesh_features, all 0) and a
 * one-row property table (EXT_structural_metadata) so a click shows the monument's record.
 */
import { MONUMENT_CLASS, MONUMENT_SCHEMA, monumentColumns, type MonumentRecord } from './monumentMetadata.ts';
import type { OrientedMesh } from './orientMesh.ts';
import { assembleGlb } from '../../tiles/assembleGlb.ts';

const FLOAT = 5126, UBYTE = 5121, USHORT = 5123, UINT = 5125;
const ARRAY_BUFFER = 34962, ELEMENT_ARRAY_BUFFER = 34963;
const align = (n: number, a: number) => Math.ceil(n / a) * a;

/** Encodes the mesh (glTF frame, metres) and its record as a GLB. */
export function encodeModelGlb(mesh: OrientedMesh, record: MonumentRecord): Uint8Array {
  const n = mesh.positions.length / 3;
  if (n === 0 || mesh.indices.length === 0) throw new Error(`encodeModelGlb: empty mesh for ${record.id}`);
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) {
    min[k] = Math.min(min[k], mesh.positions[3 * i + k]);
    max[k] = Math.max(max[k], mesh.positions[3 * i + k]);
  }
  const wide = n > 65535;
  const idx = wide ? mesh.indices : Uint16Array.from(mesh.indices);
  const ids = new Float32Array(n);
  const views: { data: Uint8Array; target?: number; byteStride?: number }[] = [
    { data: new Uint8Array(mesh.positions.buffer, mesh.positions.byteOffset, mesh.positions.byteLength), target: ARRAY_BUFFER, byteStride: 12 },
    { data: new Uint8Array(mesh.normals.buffer, mesh.normals.byteOffset, mesh.normals.byteLength), target: ARRAY_BUFFER, byteStride: 12 },
    { data: mesh.colors, target: ARRAY_BUFFER, byteStride: 4 },
    { data: new Uint8Array(ids.buffer), target: ARRAY_BUFFER, byteStride: 4 },
    { data: new Uint8Array(idx.buffer, idx.byteOffset, idx.byteLength), target: ELEMENT_ARRAY_BUFFER },
  ];
  const properties: Record<string, { values: number; stringOffsets?: number }> = {};
  for (const column of monumentColumns(record)) {
    const entry: { values: number; stringOffsets?: number } = { values: views.push({ data: column.values }) - 1 };
    if (column.stringOffsets) entry.stringOffsets = views.push({ data: column.stringOffsets }) - 1;
    properties[column.property] = entry;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  const bufferViews = views.map((v) => {
    const byteOffset = length;
    chunks.push(v.data);
    length = align(length + v.data.length, 8);
    chunks.push(new Uint8Array(length - byteOffset - v.data.length));
    return { buffer: 0, byteOffset, byteLength: v.data.length, ...(v.byteStride ? { byteStride: v.byteStride } : {}), ...(v.target ? { target: v.target } : {}) };
  });
  const gltf = {
    asset: { version: '2.0', generator: 'Huế Twin monument models (src/sample/monuments)' },
    extensionsUsed: ['EXT_mesh_features', 'EXT_structural_metadata'],
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, name: record.id }],
    meshes: [{
      name: record.name_en,
      primitives: [{
        attributes: { POSITION: 0, NORMAL: 1, COLOR_0: 2, _FEATURE_ID_0: 3 },
        indices: 4,
        material: 0,
        mode: 4,
        extensions: { EXT_mesh_features: { featureIds: [{ featureCount: 1, attribute: 0, propertyTable: 0 }] } },
      }],
    }],
    materials: [{ pbrMetallicRoughness: { baseColorFactor: [1, 1, 1, 1], metallicFactor: 0, roughnessFactor: 0.9 } }],
    accessors: [
      { bufferView: 0, componentType: FLOAT, count: n, type: 'VEC3', min, max },
      { bufferView: 1, componentType: FLOAT, count: n, type: 'VEC3' },
      { bufferView: 2, componentType: UBYTE, normalized: true, count: n, type: 'VEC4' },
      { bufferView: 3, componentType: FLOAT, count: n, type: 'SCALAR' },
      { bufferView: 4, componentType: wide ? UINT : USHORT, count: mesh.indices.length, type: 'SCALAR' },
    ],
    bufferViews,
    buffers: [{ byteLength: length }],
    extensions: {
      EXT_structural_metadata: {
        schema: MONUMENT_SCHEMA,
        propertyTables: [{ name: 'monuments', class: MONUMENT_CLASS, count: 1, properties }],
      },
    },
  };
  return assembleGlb(gltf, chunks, length);
}
