/**
 * Cesium's prebuilt `Cesium.js` starts each web worker from a blob that `importScripts()` a second
 * blob holding every worker (`CESIUM_WORKERS`). In a page opened from file:// Chromium refuses that
 * nested blob load. This shim rewrites that one Cesium script, as its Blob is created, into a
 * single self-contained worker script (the workers' code + the call), which Chromium does run.
 * Only the exact shim text Cesium writes is touched.
 */
const CESIUM_SHIM = /^\s*importScripts\("blob:[^"]+"\);\s*CesiumWorkers\["([A-Za-z0-9_]+)"\]\(\);\s*$/;

/** Installs the rewrite (idempotent). Call after `Cesium.js` has run (it defines `CESIUM_WORKERS`). */
export function installWorkerShim(): void {
  const g = globalThis as unknown as { CESIUM_WORKERS?: string; Blob: typeof Blob; __hueWorkerShim?: boolean };
  if (g.__hueWorkerShim || typeof g.CESIUM_WORKERS !== 'string') return;
  const workers = g.CESIUM_WORKERS;
  const NativeBlob = g.Blob;
  class WorkerBlob extends NativeBlob {
    constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
      const only = parts?.length === 1 && typeof parts[0] === 'string' ? CESIUM_SHIM.exec(parts[0]) : null;
      super(only ? [workers, `\nCesiumWorkers[${JSON.stringify(only[1])}]();\n`] : parts, options);
    }
  }
  g.Blob = WorkerBlob;
  g.__hueWorkerShim = true;
}
