/**
 * Files embedded in an offline bundle as scripts. A page opened from file:// cannot fetch() or
 * XHR anything (Chromium blocks it), but it may run classic `<script src>` files: so tiles, layers
 * and Cesium's few static files travel as base64 in `*-files.js` scripts that fill
 * `window.HUE_TOUR_FILES` (path relative to the bundle root → base64). The player answers Cesium's
 * requests for those paths from memory (see installBundleFiles.ts).
 */

/** The global the file scripts fill. */
export const BUNDLE_FILES_GLOBAL = 'HUE_TOUR_FILES';

/** Media types by file extension (what a `data:` URL says), default `application/octet-stream`. */
const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json', geojson: 'application/geo+json', xml: 'application/xml', jpg: 'image/jpeg', jpeg: 'image/jpeg',
  png: 'image/png', webp: 'image/webp', glb: 'model/gltf-binary', gltf: 'model/gltf+json', b3dm: 'application/octet-stream',
  mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav', m4a: 'audio/mp4', subtree: 'application/octet-stream',
};

/** The media type for a path, by its extension. */
export function mediaTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0])?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}

/** Base64 of bytes, in Node (Buffer) and browsers (btoa). */
function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The text of a `*-files.js` script embedding `files` (paths relative to the bundle root, `/`
 * separators). Several such scripts may be loaded; later ones add to earlier ones.
 */
export function bundleFilesScript(files: Iterable<{ path: string; bytes: Uint8Array }>): string {
  const entries: string[] = [];
  for (const { path, bytes } of files) entries.push(`${JSON.stringify(path.replace(/^\.?\//, ''))}:${JSON.stringify(toBase64(bytes))}`);
  return `window.${BUNDLE_FILES_GLOBAL}=Object.assign(window.${BUNDLE_FILES_GLOBAL}||{},{\n${entries.join(',\n')}\n});\n`;
}
