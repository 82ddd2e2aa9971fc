/**
 * `bundle`: what a browser downloads for the app. The app (every .js/.css/.html in dist/ outside
 * dist/cesium) gzipped at level 6, as a web server would send it; and Cesium's static assets under
 * dist/cesium (workers, imagery, widgets), raw and gzipped file by file. Pre-compressed `.gz`/`.br`
 * siblings from the build are skipped (they are the same files again).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../tests/support/startServerProcess.ts';
import { emit } from './emit.ts';

const APP_FILES = /\.(m?js|css|html)$/;
/** Pre-compressed siblings written by the build (served instead of the original); not counted. */
const PRECOMPRESSED = /\.(gz|br)$/;

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

/** Runs the bundle bench on `distDir` (default: dist/). Fails when the app is not built. */
export async function bundleBench(distDir = path.join(REPO_ROOT, 'dist')): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: run "npm run build" first`);
  }
  const cesiumDir = path.join(distDir, 'cesium');
  const app: { file: string; raw: number; gzip: number }[] = [];
  let cesiumRaw = 0;
  let cesiumGzip = 0;
  let cesiumFiles = 0;
  for (const file of walk(distDir)) {
    if (PRECOMPRESSED.test(file)) continue;
    const inCesium = file.startsWith(cesiumDir + path.sep);
    if (inCesium) {
      cesiumRaw += statSync(file).size;
      cesiumGzip += gzipSize(file);
      cesiumFiles++;
    } else if (APP_FILES.test(file)) {
      app.push({ file: path.relative(distDir, file), raw: statSync(file).size, gzip: gzipSize(file) });
    }
  }
  const sum = (k: 'raw' | 'gzip') => app.reduce((n, f) => n + f[k], 0);
  const largest = [...app].sort((a, b) => b.gzip - a.gzip).slice(0, 5).map((f) => ({ file: f.file, gzip: f.gzip, raw: f.raw }));
  emit({ bench: 'bundle', metric: 'app_gzip', value: sum('gzip'), unit: 'B', files: app.length, largest });
  emit({ bench: 'bundle', metric: 'app_raw', value: sum('raw'), unit: 'B', files: app.length });
  emit({ bench: 'bundle', metric: 'cesium_assets_raw', value: cesiumRaw, unit: 'B', files: cesiumFiles });
  emit({ bench: 'bundle', metric: 'cesium_assets_gzip', value: cesiumGzip, unit: 'B', files: cesiumFiles });
}
