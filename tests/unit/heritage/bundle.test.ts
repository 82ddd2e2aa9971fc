/** Offline bundle parts: the manifest (paths, sizes, checksums), referenced paths, and cutting a tileset to the stops. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../../src/server/db/Database.ts';
import { buildTourBundle } from '../../../src/server/heritage/tourBundle.ts';
import type { ServedTour } from '../../../src/server/heritage/servedTour.ts';
import { twoStopTour } from './fixtures.ts';
import { bundleManifest, isBundlePath, referencedPaths } from '../../../src/heritage/bundle/bundleManifest.ts';
import { subsetTileset, type TileNode } from '../../../src/heritage/bundle/subsetTileset.ts';

const RAD = Math.PI / 180;
/** A region tile around (lon, lat) degrees, ± `halfDeg`. */
const tile = (lon: number, lat: number, halfDeg: number, uri?: string, children?: TileNode[]): TileNode => ({
  boundingVolume: { region: [(lon - halfDeg) * RAD, (lat - halfDeg) * RAD, (lon + halfDeg) * RAD, (lat + halfDeg) * RAD, 0, 30] },
  geometricError: 0,
  ...(uri ? { content: { uri } } : {}),
  ...(children ? { children } : {}),
});

describe('bundleManifest', () => {
  it('sorts files, sums their sizes and records tour, version and time', () => {
    const m = bundleManifest('t', 2, [{ path: 'tour.json', bytes: 10, sha256: 'b' }, { path: 'index.html', bytes: 5, sha256: 'a' }], new Date('2026-01-02T03:04:05Z'));
    expect(m).toEqual({ tour: 't', version: 2, createdAt: '2026-01-02T03:04:05.000Z', files: [{ path: 'index.html', bytes: 5, sha256: 'a' }, { path: 'tour.json', bytes: 10, sha256: 'b' }], totalBytes: 15 });
  });

  it('refuses unsafe and duplicate paths', () => {
    expect(isBundlePath('media/x.png')).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'a/../../b', 'a\\b', 'a//b', './a']) expect(isBundlePath(bad), bad).toBe(false);
    expect(() => bundleManifest('t', 1, [{ path: '../x', bytes: 1, sha256: 'a' }], new Date())).toThrow(/unsafe/);
    expect(() => bundleManifest('t', 1, [{ path: 'a', bytes: 1, sha256: 'a' }, { path: 'a', bytes: 1, sha256: 'a' }], new Date())).toThrow(/twice/);
  });

  it('lists the files a served tour references', () => {
    expect(referencedPaths({
      assets: { 'a-1': { url: 'media/1.png' }, 'a-2': { url: 'media/2.mp3' } },
      layers: { m: { url: 'tilesets/m/tileset.json' }, none: { url: null }, g: { url: 'layers/g.geojson' } },
    })).toEqual(['layers/g.geojson', 'media/1.png', 'media/2.mp3', 'tilesets/m/tileset.json']);
  });
});

describe('subsetTileset', () => {
  // Two leaf tiles ~1.1 km apart (0.01° of longitude at 16.5° N ≈ 1.07 km) under one root.
  const tileset = { asset: { version: '1.1' }, geometricError: 100, root: tile(107.585, 16.47, 0.01, 'root.glb', [tile(107.58, 16.47, 0.001, 'west.glb'), tile(107.59, 16.47, 0.001, 'east.glb')]) };

  it('keeps the tiles within the radius of a point, with the root, and lists their content', () => {
    const near = subsetTileset(tileset, [{ lonDeg: 107.5805, latDeg: 16.4705 }], 200);
    expect(near.contentUris).toEqual(['root.glb', 'west.glb']);
    expect(near.keptTiles).toBe(2);
    expect(near.droppedTiles).toBe(1);
    expect(near.tileset.root.children).toHaveLength(1);
    expect(near.tileset.asset).toEqual({ version: '1.1' });
  });

  it('keeps everything with an infinite radius, and only the root when nothing is near', () => {
    expect(subsetTileset(tileset, [], Infinity).contentUris).toEqual(['root.glb', 'west.glb', 'east.glb']);
    const far = subsetTileset(tileset, [{ lonDeg: 100, latDeg: 10 }], 400);
    expect(far.contentUris).toEqual(['root.glb']);
    expect(far.tileset.root.children).toBeUndefined();
  });

  it('widens the test by the radius: a point 150 m outside a tile keeps it at 200 m, not at 100 m', () => {
    const lonOutside = 107.581 + 150 / (6378137 * Math.cos(16.47 * RAD)) / RAD;
    expect(subsetTileset(tileset, [{ lonDeg: lonOutside, latDeg: 16.47 }], 200).contentUris).toContain('west.glb');
    expect(subsetTileset(tileset, [{ lonDeg: lonOutside, latDeg: 16.47 }], 100).contentUris).not.toContain('west.glb');
  });
});

describe('buildTourBundle', () => {
  it('answers 503 naming the missing player build instead of a zip without a player', async () => {
    const appDir = await mkdtemp(path.join(os.tmpdir(), 'hue-noplayer-'));
    const tour: ServedTour = { id: 't', status: 'published', version: 1, latestVersion: 1, document: twoStopTour(), languages: { complete: ['vi', 'en'], partial: [] }, assets: {}, monuments: {}, layers: {} };
    const db: Queryable = { query: () => Promise.reject(new Error('not used')), exec: () => Promise.reject(new Error('not used')) };
    try {
      await expect(buildTourBundle(tour, { db, appDir, tilesetsDir: appDir, dataDir: appDir })).rejects.toMatchObject({ status: 503, detail: expect.stringMatching(/tour-player.*npm run build/) });
    } finally {
      await rm(appDir, { recursive: true, force: true });
    }
  });
});
