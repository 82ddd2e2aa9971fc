import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { tourPlayerBuild } from './src/tour-player/build/tourPlayerBuild.ts';

/** Where Cesium's static files live in node_modules, and the four folders the engine loads at run time. */
const CESIUM_BUILD = resolve('node_modules/cesium/Build/Cesium');
const CESIUM_DIRS = ['Workers', 'Assets', 'Widgets', 'ThirdParty'];
/** URL prefix of Cesium's static files, in dev and in dist/. */
const CESIUM_BASE_URL = '/cesium/';

const MIME: Record<string, string> = {
  '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm',
};

/** Serves Cesium's Workers/Assets/Widgets/ThirdParty under /cesium/ in dev and copies them to dist/cesium/ on build. */
function cesiumStatic(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hue-twin-cesium-static',
    configResolved(config) { outDir = resolve(config.root, config.build.outDir); },
    configureServer(server) {
      server.middlewares.use(CESIUM_BASE_URL, (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^([/\\])+/, '');
        const file = join(CESIUM_BUILD, rel);
        if (!CESIUM_DIRS.includes(rel.split(/[/\\]/)[0]) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      for (const dir of CESIUM_DIRS) cpSync(join(CESIUM_BUILD, dir), join(outDir, 'cesium', dir), { recursive: true });
    },
  };
}

/**
 * Writes `.gz` and `.br` beside every text/wasm file over 1 KB in dist/ (the server sends them with
 * `preCompressed`). Runs after the Cesium copy; images are left alone.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  return {
    name: 'hue-twin-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) { outDir = resolve(config.root, config.build.outDir); },
    closeBundle: {
      order: 'post',
      handler() {
        for (const file of walk(outDir)) {
          if (!/\.(m?js|css|html|json|wasm|svg|xml)$/.test(file) || statSync(file).size < 1024) continue;
          const data = readFileSync(file);
          writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
          writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }));
        }
      },
    },
  };
}

/** API server used by the dev server proxy (the Node server, `npm start`). Default: http://localhost:8080. */
const apiTarget = process.env.HUE_API_URL ?? `http://localhost:${process.env.PORT ?? 8080}`;

export default defineConfig({
  plugins: [react(), cesiumStatic(), precompress(), tourPlayerBuild()],
  define: { CESIUM_BASE_URL: JSON.stringify(CESIUM_BASE_URL) },
  server: {
    port: 5173,
    proxy: { '/api/live': { target: apiTarget, ws: true }, '/api': apiTarget, '/tilesets': apiTarget, '/fonts': apiTarget },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
  },
});
