/**
 * Small real files for heritage tests, made in code: a one-triangle GLB (valid glTF 2.0), PNG
 * images of any size (zlib-compressed scanlines, real CRCs), a WAV of silence, and tour documents.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { TourDocument } from '../../../src/heritage/tour/tourSchema.ts';

/** A valid GLB: one triangle (3 float32 positions with min/max), one mesh, one node, one scene. */
export function triangleGlb(): Uint8Array {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  const bin = new Uint8Array(positions.buffer);
  const json = {
    asset: { version: '2.0', generator: 'Huế Twin test fixture' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    buffers: [{ byteLength: bin.length }],
    bufferViews: [{ buffer: 0, byteOffset: 0, byteLength: bin.length, target: 34962 }],
    accessors: [{ bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] }],
  };
  let jsonBytes = new TextEncoder().encode(JSON.stringify(json));
  const pad = (4 - (jsonBytes.length % 4)) % 4;
  jsonBytes = new Uint8Array([...jsonBytes, ...new Array(pad).fill(0x20)]);
  const total = 12 + 8 + jsonBytes.length + 8 + bin.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonBytes.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(jsonBytes, 20);
  const at = 20 + jsonBytes.length;
  view.setUint32(at, bin.length, true);
  view.setUint32(at + 4, 0x004e4942, true);
  out.set(bin, at + 8);
  return out;
}

/** A glTF JSON that the validator rejects: a node points at a mesh that does not exist. */
export function brokenGltf(): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ asset: { version: '2.0' }, scenes: [{ nodes: [0] }], nodes: [{ mesh: 3 }] }));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typed = new Uint8Array([...new TextEncoder().encode(type), ...data]);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

/** A real RGB PNG of `width` × `height` pixels (a gradient). */
export function png(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set([(x * 255) / width, (y * 255) / height, 128], y * (1 + width * 3) + 1 + x * 3);
  }
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** A WAV (PCM 16-bit mono, 8 kHz) of `seconds` of silence. */
export function wav(seconds: number): Uint8Array {
  const samples = Math.round(8000 * seconds);
  const out = new Uint8Array(44 + samples * 2);
  const v = new DataView(out.buffer);
  const ascii = (at: number, s: string) => out.set(new TextEncoder().encode(s), at);
  ascii(0, 'RIFF'); v.setUint32(4, 36 + samples * 2, true); ascii(8, 'WAVE');
  ascii(12, 'fmt '); v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, 8000, true); v.setUint32(28, 16000, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true);
  ascii(36, 'data'); v.setUint32(40, samples * 2, true);
  return out;
}

/** A two-stop tour at Ngọ Môn and Kỳ Đài with vi and en texts (fr on the first stop only). */
export function twoStopTour(title = 'Thử nghiệm'): TourDocument {
  return {
    title: { vi: title, en: `Test ${title}` },
    translations: { vi: 'original', en: 'author', fr: 'machine' },
    stops: [
      {
        id: 'a', monumentId: 'ngo-mon', view: { lonDeg: 107.5806, latDeg: 16.4653, heightM: 110, headingDeg: 328, pitchDeg: -25 },
        title: { vi: 'Ngọ Môn', en: 'Meridian Gate', fr: 'Porte du Midi' }, narration: { vi: 'Cổng chính.', en: 'The main gate.', fr: 'La porte principale.' },
        layers: ['heritage-monuments'], durationS: 20,
      },
      {
        id: 'b', monumentId: 'ky-dai', view: { lonDeg: 107.5819, latDeg: 16.4634, heightM: 120, headingDeg: 328, pitchDeg: -25 },
        title: { vi: 'Kỳ Đài', en: 'Flag Tower' }, narration: { vi: 'Đài cờ.', en: 'The flag tower.' }, durationS: 20,
      },
    ],
  };
}
