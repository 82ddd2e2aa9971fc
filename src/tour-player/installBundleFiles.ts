import { BUNDLE_FILES_GLOBAL, mediaTypeOf } from './bundleFiles.ts';
import type { CesiumGlobal } from './cesiumGlobal.ts';

/** The files embedded by `*-files.js` scripts (path → base64), if any were loaded. */
export function embeddedFiles(): Record<string, string> {
  return ((window as unknown as Record<string, unknown>)[BUNDLE_FILES_GLOBAL] as Record<string, string> | undefined) ?? {};
}

/** The path of `url` relative to the folder of the page (`baseHref`), without query or hash; undefined outside it. */
export function bundlePath(url: string, baseHref: string): string | undefined {
  let absolute: URL;
  try {
    absolute = new URL(url, baseHref);
  } catch {
    return undefined;
  }
  const base = new URL('.', baseHref).href;
  const href = `${absolute.origin === 'null' ? `${absolute.protocol}//` : absolute.origin}${absolute.pathname}`;
  if (!href.startsWith(base.split(/[?#]/)[0])) return undefined;
  return decodeURIComponent(href.slice(base.length));
}

type Impl = Record<string, (...args: unknown[]) => unknown>;

/**
 * Makes Cesium read embedded files from memory: every XHR and image load of a path found in
 * `files` is answered from a `data:` URL (Cesium decodes those itself, for every response type),
 * so nothing is fetched — which is what lets the bundle run from file://. Other URLs load as usual.
 * Returns how many files are embedded.
 */
export function installBundleFiles(Cesium: CesiumGlobal, files: Record<string, string> = embeddedFiles(), baseHref = document.baseURI): number {
  const impl = (Cesium.Resource as unknown as { _Implementations: Impl })._Implementations;
  const toDataUrl = (url: unknown) => {
    if (typeof url !== 'string' || url.startsWith('data:') || url.startsWith('blob:')) return url;
    const path = bundlePath(url, baseHref);
    const b64 = path === undefined ? undefined : files[path];
    return b64 === undefined ? url : `data:${mediaTypeOf(path!)};base64,${b64}`;
  };
  const loadWithXhr = impl.loadWithXhr;
  impl.loadWithXhr = (url, ...rest) => loadWithXhr(toDataUrl(url), ...rest);
  const loadImageElement = impl.loadImageElement;
  impl.loadImageElement = (url, ...rest) => loadImageElement(toDataUrl(url), ...rest);
  return Object.keys(files).length;
}

/** Whether the bundle can read `path` (embedded, or served over http). */
export function canRead(path: string, files: Record<string, string> = embeddedFiles()): boolean {
  return path.replace(/^\.\//, '') in files || location.protocol !== 'file:';
}
