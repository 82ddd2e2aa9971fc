/**
 * Pixel statistics of PNG screenshots, decoded in plain Node (node:zlib, no image library):
 * enough to tell a blank canvas from a drawn map and to measure how much two frames differ.
 * Supports what Chromium screenshots produce: 8-bit greyscale/RGB/RGBA (+alpha), non-interlaced.
 */
import { inflateSync } from 'node:zlib';

/** A decoded image: `data` holds RGBA bytes, row by row. */
export interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Summary of an image's pixels; luminance in 0–255. */
export interface PixelStats {
  width: number;
  height: number;
  /** Mean luminance (Rec. 601 weights), 0–255. */
  mean: number;
  /** Standard deviation of luminance, 0–255. A blank canvas gives ~0. */
  stddev: number;
  /** Number of distinct RGB colours (alpha ignored). A blank canvas gives 1. */
  distinctColours: number;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes an 8-bit, non-interlaced PNG (colour types 0, 2, 4, 6) to RGBA. Throws on anything else. */
export function decodePng(png: Uint8Array): DecodedImage {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((b, i) => buf[i] === b)) throw new Error('not a PNG (bad signature)');
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  for (let pos = 8; pos + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8];
      colourType = body[9];
      if (bitDepth !== 8 || !(colourType in CHANNELS) || body[12] !== 0) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colourType}, interlace ${body[12]})`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  const channels = CHANNELS[colourType];
  if (!channels || width === 0) throw new Error('PNG without a usable IHDR chunk');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels] : 0;
      const b = y > 0 ? pixels[row - stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} in row ${y}`);
      pixels[row + x] = (raw[src + x] + predictor) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    const [r, g, b, alpha] =
      channels === 4 ? [pixels[j], pixels[j + 1], pixels[j + 2], pixels[j + 3]]
      : channels === 3 ? [pixels[j], pixels[j + 1], pixels[j + 2], 255]
      : channels === 2 ? [pixels[j], pixels[j], pixels[j], pixels[j + 1]]
      : [pixels[j], pixels[j], pixels[j], 255];
    data.set([r, g, b, alpha], i * 4);
  }
  return { width, height, data };
}

function asImage(image: Uint8Array | DecodedImage): DecodedImage {
  return image instanceof Uint8Array ? decodePng(image) : image;
}

/** Mean/stddev of luminance and the number of distinct colours of a PNG (or decoded image). */
export function pixelStats(png: Uint8Array | DecodedImage): PixelStats {
  const { width, height, data } = asImage(png);
  const n = width * height;
  const colours = new Set<number>();
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const r = data[i * 4];
    const g = data[i * 4 + 1];
    const b = data[i * 4 + 2];
    const lum = 0.299 * r + 0.587 * g + 0.114 * b;
    sum += lum;
    sumSq += lum * lum;
    colours.add((r << 16) | (g << 8) | b);
  }
  const mean = n ? sum / n : 0;
  const variance = n ? Math.max(0, sumSq / n - mean * mean) : 0;
  return { width, height, mean, stddev: Math.sqrt(variance), distinctColours: colours.size };
}

/**
 * Fraction (0–1) of pixels whose RGB differs by more than `tolerance` (0–255, max over channels)
 * between two images of the same size. Throws when the sizes differ.
 */
export function changedFraction(a: Uint8Array | DecodedImage, b: Uint8Array | DecodedImage, tolerance = 24): number {
  const A = asImage(a);
  const B = asImage(b);
  if (A.width !== B.width || A.height !== B.height) {
    throw new Error(`images differ in size: ${A.width}×${A.height} vs ${B.width}×${B.height}`);
  }
  const n = A.width * A.height;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const k = i * 4;
    const d = Math.max(Math.abs(A.data[k] - B.data[k]), Math.abs(A.data[k + 1] - B.data[k + 1]), Math.abs(A.data[k + 2] - B.data[k + 2]));
    if (d > tolerance) changed++;
  }
  return n ? changed / n : 0;
}
