/**
 * What a file really is, read from its bytes (never from its name or Content-Type): images by their
 * magic bytes with the pixel size from the header (PNG, JPEG, WebP, GIF), audio by its container
 * signature (MP3, AAC/ADTS, Ogg, WAV, FLAC, MP4/M4A, WebM), glTF as GLB header or glTF JSON.
 */

/** A recognised file. `width`/`height` (pixels) are set for images. */
export interface SniffedMedia {
  family: 'image' | 'audio' | 'model';
  mediaType: string;
  width?: number;
  height?: number;
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);

function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) { at += 1; continue; }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { at += 2; continue; }
    const length = u16be(b, at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

function webpSize(b: Uint8Array): { width: number; height: number } | undefined {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const [b0, b1, b2, b3] = [b[21]!, b[22]!, b[23]!, b[24]!];
    return { width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) };
  }
  if (chunk === 'VP8X' && b.length >= 30) return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
  return undefined;
}

function image(mediaType: string, size: { width: number; height: number } | undefined): SniffedMedia | undefined {
  if (!size || size.width <= 0 || size.height <= 0) return undefined;
  return { family: 'image', mediaType, width: size.width, height: size.height };
}

function isMp3Frame(b: Uint8Array, at: number): boolean {
  if (b[at] !== 0xff || (b[at + 1]! & 0xe0) !== 0xe0) return false;
  const layer = (b[at + 1]! >> 1) & 0x03;
  const version = (b[at + 1]! >> 3) & 0x03;
  const bitrate = b[at + 2]! >> 4;
  const rate = (b[at + 2]! >> 2) & 0x03;
  return layer !== 0 && version !== 1 && bitrate !== 0x0f && bitrate !== 0 && rate !== 0x03;
}

function gltfJson(b: Uint8Array): boolean {
  let at = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) at = 3;
  while (at < b.length && /\s/.test(String.fromCharCode(b[at]!))) at++;
  if (b[at] !== 0x7b) return false;
  try {
    const doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(b)) as { asset?: { version?: unknown } };
    return typeof doc === 'object' && doc !== null && typeof doc.asset?.version === 'string';
  } catch {
    return false;
  }
}

/** Recognises `bytes`; undefined when it is none of the supported image, audio or glTF formats (or a truncated header). */
export function sniffMedia(bytes: Uint8Array): SniffedMedia | undefined {
  const b = bytes;
  if (b.length < 12) return undefined;
  if (b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) {
    return b.length >= 24 && ascii(b, 12, 4) === 'IHDR' ? image('image/png', { width: u32be(b, 16), height: u32be(b, 20) }) : undefined;
  }
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return image('image/jpeg', jpegSize(b));
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return image('image/webp', webpSize(b));
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return image('image/gif', { width: u16le(b, 6), height: u16le(b, 8) });
  if (ascii(b, 0, 4) === 'glTF' && u16le(b, 4) === 2) return { family: 'model', mediaType: 'model/gltf-binary' };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE') return { family: 'audio', mediaType: 'audio/wav' };
  if (ascii(b, 0, 4) === 'OggS') return { family: 'audio', mediaType: 'audio/ogg' };
  if (ascii(b, 0, 4) === 'fLaC') return { family: 'audio', mediaType: 'audio/flac' };
  if (ascii(b, 0, 3) === 'ID3' || isMp3Frame(b, 0)) return { family: 'audio', mediaType: 'audio/mpeg' };
  if (b[0] === 0xff && (b[1]! & 0xf6) === 0xf0) return { family: 'audio', mediaType: 'audio/aac' };
  if (ascii(b, 4, 4) === 'ftyp' && /^(M4A |M4B |mp42|isom|dash|mp41)$/.test(ascii(b, 8, 4))) return { family: 'audio', mediaType: 'audio/mp4' };
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) return { family: 'audio', mediaType: 'audio/webm' };
  if (gltfJson(b)) return { family: 'model', mediaType: 'model/gltf+json' };
  return undefined;
}
