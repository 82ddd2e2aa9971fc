/**
 * Builds a small tileset (~500 synthetic footprints: rectangles, concave L-shapes, courtyards) from
 * an embedded PGlite database in a temp folder, and checks it: every GLB passes the Khronos glTF
 * validator with zero errors (meshopt and plain builds), tileset.json is valid against the 3D Tiles
 * 1.1 schemas (../shared/data/3d-tiles-1.1-schema), child regions lie inside parents, geometric
 * errors do not grow down the tree, feature ids match property-table rows, and an incremental
 * rebuild rewrites only the tiles holding the edited building.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import validator from 'gltf-validator';
import type { Database } from '../../../src/server/db/Database.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import { openDatabase } from '../../../src/server/db/openDatabase.ts';
import { buildTileset } from '../../../src/tiles/buildTileset.ts';
import type { BuildStats } from '../../../src/tiles/BuildStats.ts';
import { rebuildTiles } from '../../../src/tiles/rebuildTiles.ts';
import { seedFootprintCollection } from '../../../src/tiles/seedFootprintCollection.ts';
import { syntheticFootprints } from '../../../src/tiles/syntheticFootprints.ts';
import type { TileJson, TilesetJson } from '../../../src/tiles/tilesetDocument.ts';
import { readManifest } from '../../../src/tiles/TilesetManifest.ts';
import { readGlb, scalarAccessor, stringColumn } from './readGlb.ts';

const SCHEMA_DIR = path.resolve(process.cwd(), '../shared/data/3d-tiles-1.1-schema');
const C = 'test-buildings';
const N = 500;
// Small capacities so 500 buildings make a real tree (root + inner tiles + leaves).
const SHAPE = { leafCapacity: 60, parentCapacity: 20 };

async function schemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const walk = async (dir: string): Promise<string[]> => (await readdir(dir, { withFileTypes: true }))
    .flatMap((e) => (e.isDirectory() ? [] : [path.join(dir, e.name)]))
    .concat(...(await Promise.all((await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => walk(path.join(dir, e.name))))));
  for (const file of (await walk(SCHEMA_DIR)).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(await readFile(file, 'utf8'));
    schema.$id = path.relative(SCHEMA_DIR, file).split(path.sep).join('/');
    ajv.addSchema(schema);
  }
  return ajv.getSchema('tileset.schema.json')!;
}

function tiles(root: TileJson): TileJson[] {
  return [root, ...(root.children ?? []).flatMap(tiles)];
}

describe('buildTileset', () => {
  let dir: string;
  let db: Database;
  let plain: BuildStats;
  let packed: BuildStats;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hue-tiles-'));
    db = await openDatabase({ dataDir: path.join(dir, 'data') });
    await migrate(db);
    await seedFootprintCollection(db, C, syntheticFootprints({ count: N, seed: 7 }));
    plain = await buildTileset(db, { collection: C, name: 'plain', tilesetsDir: dir, meshopt: false, ...SHAPE });
    packed = await buildTileset(db, { collection: C, name: 'packed', tilesetsDir: dir, meshopt: true, ...SHAPE });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports figures and no errors', () => {
    for (const s of [plain, packed]) {
      expect(s.buildings).toBe(N);
      expect(s.errors).toEqual([]);
      expect(s.levels).toBeGreaterThanOrEqual(3);
      expect(s.tiles).toBe(s.tilesWritten);
    }
    expect(packed.bytesRaw).toBeLessThan(plain.bytesRaw);
    expect(packed.bytesPerBuildingGzip).toBeLessThan(600);
  });

  it('writes GLBs that pass the glTF validator with zero errors', async () => {
    for (const name of ['plain', 'packed']) {
      const files = (await readdir(path.join(dir, name, 'tiles'))).filter((f) => f.endsWith('.glb'));
      expect(files.length).toBeGreaterThan(3);
      for (const f of files) {
        const bytes = new Uint8Array(await readFile(path.join(dir, name, 'tiles', f)));
        const report = await validator.validateBytes(bytes, { maxIssues: 50 });
        const errors = report.issues.messages.filter((m: { severity: number }) => m.severity === 0);
        expect(errors, `${name}/${f}`).toEqual([]);
        expect(gunzipSync(await readFile(path.join(dir, name, 'tiles', `${f}.gz`)))).toEqual(Buffer.from(bytes));
      }
    }
  });

  it('writes tileset.json valid against the 3D Tiles 1.1 schema, with nested regions and shrinking errors', async () => {
    const validate = await schemaValidator();
    for (const name of ['plain', 'packed']) {
      const doc = JSON.parse(await readFile(path.join(dir, name, 'tileset.json'), 'utf8')) as TilesetJson;
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(doc.asset.version).toBe('1.1');
      expect(doc.root.refine).toBe('ADD');
      expect(doc.root.transform).toHaveLength(16);
      expect(doc.geometricError).toBeGreaterThanOrEqual(doc.root.geometricError);
      const check = (t: TileJson) => {
        const p = t.boundingVolume.region;
        for (const c of t.children ?? []) {
          const r = c.boundingVolume.region;
          expect(r[0]).toBeGreaterThanOrEqual(p[0]); expect(r[1]).toBeGreaterThanOrEqual(p[1]);
          expect(r[2]).toBeLessThanOrEqual(p[2]); expect(r[3]).toBeLessThanOrEqual(p[3]);
          expect(r[4]).toBeGreaterThanOrEqual(p[4]); expect(r[5]).toBeLessThanOrEqual(p[5]);
          expect(c.geometricError).toBeLessThanOrEqual(t.geometricError);
          check(c);
        }
        if (!t.children) expect(t.geometricError).toBe(0);
        else expect(t.geometricError).toBeGreaterThan(0);
      };
      check(doc.root);
      for (const t of tiles(doc.root)) if (t.content) expect(existsSync(path.join(dir, name, t.content.uri))).toBe(true);
    }
  });

  it('gives every building exactly one feature id, matching its property-table row', async () => {
    const manifest = (await readManifest(path.join(dir, 'plain')))!;
    const seen = new Set<string>();
    for (const [key, tile] of Object.entries(manifest.tiles)) {
      const glb = readGlb(await readFile(path.join(dir, 'plain', tile.uri)));
      const prim = glb.json.meshes[0].primitives[0];
      const fid = prim.extensions.EXT_mesh_features.featureIds[0];
      const table = glb.json.extensions.EXT_structural_metadata.propertyTables[fid.propertyTable];
      expect(fid.featureCount).toBe(table.count);
      expect(table.count).toBe(tile.count);
      const ids = scalarAccessor(glb, prim.attributes._FEATURE_ID_0);
      expect(Math.max(...ids)).toBe(table.count - 1);
      expect(new Set(ids).size).toBe(table.count); // every row has geometry
      const rowIds = stringColumn(glb, table.properties.id.values, table.properties.id.stringOffsets);
      expect(new Set(rowIds).size).toBe(rowIds.length);
      // rows are the buildings the manifest puts in this tile
      const expected = manifest.buildings.id.filter((_, i) => manifest.buildings.tile[i] === key).sort();
      expect([...rowIds].sort()).toEqual(expected);
      rowIds.forEach((id) => seen.add(id));
      const uses = stringColumn(glb, table.properties.use.values, table.properties.use.stringOffsets);
      expect(uses.every((u) => ['residential', 'commercial', 'public', 'religious', 'industrial'].includes(u))).toBe(true);
    }
    expect(seen.size).toBe(N);
  });

  it('rebuilds only the tiles holding an edited building', async () => {
    const before = (await readManifest(path.join(dir, 'packed')))!;
    const i = before.buildings.id.findIndex((_, k) => !before.buildings.tile[k].endsWith('t') && before.buildings.tile[k].length > 2);
    const id = before.buildings.id[i];
    const tileKey = before.buildings.tile[i];
    // A small change that keeps the building's size rank: rename it.
    await db.query(`UPDATE features SET properties = properties || '{"name": "Đã sửa"}' WHERE collection_id = $1 AND id = $2`, [C, id]);
    const stats = (await rebuildTiles(db, { collection: C, name: 'packed', tilesetsDir: dir, changedIds: [id], ...SHAPE }))!;
    expect(stats.full).toBe(false);
    expect(stats.writtenKeys).toEqual([tileKey]);
    const after = (await readManifest(path.join(dir, 'packed')))!;
    for (const [key, tile] of Object.entries(after.tiles)) {
      if (key === tileKey) expect(tile.uri).not.toBe(before.tiles[key].uri);
      else expect(tile.uri).toBe(before.tiles[key].uri);
    }
    expect(after.stale).toEqual([before.tiles[tileKey].uri]);
    // Nothing changed since: up to date.
    await db.query('UPDATE collections SET revision = revision WHERE id = $1', [C]);
    expect(await rebuildTiles(db, { collection: C, name: 'packed', tilesetsDir: dir, ...SHAPE })).toBeUndefined();
  });

  it('moves a building that grows, rewriting only its old and new tiles, and names bad features', async () => {
    const before = (await readManifest(path.join(dir, 'packed')))!;
    const i = before.buildings.id.findIndex((_, k) => before.buildings.tile[k].length >= 3);
    const id = before.buildings.id[i];
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE features SET properties = properties || '{"height_m": 400}' WHERE collection_id = $1 AND id = $2`, [C, id]);
      await tx.query(`INSERT INTO features (collection_id, id, properties, geom) VALUES ($1, 'line-1', '{}', ST_GeomFromText('LINESTRING(107.5 16.4, 107.6 16.5)', 4326))`, [C]);
      await tx.query(`INSERT INTO feature_history (collection_id, feature_id, version, operation, changed_by) VALUES ($1, $2, 2, 'update', 't'), ($1, 'line-1', 1, 'insert', 't')`, [C, id]);
      await tx.query('UPDATE collections SET revision = revision + 1 WHERE id = $1', [C]);
    });
    const stats = (await rebuildTiles(db, { collection: C, name: 'packed', tilesetsDir: dir, ...SHAPE }))!;
    expect(stats.full).toBe(false);
    expect(stats.errors).toEqual([{ id: 'line-1', reason: expect.stringContaining('LineString') }]);
    const after = (await readManifest(path.join(dir, 'packed')))!;
    expect(after.buildings.tile[after.buildings.id.indexOf(id)]).toBe('t'); // the tallest now sits in the root
    expect(stats.writtenKeys).toContain('t');
    expect(stats.writtenKeys).toContain(before.buildings.tile[i]);
    expect(stats.writtenKeys.length).toBeLessThan(Object.keys(before.tiles).length);
    const doc = JSON.parse(await readFile(path.join(dir, 'packed', 'tileset.json'), 'utf8')) as TilesetJson;
    expect(doc.root.boundingVolume.region[5]).toBeGreaterThan(400);
  });
});
