/** Test helper: splits a GLB into its JSON and BIN chunks and reads accessors of uncompressed views. */
import type { Buffer } from 'node:buffer';

/** The parsed parts of a GLB. */
export interface ParsedGlb {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  bin: Uint8Array;
}

/** Parses a GLB container (throws on a bad header). */
export function readGlb(bytes: Uint8Array | Buffer): ParsedGlb {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== 0x46546c67) throw new Error('not a GLB');
  const jsonLength = dv.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + jsonLength)));
  const binStart = 20 + jsonLength + 8;
  const binLength = dv.getUint32(20 + jsonLength, true);
  return { json, bin: bytes.subarray(binStart, binStart + binLength) };
}

/** Bytes of a buffer view in the BIN chunk (uncompressed views only). */
export function viewBytes(glb: ParsedGlb, index: number): Uint8Array {
  const v = glb.json.bufferViews[index];
  return glb.bin.subarray(v.byteOffset ?? 0, (v.byteOffset ?? 0) + v.byteLength);
}

/** Scalar values of an accessor with a byteStride (uncompressed), as numbers. */
export function scalarAccessor(glb: ParsedGlb, index: number): number[] {
  const a = glb.json.accessors[index];
  const v = glb.json.bufferViews[a.bufferView];
  const bytes = viewBytes(glb, a.bufferView);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = a.componentType === 5125 ? 4 : 2;
  const stride = v.byteStride ?? size;
  const out: number[] = [];
  for (let i = 0; i < a.count; i++) out.push(size === 4 ? dv.getUint32(i * stride, true) : dv.getUint16(i * stride, true));
  return out;
}

/** Strings of a STRING property column. */
export function stringColumn(glb: ParsedGlb, values: number, offsets: number): string[] {
  const bytes = viewBytes(glb, values);
  const o = viewBytes(glb, offsets);
  const off = new Uint32Array(o.buffer.slice(o.byteOffset, o.byteOffset + o.byteLength));
  const dec = new TextDecoder();
  return Array.from({ length: off.length - 1 }, (_, i) => dec.decode(bytes.subarray(off[i], off[i + 1])));
}
