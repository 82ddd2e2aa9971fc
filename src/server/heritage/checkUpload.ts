/**
 * Checks an uploaded asset file against its kind: what the bytes really are (not the Content-Type),
 * the kind's size limit, the Khronos validator for models, 2:1 for panoramas. Throws HttpError
 * (413, 415, 422) with a message that says what to change; returns the facts to store otherwise.
 */
import { HttpError } from '../api/HttpError.ts';
import { ASSET_LIMIT_BYTES, PANORAMA_RATIO_TOLERANCE, type AssetKind } from '../../heritage/assets/assetKinds.ts';
import { sniffMedia } from '../../heritage/assets/sniffMedia.ts';
import { validateGltf, type GltfIssue } from './validateGltf.ts';

/** What a checked upload is. */
export interface CheckedUpload {
  mediaType: string;
  width?: number;
  height?: number;
  /** Validator warnings (models), one line each. */
  warnings: string[];
}

/** An HttpError that carries the validator's findings (sent as `errors` in the problem). */
export class InvalidModelError extends HttpError {
  constructor(readonly issues: GltfIssue[]) {
    super(422, 'Invalid glTF', `The model fails the Khronos glTF validator with ${issues.length} error(s): ${issues.slice(0, 3).map((i) => `${i.code}${i.pointer ? ` at ${i.pointer}` : ''}: ${i.message}`).join('; ')}${issues.length > 3 ? '; …' : ''}`);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The 413 error for a `kind` upload of `size` bytes (size unknown: undefined). */
export function tooLargeError(kind: AssetKind, size?: number): HttpError {
  return new HttpError(413, 'Payload too large', `The ${kind} file${size ? ` is ${mb(size)}; it` : ''} exceeds the limit for ${kind} assets of ${mb(ASSET_LIMIT_BYTES[kind])}; reduce it (e.g. compress textures, lower the resolution or bit rate) and upload again`);
}

const FAMILY: Record<AssetKind, 'model' | 'image' | 'audio'> = { model: 'model', panorama: 'image', image: 'image', audio: 'audio' };
const ACCEPTED: Record<AssetKind, string> = {
  model: 'a glTF 2.0 model (GLB, or .gltf with embedded data: URIs)',
  panorama: 'an equirectangular JPEG, PNG or WebP image (width = 2 × height)',
  image: 'a JPEG, PNG, WebP or GIF image',
  audio: 'an MP3, AAC, M4A, Ogg, WAV, FLAC or WebM audio file',
};

/** Checks `bytes` as an asset of `kind`. */
export async function checkUpload(kind: AssetKind, bytes: Uint8Array): Promise<CheckedUpload> {
  if (bytes.length > ASSET_LIMIT_BYTES[kind]) throw tooLargeError(kind, bytes.length);
  const sniffed = sniffMedia(bytes);
  if (!sniffed || sniffed.family !== FAMILY[kind]) {
    const what = sniffed ? `a ${sniffed.family} file (${sniffed.mediaType})` : 'not a recognised image, audio or glTF file';
    throw new HttpError(415, 'Unsupported media type', `A ${kind} asset must be ${ACCEPTED[kind]}; the uploaded bytes are ${what}`);
  }
  if (kind === 'model') {
    const result = await validateGltf(bytes, sniffed.mediaType === 'model/gltf-binary' ? 'glb' : 'gltf');
    if (result.errors.length > 0) throw new InvalidModelError(result.errors);
    return { mediaType: sniffed.mediaType, warnings: result.warnings.map((w) => `${w.code}${w.pointer ? ` at ${w.pointer}` : ''}: ${w.message}`) };
  }
  if (kind === 'panorama') {
    const ratio = sniffed.width! / sniffed.height!;
    if (Math.abs(ratio - 2) > 2 * PANORAMA_RATIO_TOLERANCE) {
      throw new HttpError(422, 'Not an equirectangular panorama', `A 360° panorama must be twice as wide as high (2:1); this image is ${sniffed.width} × ${sniffed.height} px (${ratio.toFixed(3)}:1). Upload it as kind=image, or export the panorama as equirectangular`);
    }
  }
  return { mediaType: sniffed.mediaType, width: sniffed.width, height: sniffed.height, warnings: [] };
}
