/** Kinds of digitised monument assets and the upload limit of each. */

/** What an asset is: a glTF model, a 360° equirectangular panorama, a photo, or recorded narration. */
export const ASSET_KINDS = ['model', 'panorama', 'image', 'audio'] as const;

/** One asset kind. */
export type AssetKind = (typeof ASSET_KINDS)[number];

const MB = 1024 * 1024;

/** Largest accepted upload per kind, in bytes: models 50 MB, panoramas 30 MB, photos 15 MB, audio 30 MB. */
export const ASSET_LIMIT_BYTES: Record<AssetKind, number> = {
  model: 50 * MB,
  panorama: 30 * MB,
  image: 15 * MB,
  audio: 30 * MB,
};

/** Largest upload of any kind (the HTTP body limit), in bytes. */
export const MAX_ASSET_BYTES = Math.max(...Object.values(ASSET_LIMIT_BYTES));

/** Allowed deviation of a panorama's width/height from 2 (equirectangular), as a fraction. Default 1 %. */
export const PANORAMA_RATIO_TOLERANCE = 0.01;

/** Whether `value` is one of {@link ASSET_KINDS}. */
export function isAssetKind(value: unknown): value is AssetKind {
  return typeof value === 'string' && (ASSET_KINDS as readonly string[]).includes(value);
}

/** File name extension (without dot) for a sniffed media type; `bin` when unknown. */
export function extensionFor(mediaType: string): string {
  const map: Record<string, string> = {
    'model/gltf-binary': 'glb', 'model/gltf+json': 'gltf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp',
    'image/gif': 'gif', 'audio/mpeg': 'mp3', 'audio/ogg': 'ogg', 'audio/wav': 'wav', 'audio/flac': 'flac',
    'audio/mp4': 'm4a', 'audio/aac': 'aac', 'audio/webm': 'webm',
  };
  return map[mediaType] ?? 'bin';
}
