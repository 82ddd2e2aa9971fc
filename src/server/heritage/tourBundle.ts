/**
 * Assembles the offline bundle of a served tour as a zip (fflate): the standalone tour player
 * (APP_DIR/tour-player/, a second Vite entry that brings its own Cesium and NaturalEarthII imagery),
 * tour.json and tour.js with relative URLs, the pinned asset files, the 3D Tiles the stops show (the
 * buildings layer cut to a radius around the stops), the GeoJSON layers, tour-files.js (the files
 * Cesium must load, as base64, because a file:// page cannot fetch — docs/heritage-ui.md) and
 * manifest.json. Layout: docs/tours.md.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { HttpError } from '../api/HttpError.ts';
import type { Queryable } from '../db/Database.ts';
import { extensionFor } from '../../heritage/assets/assetKinds.ts';
import { bundleManifest, type BundleManifest } from '../../heritage/bundle/bundleManifest.ts';
import { subsetTileset, type SubsetPoint, type TilesetJson } from '../../heritage/bundle/subsetTileset.ts';
import { bundleFilesScript } from '../../tour-player/bundleFiles.ts';
import { assetFilePath } from './assetFiles.ts';
import type { ServedTour } from './servedTour.ts';

/** Folder of the built standalone player inside APP_DIR. */
export const TOUR_PLAYER_DIR = 'tour-player';
/** Tilesets copied whole (small); others are cut to {@link BUNDLE_RADIUS_M} around the stops. */
export const WHOLE_TILESETS = ['heritage-monument-models'];
/** Radius around each stop within which building tiles go into a bundle, metres. Default 400. */
export const BUNDLE_RADIUS_M = 400;

/** Options of {@link buildTourBundle}. */
export interface TourBundleOptions {
  db: Queryable;
  /** Built web app (APP_DIR): the player is in `tour-player/`. */
  appDir: string;
  /** Built 3D Tiles (TILESETS_DIR). */
  tilesetsDir: string;
  /** DATA_DIR (asset files). */
  dataDir: string;
  /** Radius for cut tilesets, metres. Default {@link BUNDLE_RADIUS_M}. */
  radiusM?: number;
}

/** A built bundle. */
export interface TourBundle {
  zip: Uint8Array;
  manifest: BundleManifest;
}

const STORED = /\.(jpe?g|png|webp|gif|mp3|m4a|aac|ogg|webm|flac|woff2?|zip|gz|br)$/i;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && !/\.(gz|br)$/.test(e.name)) out.push(full);
  }
  return out;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

function relativeTour(tour: ServedTour, tilesets: Set<string>): ServedTour {
  const assets = Object.fromEntries(Object.entries(tour.assets).map(([id, a]) => [id, { ...a, url: `media/${a.sha256}.${extensionFor(a.mediaType)}` }]));
  const layers = Object.fromEntries(Object.entries(tour.layers).map(([id, l]) => {
    if (l.type === '3dtiles') return [id, { ...l, url: tilesets.has(id) ? `tilesets/${id}/tileset.json` : null }];
    return [id, { ...l, url: l.url ? `layers/${id}.geojson` : null }];
  }));
  return { ...tour, assets, layers };
}

async function layerGeoJson(db: Queryable, collection: string): Promise<string> {
  const rows = await db.query<{ id: string; properties: unknown; geometry: string }>(
    'SELECT id, properties, ST_AsGeoJSON(geom, 7) AS geometry FROM features WHERE collection_id = $1 ORDER BY id', [collection]);
  const features = rows.map((r) => ({ type: 'Feature', id: r.id, properties: typeof r.properties === 'string' ? JSON.parse(r.properties) : r.properties, geometry: JSON.parse(r.geometry) }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function stopPoints(tour: ServedTour): SubsetPoint[] {
  const points: SubsetPoint[] = [];
  for (const stop of tour.document.stops) {
    if (stop.view) points.push({ lonDeg: stop.view.lonDeg, latDeg: stop.view.latDeg });
    const m = stop.monumentId ? tour.monuments[stop.monumentId] : undefined;
    if (m) points.push({ lonDeg: m.lonDeg, latDeg: m.latDeg });
  }
  return points;
}

/** Builds the zip of `tour` (a served tour with server URLs). Throws 503 when the player is not built. */
export async function buildTourBundle(tour: ServedTour, options: TourBundleOptions): Promise<TourBundle> {
  const files = new Map<string, Uint8Array>();
  const playerDir = path.join(options.appDir, TOUR_PLAYER_DIR);
  if (!(await exists(path.join(playerDir, 'index.html')))) {
    throw new HttpError(503, 'Player not built', `The offline tour player is not built (${path.join(playerDir, 'index.html')} is missing); run "npm run build" and try again`);
  }
  for (const file of await walk(playerDir)) files.set(path.relative(playerDir, file).split(path.sep).join('/'), await readFile(file));
  // Cesium's credit images (the ion logo, 48 KB): loaded as <img> from CESIUM_BASE_URL = ./cesium/, which works from file://.
  const cesiumImages = path.join(options.appDir, 'cesium', 'Assets', 'Images');
  for (const file of await walk(cesiumImages)) {
    const rel = `cesium/Assets/Images/${path.relative(cesiumImages, file).split(path.sep).join('/')}`;
    if (!files.has(rel)) files.set(rel, await readFile(file));
  }

  // 3D Tiles the stops show: small tilesets whole, the others cut to a radius around the stops.
  const included = new Set<string>();
  for (const [id, layer] of Object.entries(tour.layers)) {
    if (layer.type !== '3dtiles') continue;
    const dir = path.join(options.tilesetsDir, id);
    const text = await readFile(path.join(dir, 'tileset.json'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const subset = subsetTileset(JSON.parse(text) as TilesetJson, stopPoints(tour), WHOLE_TILESETS.includes(id) ? Infinity : options.radiusM ?? BUNDLE_RADIUS_M);
    for (const uri of subset.contentUris) {
      const rel = path.posix.normalize(uri);
      if (rel.startsWith('..') || path.posix.isAbsolute(rel)) continue;
      files.set(`tilesets/${id}/${rel}`, await readFile(path.join(dir, rel)));
    }
    files.set(`tilesets/${id}/tileset.json`, new TextEncoder().encode(JSON.stringify(subset.tileset)));
    included.add(id);
  }
  for (const [id, layer] of Object.entries(tour.layers)) {
    if (layer.type !== '3dtiles' && layer.url) files.set(`layers/${id}.geojson`, new TextEncoder().encode(await layerGeoJson(options.db, id)));
  }
  for (const asset of Object.values(tour.assets)) {
    files.set(`media/${asset.sha256}.${extensionFor(asset.mediaType)}`, await readFile(assetFilePath(options.dataDir, asset.sha256)));
  }
  // What Cesium loads by XHR (tiles, layers, models, panoramas) also goes into tour-files.js for file://.
  const embedded = [...files].filter(([p]) => p.startsWith('tilesets/') || p.startsWith('layers/'));
  for (const asset of Object.values(tour.assets)) {
    const p = `media/${asset.sha256}.${extensionFor(asset.mediaType)}`;
    if (asset.kind === 'model' || asset.kind === 'panorama') embedded.push([p, files.get(p)!]);
  }
  files.set('tour-files.js', new TextEncoder().encode(bundleFilesScript(embedded.map(([p, bytes]) => ({ path: p, bytes })))));
  const offline = relativeTour(tour, included);
  const tourJson = JSON.stringify(offline, null, 1);
  files.set('tour.json', new TextEncoder().encode(tourJson));
  files.set('tour.js', new TextEncoder().encode(`window.HUE_TOUR = ${tourJson};\n`));

  const manifest = bundleManifest(tour.id, tour.version, [...files].map(([p, bytes]) => ({ path: p, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })), new Date());
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 1)));
  const zippable: Zippable = {};
  for (const [p, bytes] of files) zippable[p] = [bytes, { level: STORED.test(p) ? 0 : 6 }];
  return { zip: zipSync(zippable), manifest };
}
