/**
 * `tiles3d`: the 3D Tiles pipeline's figures, one JSON line each.
 * 1. Build: the real `hue-buildings` generator → temp PGlite → buildTileset on disk: buildings/s,
 *    bytes per building (raw, gzip), tile count, max/median tile size (bytes).
 * 2. Frame rate in headless Chromium (SwiftShader): the buildings within 800 m of the Citadel centre
 *    as a 3D Tiles tileset vs the same buildings as Cesium entities (extruded polygons), each counted
 *    as `scene.postRender` events over 10 s while the camera orbits; `ratio` = tiles / entities.
 *    A standalone page served from memory loads Cesium from node_modules/cesium/Build/Cesium.
 * 3. Planning view: a real server (temp DATA_DIR and TILESETS_DIR) → seconds to
 *    `html[data-ready="true"]` from a cold browser context, and bytes transferred for it.
 * `TILES3D_BENCH_SHOTS=<dir>` saves a screenshot of each frame-rate page after measuring.
 * Bounded (every wait has a timeout) and cleans up its server, browser and temp dirs.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Feature, Polygon } from 'geojson';
import type { Browser } from 'playwright-core';
import { migrate } from '../src/server/db/migrate.ts';
import { openDatabase } from '../src/server/db/openDatabase.ts';
import { generateHueBuildings } from '../src/sample/hueBuildings.ts';
import { buildingHeightM } from '../src/tiles/buildingHeight.ts';
import { buildTileset } from '../src/tiles/buildTileset.ts';
import { seedFootprintCollection } from '../src/tiles/seedFootprintCollection.ts';
import { launchBrowser } from '../tests/support/launchBrowser.ts';
import { REPO_ROOT, startServerProcess } from '../tests/support/startServerProcess.ts';
import { onCleanup } from './cleanup.ts';
import { emit, progress, round } from './emit.ts';
import { freePort } from './freePort.ts';

const BENCH = 'tiles3d';
/** Seed of layers/hue-buildings.json. */
const SEED = 20250701;
/** Centre of the Citadel (degrees) and radius of the frame-rate subset (metres). */
const CENTRE = { lon: 107.5786, lat: 16.4698 };
const SUBSET_RADIUS_M = 800;
/** Frame counting window, milliseconds. */
const FPS_WINDOW_MS = 10_000;
/** Frames rendered (orbiting) before counting starts, milliseconds. */
const WARMUP_MS = 2_000;
/** Canvas size of the frame-rate pages (SwiftShader fill cost grows with it). */
const FPS_VIEWPORT = { width: 960, height: 540 };
const LOAD_TIMEOUT_MS = 120_000;
const CESIUM_DIR = path.join(REPO_ROOT, 'node_modules/cesium/Build/Cesium');

const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/cesium/Widgets/widgets.css">
<style>html,body,#c{margin:0;width:100%;height:100%;overflow:hidden}</style>
<script>window.CESIUM_BASE_URL = '/cesium/';</script><script src="/cesium/Cesium.js"></script></head>
<body><div id="c"></div><script>
(async () => {
  const mode = new URLSearchParams(location.search).get('mode');
  const viewer = new Cesium.Viewer('c', { baseLayer: false, animation: false, timeline: false, baseLayerPicker: false, geocoder: false,
    homeButton: false, sceneModePicker: false, navigationHelpButton: false, fullscreenButton: false, infoBox: false, selectionIndicator: false });
  viewer.scene.globe.baseColor = Cesium.Color.fromCssColorString('#cfd8c8');
  viewer.scene.requestRenderMode = false;
  const centre = Cesium.Cartesian3.fromDegrees(${CENTRE.lon}, ${CENTRE.lat}, 0);
  let heading = 0;
  const look = () => viewer.camera.lookAt(centre, new Cesium.HeadingPitchRange(heading, -0.6, 2200));
  look();
  let isReady;
  if (mode === 'tiles') {
    const tileset = await Cesium.Cesium3DTileset.fromUrl('/tileset/tileset.json', { maximumScreenSpaceError: 1 });
    tileset.style = new Cesium.Cesium3DTileStyle({ color: "color('#f4c28b')" });
    viewer.scene.primitives.add(tileset);
    let loaded = false;
    tileset.initialTilesLoaded.addEventListener(() => { loaded = true; });
    isReady = () => loaded && tileset.tilesLoaded;
  } else {
    const fc = await (await fetch('/subset.json')).json();
    const colour = Cesium.Color.fromCssColorString('#f4c28b');
    for (const f of fc.features) {
      viewer.entities.add({ polygon: { hierarchy: Cesium.Cartesian3.fromDegreesArray(f.geometry.coordinates[0].flat()),
        height: 0, extrudedHeight: f.properties.h, material: colour } });
    }
    isReady = () => viewer.dataSourceDisplay.ready;
  }
  window.__bench = {
    ready: () => isReady(),
    measure: (ms) => new Promise((resolve) => {
      let frames = 0;
      const start = performance.now();
      const onPre = () => { heading = ((performance.now() - start) / ms) * (Math.PI / 5); look(); };
      const onPost = () => { frames++; };
      viewer.scene.preRender.addEventListener(onPre);
      viewer.scene.postRender.addEventListener(onPost);
      setTimeout(() => {
        viewer.scene.preRender.removeEventListener(onPre);
        viewer.scene.postRender.removeEventListener(onPost);
        resolve({ frames, seconds: (performance.now() - start) / 1000 });
      }, ms);
    }),
  };
})().catch((e) => { window.__benchError = String(e && e.stack || e); });
</script></body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.glb': 'model/gltf-binary', '.wasm': 'application/wasm', '.png': 'image/png', '.jpg': 'image/jpeg' };

/** Serves the bench page, Cesium, the subset tileset and the subset GeoJSON. */
async function startPageServer(tilesetDir: string, subsetFile: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (url === '/') { res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE); return; }
    let file: string | undefined;
    if (url === '/subset.json') file = subsetFile;
    else if (url.startsWith('/cesium/')) file = path.join(CESIUM_DIR, url.slice(8));
    else if (url.startsWith('/tileset/')) file = path.join(tilesetDir, url.slice(9));
    if (!file || file.includes('..') || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** Metres from the Citadel centre to a footprint's first vertex (equirectangular; fine at 1 km). */
function distanceM(f: Feature<Polygon>): number {
  const [lon, lat] = f.geometry.coordinates[0][0];
  const k = Math.PI / 180;
  return Math.hypot((lon - CENTRE.lon) * k * 6378137 * Math.cos(CENTRE.lat * k), (lat - CENTRE.lat) * k * 6378137);
}

/** Frames per second of one mode (`tiles` or `entities`) in a fresh page; null on failure. */
async function measureFps(browser: Browser, url: string, mode: 'tiles' | 'entities'): Promise<{ fps: number; loadS: number } | null> {
  const context = await browser.newContext({ viewport: FPS_VIEWPORT });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`${url}/?mode=${mode}`, { waitUntil: 'load' });
    await page.waitForFunction(() => {
      const w = window as unknown as { __bench?: { ready(): boolean }; __benchError?: string };
      if (w.__benchError) throw new Error(w.__benchError);
      return w.__bench?.ready() === true;
    }, undefined, { timeout: LOAD_TIMEOUT_MS, polling: 250 });
    const loadS = (performance.now() - started) / 1000;
    await page.evaluate((ms) => (window as unknown as { __bench: { measure(ms: number): Promise<unknown> } }).__bench.measure(ms), WARMUP_MS);
    const r = await page.evaluate((ms) => (window as unknown as { __bench: { measure(ms: number): Promise<{ frames: number; seconds: number }> } }).__bench.measure(ms), FPS_WINDOW_MS);
    // TILES3D_BENCH_SHOTS=<dir>: keep a picture of what was measured (to check both draw the city).
    if (process.env.TILES3D_BENCH_SHOTS) await page.screenshot({ path: path.join(process.env.TILES3D_BENCH_SHOTS, `fps-${mode}.png`) });
    return { fps: r.frames / r.seconds, loadS };
  } catch (error) {
    emit({ bench: BENCH, metric: `fps_${mode}`, value: null, unit: 'fps', error: String((error as Error).message).split('\n')[0] });
    return null;
  } finally {
    await context.close();
  }
}

/** Seconds to data-ready of the Planning view and bytes transferred, against a fresh server. */
async function planningFirstFrame(browser: Browser, tilesetsDir: string): Promise<void> {
  const server = await startServerProcess({ env: { TILESETS_DIR: tilesetsDir }, timeoutMs: 150_000 });
  const stop = onCleanup(() => server.stop());
  try {
    progress(`tiles3d: server at ${server.url} (started in ${server.startSeconds.toFixed(1)} s); waiting for its tilesets`);
    const deadline = Date.now() + 150_000;
    for (;;) {
      const health = await fetch(`${server.url}/api/health`).then((r) => r.json() as Promise<{ tiles3d?: { tilesets: { state: string }[] } }>).catch(() => undefined);
      const sets = health?.tiles3d?.tilesets ?? [];
      if (sets.length > 0 && sets.every((s) => s.state === 'ready' || s.state === 'error')) break;
      if (Date.now() > deadline) throw new Error('tilesets not built within 150 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      let bytes = 0, requests = 0;
      const sizes: Promise<void>[] = [];
      context.on('requestfinished', (request) => {
        if (!/^https?:/.test(request.url())) return;
        requests++;
        sizes.push(request.sizes().then((s) => { bytes += s.responseBodySize + s.responseHeadersSize; }, () => undefined));
      });
      const started = performance.now();
      await page.goto(`${server.url}/#/planning`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 180_000, polling: 100 });
      const seconds = (performance.now() - started) / 1000;
      await Promise.all(sizes);
      emit({ bench: BENCH, metric: 'planning_first_frame', value: round(seconds), unit: 's', render: 'normal', target: 3 });
      emit({ bench: BENCH, metric: 'planning_first_frame_bytes', value: bytes, unit: 'B', requests });
    } finally {
      await context.close();
    }
  } finally {
    await stop();
  }
}

/** Runs the tiles3d bench. */
export async function tiles3dBench(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hue-tiles3d-bench-'));
  const removeDir = onCleanup(() => rm(dir, { recursive: true, force: true }));
  try {
    // 1. DB → tileset.
    const features = generateHueBuildings(SEED);
    const db = await openDatabase({ dataDir: path.join(dir, 'data') });
    const closeDb = onCleanup(() => db.close());
    let subset: Feature<Polygon>[];
    try {
      await migrate(db);
      const t0 = performance.now();
      await seedFootprintCollection(db, 'hue-buildings', features);
      progress(`tiles3d: seeded ${features.length} buildings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const stats = await buildTileset(db, { collection: 'hue-buildings', tilesetsDir: path.join(dir, 'tilesets') });
      const base = { bench: BENCH, buildings: stats.buildings, cores: os.cpus().length };
      emit({ ...base, metric: 'buildings_per_second', value: round(stats.buildingsPerSecond, 0), unit: 'buildings/s', seconds: round(stats.seconds), target: 10_000 });
      emit({ ...base, metric: 'bytes_per_building_raw', value: round(stats.bytesPerBuildingRaw, 1), unit: 'B' });
      emit({ ...base, metric: 'bytes_per_building_gzip', value: round(stats.bytesPerBuildingGzip, 1), unit: 'B', target: 600 });
      emit({ ...base, metric: 'tile_count', value: stats.tiles, unit: 'tiles', levels: stats.levels });
      emit({ ...base, metric: 'max_tile_bytes', value: stats.maxTileBytes, unit: 'B' });
      emit({ ...base, metric: 'median_tile_bytes', value: stats.medianTileBytes, unit: 'B' });

      // 2. The frame-rate subset, as a tileset and as GeoJSON for entities.
      subset = features.filter((f) => distanceM(f) <= SUBSET_RADIUS_M);
      await seedFootprintCollection(db, 'bench-subset', subset);
      await buildTileset(db, { collection: 'bench-subset', name: 'subset', tilesetsDir: path.join(dir, 'tilesets') });
    } finally {
      await closeDb();
    }
    const subsetFile = path.join(dir, 'subset.json');
    await writeFile(subsetFile, JSON.stringify({
      type: 'FeatureCollection',
      features: subset.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { h: buildingHeightM(f.properties ?? {}) } })),
    }));
    const pages = await startPageServer(path.join(dir, 'tilesets', 'subset'), subsetFile);
    const closePages = onCleanup(() => pages.close());
    const browser = await launchBrowser();
    const closeBrowser = onCleanup(() => browser.close());
    try {
      const tiles = await measureFps(browser, pages.url, 'tiles');
      const entities = await measureFps(browser, pages.url, 'entities');
      const common = { bench: BENCH, buildings: subset.length, radius_m: SUBSET_RADIUS_M, window_s: FPS_WINDOW_MS / 1000, viewport: `${FPS_VIEWPORT.width}x${FPS_VIEWPORT.height}`, load_avg_1m: round(os.loadavg()[0], 2) };
      if (tiles) emit({ ...common, metric: 'fps_tiles', value: round(tiles.fps, 2), unit: 'fps', load_s: round(tiles.loadS, 1) });
      if (entities) emit({ ...common, metric: 'fps_entities', value: round(entities.fps, 2), unit: 'fps', load_s: round(entities.loadS, 1) });
      if (tiles && entities) emit({ ...common, metric: 'ratio', value: round(tiles.fps / Math.max(entities.fps, 1e-6), 2), unit: 'x', target: 5 });
      await closePages();

      // 3. Planning view against a real server.
      await planningFirstFrame(browser, path.join(dir, 'server-tilesets'));
    } finally {
      await closeBrowser();
      await closePages();
    }
  } finally {
    await removeDir();
  }
}
