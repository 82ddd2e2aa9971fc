import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

/** API server used by the dev server proxy (the Node server, `npm start`). Default: http://localhost:8080. */
const apiTarget = process.env.HUE_API_URL ?? `http://localhost:${process.env.PORT ?? 8080}`;

export default defineConfig({
  plugins: [react(), cesiumStatic()],
  define: { CESIUM_BASE_URL: JSON.stringify(CESIUM_BASE_URL) },
  server: {
    port: 5173,
    proxy: { '/api': apiTarget, '/tilesets': apiTarget },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
  },
});
