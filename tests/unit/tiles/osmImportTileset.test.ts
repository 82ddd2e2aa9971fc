/**
 * Real data is a one-command swap: a small OSM XML extract built here (buildings with `height`,
 * `building:levels`, neither; a courtyard-free L-shape; a road that must be ignored) goes through the
 * importer (importFile, the code behind `npm run import` and the upload route) into a collection of a
 * temp PGlite, then the builder tiles that collection; the tileset is valid 3D Tiles 1.1, every GLB
 * passes the glTF validator with zero errors, and heights follow the OSM tags.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import validator from 'gltf-validator';
import type { Database } from '../../../src/server/db/Database.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import { openDatabase } from '../../../src/server/db/openDatabase.ts';
import { importFile } from '../../../src/server/import/importFile.ts';
import { buildTileset } from '../../../src/tiles/buildTileset.ts';
import type { BuildStats } from '../../../src/tiles/BuildStats.ts';
import type { TilesetJson } from '../../../src/tiles/tilesetDocument.ts';
import { readGlb, stringColumn } from './readGlb.ts';
import { allTileJson, regionInside, tilesetSchemaValidator } from './tilesetSchema.ts';

const COLLECTION = 'osm-buildings';

/** An OSM XML extract near Đông Ba: `ways` closed rings of [lon, lat] with tags. */
function osmXml(ways: { ring: [number, number][]; tags: Record<string, string> }[]): string {
  let nodeId = 1;
  const nodes: string[] = [];
  const wayXml = ways.map((w, i) => {
    const refs = w.ring.map(([lon, lat]) => {
      nodes.push(`  <node id="${nodeId}" lat="${lat}" lon="${lon}" version="1"/>`);
      return nodeId++;
    });
    refs.push(refs[0]);
    const tags = Object.entries(w.tags).map(([k, v]) => `    <tag k="${k}" v="${v}"/>`).join('\n');
    return `  <way id="${100 + i}" version="1">\n${refs.map((r) => `    <nd ref="${r}"/>`).join('\n')}\n${tags}\n  </way>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="hue-twin test">\n${nodes.join('\n')}\n${wayXml.join('\n')}\n</osm>\n`;
}

const square = (lon: number, lat: number, dLon = 0.0002, dLat = 0.00015): [number, number][] =>
  [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat]];

const EXTRACT = osmXml([
  { ring: square(107.5880, 16.4720), tags: { building: 'commercial', height: '12', name: 'Chợ Đông Ba (test)' } },
  { ring: square(107.5884, 16.4720), tags: { building: 'house', 'building:levels': '4' } },
  { ring: square(107.5888, 16.4720), tags: { building: 'yes' } },
  { ring: [[107.5880, 16.4725], [107.5886, 16.4725], [107.5886, 16.4727], [107.5882, 16.4727], [107.5882, 16.4731], [107.5880, 16.4731]], tags: { building: 'apartments', height: '21 m' } },
  { ring: [[107.5870, 16.4715], [107.5895, 16.4715], [107.5895, 16.4716], [107.5870, 16.4716]], tags: { highway: 'residential', name: 'not a building' } },
]);

describe('OSM extract → importer → 3D Tiles', () => {
  let dir: string;
  let db: Database;
  let stats: BuildStats;
  let tileset: TilesetJson;
  const glbs: Uint8Array[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hue-osm-tiles-'));
    db = await openDatabase({ dataDir: path.join(dir, 'data') });
    await migrate(db);
    const imported = await importFile(db, { bytes: new TextEncoder().encode(EXTRACT), fileName: 'dong-ba.osm', collectionId: COLLECTION });
    expect(imported.summary).toMatchObject({ collection: COLLECTION, committed: true, imported: 4 });
    stats = await buildTileset(db, { collection: COLLECTION, tilesetsDir: dir });
    const tdir = path.join(dir, COLLECTION);
    tileset = JSON.parse(await readFile(path.join(tdir, 'tileset.json'), 'utf8')) as TilesetJson;
    for (const f of await readdir(path.join(tdir, 'tiles'))) if (f.endsWith('.glb')) glbs.push(await readFile(path.join(tdir, 'tiles', f)));
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('tiles the four buildings (the road is not imported as a building) with no errors', () => {
    expect(stats.errors).toEqual([]);
    expect(stats.buildings).toBe(4);
    expect(glbs.length).toBe(stats.tiles);
  });

  it('writes a valid 3D Tiles 1.1 tileset.json whose children lie inside their parents', async () => {
    const validate = await tilesetSchemaValidator();
    expect(validate(tileset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const check = (t: TilesetJson['root']) => {
      for (const c of t.children ?? []) {
        expect(regionInside(c.boundingVolume.region, t.boundingVolume.region)).toBe(true);
        expect(c.geometricError).toBeLessThanOrEqual(t.geometricError);
        check(c);
      }
    };
    check(tileset.root);
    expect(allTileJson(tileset.root).some((t) => t.content)).toBe(true);
  });

  it('every GLB passes the glTF validator with zero errors', async () => {
    for (const bytes of glbs) {
      const report = await validator.validateBytes(bytes, { maxIssues: 50 });
      expect(report.issues.messages.filter((m) => m.severity === 0).map((m) => m.message)).toEqual([]);
    }
  });

  it('takes heights from the OSM tags (height, else building:levels)', () => {
    const heights = new Map<string, number>();
    for (const bytes of glbs) {
      const glb = readGlb(bytes);
      const table = glb.json.extensions.EXT_structural_metadata.propertyTables[0];
      const ids = stringColumn(glb, table.properties.id.values, table.properties.id.stringOffsets);
      const hv = glb.json.bufferViews[table.properties.height_m.values];
      const h = new Float32Array(glb.bin.buffer.slice(glb.bin.byteOffset + hv.byteOffset, glb.bin.byteOffset + hv.byteOffset + hv.byteLength));
      ids.forEach((id, i) => heights.set(id, h[i]));
    }
    expect(heights.get('way-100')).toBeCloseTo(12, 3);
    expect(heights.get('way-101')).toBeGreaterThanOrEqual(12);
    expect(heights.get('way-103')).toBeCloseTo(21, 3);
    expect(heights.get('way-102')).toBeGreaterThan(0);
  });
});
