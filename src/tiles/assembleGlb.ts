/** The GLB 2.0 container: a 12-byte header, the JSON chunk (space-padded) and the BIN chunk (zero-padded). */

const align4 = (n: number) => Math.ceil(n / 4) * 4;

/**
 * Writes a GLB from the glTF JSON and the binary chunks laid out back to back (their total is
 * `binLength` bytes; the BIN chunk is padded to a multiple of 4).
 */
export function assembleGlb(json: unknown, chunks: Uint8Array[], binLength: number): Uint8Array {
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = align4(jsonBytes.length);
  const binPadded = align4(binLength);
  const total = 12 + 8 + jsonLength + 8 + binPadded;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 0x46546c67, true); // "glTF"
  dv.setUint32(4, 2, true);
  dv.setUint32(8, total, true);
  dv.setUint32(12, jsonLength, true);
  dv.setUint32(16, 0x4e4f534a, true); // "JSON"
  out.set(jsonBytes, 20);
  out.fill(0x20, 20 + jsonBytes.length, 20 + jsonLength);
  let at = 20 + jsonLength;
  dv.setUint32(at, binPadded, true);
  dv.setUint32(at + 4, 0x004e4942, true); // "BIN\0"
  at += 8;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
