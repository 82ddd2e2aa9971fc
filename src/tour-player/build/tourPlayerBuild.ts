/**
 * Vite plugin (build only): after the app's build, builds the standalone tour player into
 * `dist/tour-player/` — `index.html` (from `tour-player.html`), `assets/player.js` + `player.css`
 * (one classic IIFE script: module scripts do not load from file://), `assets/Cesium.js` (Cesium's
 * prebuilt IIFE with its workers embedded) and `assets/cesium-files.js` (NaturalEarthII imagery, approximateTerrainHeights.json
 * and the IAU 2006 XYS tables the sun position needs, as base64, readable from file://). Every path is relative.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { bundleFilesScript } from '../bundleFiles.ts';

/** Cesium's prebuilt folder, and the static files the player embeds from it (relative to it). */
const CESIUM_BUILD = 'node_modules/cesium/Build/Cesium';
const EMBEDDED_CESIUM_FILES = ['Assets/Textures/NaturalEarthII', 'Assets/approximateTerrainHeights.json', 'Assets/IAU2006_XYS'];

function listFiles(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(path, e.name)) : [join(path, e.name)]));
  } catch {
    return [path];
  }
}

/** Builds the player into `<outDir>/tour-player/` (see the module comment). */
export async function buildTourPlayer(root: string, outDir: string): Promise<void> {
  const dir = join(outDir, 'tour-player');
  const assets = join(dir, 'assets');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: assets,
      emptyOutDir: true,
      copyPublicDir: false,
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
      lib: { entry: resolve(root, 'src/tour-player/main.ts'), formats: ['iife'], name: 'HueTourPlayer', fileName: () => 'player.js', cssFileName: 'player' },
    },
  });
  const cesium = resolve(root, CESIUM_BUILD);
  copyFileSync(join(cesium, 'Cesium.js'), join(assets, 'Cesium.js'));
  const files = EMBEDDED_CESIUM_FILES.flatMap((p) => listFiles(join(cesium, p))).map((file) => ({
    path: `cesium/${relative(cesium, file).split('\\').join('/')}`,
    bytes: readFileSync(file),
  }));
  writeFileSync(join(assets, 'cesium-files.js'), bundleFilesScript(files));
  mkdirSync(dir, { recursive: true });
  copyFileSync(resolve(root, 'tour-player.html'), join(dir, 'index.html'));
}

/** The plugin; list it last so the app's own post-build steps (pre-compression) do not touch the player. */
export function tourPlayerBuild(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'hue-twin-tour-player',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: { order: 'post', sequential: true, handler: () => buildTourPlayer(root, outDir) },
  };
}
