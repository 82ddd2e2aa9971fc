/**
 * Writes one tile's mesh and property table as a binary glTF 2.0 (GLB), directly (no glTF library):
 * positions quantised to int16 and normals to int8 (KHR_mesh_quantization; one node scale/translation
 * dequantises, uniform so normals stay right), feature ids per vertex (EXT_mesh_features
 * `_FEATURE_ID_0`), a property table (EXT_structural_metadata) and, optionally, meshopt-compressed
 * geometry (EXT_meshopt_compression with a data-less fallback buffer).
 */
import { MeshoptEncoder } from 'meshoptimizer';
import type { BuildingRecord } from './BuildingRecord.ts';
import { BUILDING_CLASS, BUILDING_SCHEMA, encodePropertyColumns } from './propertyTable.ts';
import type { TileMesh } from './TileMesh.ts';
import { assembleGlb } from './assembleGlb.ts';

/** Options of {@link encodeTileGlb}. */
export interface EncodeGlbOptions {
  /** Compress geometry with EXT_meshopt_compression (call {@link prepareMeshopt} first). Default: false. */
  meshopt?: boolean;
}

/** Waits for the meshopt encoder's WebAssembly to load (once per process). */
export function prepareMeshopt(): Promise<void> {
  return MeshoptEncoder.ready;
}

const GLTF_SHORT = 5122, GLTF_BYTE = 5120, GLTF_USHORT = 5123, GLTF_UINT = 5125;
const ARRAY_BUFFER = 34962, ELEMENT_ARRAY_BUFFER = 34963;

interface ViewSpec {
  data: Uint8Array;
  byteStride?: number;
  target?: number;
  /** meshopt mode and element count when this view may be compressed. */
  meshopt?: { mode: 'ATTRIBUTES' | 'TRIANGLES'; count: number };
}

const align = (n: number, a: number) => Math.ceil(n / a) * a;

/** Encodes a tile: `records[i]` describes the vertices whose feature id is `i`. */
export function encodeTileGlb(mesh: TileMesh, records: BuildingRecord[], options: EncodeGlbOptions = {}): Uint8Array {
  const vCount = mesh.vertexCount;
  const iCount = mesh.indexCount;
  if (vCount === 0 || iCount === 0) throw new Error('encodeTileGlb: empty mesh');

  // Quantise positions: one uniform scale about the box centre.
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  const P = mesh.positions;
  for (let v = 0; v < vCount; v++) {
    for (let k = 0; k < 3; k++) {
      const x = P[3 * v + k];
      if (x < min[k]) min[k] = x;
      if (x > max[k]) max[k] = x;
    }
  }
  const centre = [0, 1, 2].map((k) => (min[k] + max[k]) / 2);
  const half = Math.max(0.01, ...[0, 1, 2].map((k) => (max[k] - min[k]) / 2));
  const toQ = 32767 / half;
  const pos = new Int16Array(vCount * 4); // stride 8 bytes (4-byte alignment)
  const qMin = [32767, 32767, 32767], qMax = [-32767, -32767, -32767];
  for (let v = 0; v < vCount; v++) {
    for (let k = 0; k < 3; k++) {
      const q = Math.max(-32767, Math.min(32767, Math.round((P[3 * v + k] - centre[k]) * toQ)));
      pos[4 * v + k] = q;
      if (q < qMin[k]) qMin[k] = q;
      if (q > qMax[k]) qMax[k] = q;
    }
  }
  const nor = new Int8Array(vCount * 4); // stride 4
  const N = mesh.normals;
  for (let v = 0; v < vCount; v++) {
    const x = N[3 * v], y = N[3 * v + 1], z = N[3 * v + 2];
    const len = Math.hypot(x, y, z) || 1;
    nor[4 * v] = Math.round((x / len) * 127);
    nor[4 * v + 1] = Math.round((y / len) * 127);
    nor[4 * v + 2] = Math.round((z / len) * 127);
  }
  const fid = new Uint16Array(vCount * 2); // stride 4
  for (let v = 0; v < vCount; v++) fid[2 * v] = mesh.featureIds[v];
  const wide = vCount > 65535;
  const idx = wide ? mesh.indices.slice(0, iCount) : Uint16Array.from(mesh.indices.subarray(0, iCount));

  const views: ViewSpec[] = [
    { data: new Uint8Array(pos.buffer), byteStride: 8, target: ARRAY_BUFFER, meshopt: { mode: 'ATTRIBUTES', count: vCount } },
    { data: new Uint8Array(nor.buffer), byteStride: 4, target: ARRAY_BUFFER, meshopt: { mode: 'ATTRIBUTES', count: vCount } },
    { data: new Uint8Array(fid.buffer), byteStride: 4, target: ARRAY_BUFFER, meshopt: { mode: 'ATTRIBUTES', count: vCount } },
    { data: new Uint8Array(idx.buffer, idx.byteOffset, idx.byteLength), target: ELEMENT_ARRAY_BUFFER, meshopt: { mode: 'TRIANGLES', count: iCount } },
  ];
  const columns = encodePropertyColumns(records);
  const tableProperties: Record<string, { values: number; stringOffsets?: number }> = {};
  for (const column of columns) {
    const values = views.push({ data: column.values }) - 1;
    const entry: { values: number; stringOffsets?: number } = { values };
    if (column.stringOffsets) entry.stringOffsets = views.push({ data: column.stringOffsets }) - 1;
    tableProperties[column.property] = entry;
  }

  // Lay out the binary chunk (and, with meshopt, the virtual fallback buffer).
  const useMeshopt = options.meshopt === true;
  const chunks: Uint8Array[] = [];
  let binLength = 0, fallbackLength = 0;
  const bufferViews = views.map((view) => {
    if (useMeshopt && view.meshopt) {
      const stride = view.byteStride ?? (wide ? 4 : 2);
      const encoded = MeshoptEncoder.encodeGltfBuffer(view.data, view.meshopt.count, stride, view.meshopt.mode);
      const byteOffset = binLength;
      chunks.push(encoded);
      binLength = align(binLength + encoded.length, 8);
      chunks.push(new Uint8Array(binLength - byteOffset - encoded.length));
      const fallbackOffset = fallbackLength;
      fallbackLength = align(fallbackLength + view.data.length, 8);
      return {
        buffer: 1, byteOffset: fallbackOffset, byteLength: view.data.length,
        ...(view.byteStride ? { byteStride: view.byteStride } : {}), ...(view.target ? { target: view.target } : {}),
        extensions: { EXT_meshopt_compression: { buffer: 0, byteOffset, byteLength: encoded.length, byteStride: stride, mode: view.meshopt.mode, count: view.meshopt.count } },
      };
    }
    const byteOffset = binLength;
    chunks.push(view.data);
    binLength = align(binLength + view.data.length, 8);
    chunks.push(new Uint8Array(binLength - byteOffset - view.data.length));
    return {
      buffer: 0, byteOffset, byteLength: view.data.length,
      ...(view.byteStride ? { byteStride: view.byteStride } : {}), ...(view.target ? { target: view.target } : {}),
    };
  });

  const extensionsUsed = ['KHR_mesh_quantization', 'EXT_mesh_features', 'EXT_structural_metadata'];
  const extensionsRequired = ['KHR_mesh_quantization'];
  if (useMeshopt) { extensionsUsed.push('EXT_meshopt_compression'); extensionsRequired.push('EXT_meshopt_compression'); }
  const gltf = {
    asset: { version: '2.0', generator: 'Huế Twin tiles builder' },
    extensionsUsed,
    extensionsRequired,
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, translation: centre, scale: [half / 32767, half / 32767, half / 32767] }],
    meshes: [{
      primitives: [{
        attributes: { POSITION: 0, NORMAL: 1, _FEATURE_ID_0: 2 },
        indices: 3,
        material: 0,
        mode: 4,
        extensions: { EXT_mesh_features: { featureIds: [{ featureCount: records.length, attribute: 0, propertyTable: 0 }] } },
      }],
    }],
    materials: [{ pbrMetallicRoughness: { baseColorFactor: [1, 1, 1, 1], metallicFactor: 0, roughnessFactor: 1 } }],
    accessors: [
      { bufferView: 0, componentType: GLTF_SHORT, count: vCount, type: 'VEC3', min: qMin, max: qMax },
      { bufferView: 1, componentType: GLTF_BYTE, normalized: true, count: vCount, type: 'VEC3' },
      { bufferView: 2, componentType: GLTF_USHORT, count: vCount, type: 'SCALAR' },
      { bufferView: 3, componentType: wide ? GLTF_UINT : GLTF_USHORT, count: iCount, type: 'SCALAR' },
    ],
    bufferViews,
    buffers: useMeshopt
      ? [{ byteLength: binLength }, { byteLength: fallbackLength, extensions: { EXT_meshopt_compression: { fallback: true } } }]
      : [{ byteLength: binLength }],
    extensions: {
      EXT_structural_metadata: {
        schema: BUILDING_SCHEMA,
        propertyTables: [{ name: 'buildings', class: BUILDING_CLASS, count: records.length, properties: tableProperties }],
      },
    },
  };
  return assembleGlb(gltf, chunks, binLength);
}
