/**
 * The monument-models tileset: built from a temp PGlite collection seeded by the
 * `heritage-monument-models` generator (monument points + Citadel gates); every GLB passes the
 * Khronos glTF validator with zero errors, tileset.json is valid 3D Tiles 1.1 with children inside
 * the root, each model carries its metadata (names, kind, form, synthetic), the expected forms are
 * there at plausible heights, models face the Citadel axis, and an unchanged database is not rebuilt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import validator from 'gltf-validator';
import type { Database } from '../../../src/server/db/Database.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import { openDatabase } from '../../../src/server/db/openDatabase.ts';
import { CITADEL_FACING_DEG } from '../../../src/sample/monuments/citadelAxis.ts';
import { monumentSites } from '../../../src/sample/monuments/monumentSitesGenerator.ts';
import { ModelMesh } from '../../../src/sample/monuments/ModelMesh.ts';
import { orientMesh } from '../../../src/sample/monuments/orientMesh.ts';
import { buildMonumentTileset, MONUMENT_MODELS_TILESET } from '../../../src/tiles/buildMonumentTileset.ts';
import type { BuildStats } from '../../../src/tiles/BuildStats.ts';
import { rebuildTiles } from '../../../src/tiles/rebuildTiles.ts';
import { seedFootprintCollection } from '../../../src/tiles/seedFootprintCollection.ts';
import type { TilesetJson } from '../../../src/tiles/tilesetDocument.ts';
import { readGlb, stringColumn } from './readGlb.ts';
import { allTileJson, regionInside, tilesetSchemaValidator } from './tilesetSchema.ts';

describe('monument models tileset', () => {
  let dir: string;
  let db: Database;
  let stats: BuildStats | undefined;
  let tileset: TilesetJson;
  const glbs = new Map<string, Uint8Array>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'hue-monuments-'));
    db = await openDatabase({ dataDir: path.join(dir, 'data') });
    await migrate(db);
    await seedFootprintCollection(db, MONUMENT_MODELS_TILESET, monumentSites());
    stats = await buildMonumentTileset(db, { tilesetsDir: dir });
    const tdir = path.join(dir, MONUMENT_MODELS_TILESET);
    tileset = JSON.parse(await readFile(path.join(tdir, 'tileset.json'), 'utf8')) as TilesetJson;
    for (const f of await readdir(path.join(tdir, 'tiles'))) {
      if (f.endsWith('.glb')) glbs.set(`tiles/${f}`, await readFile(path.join(tdir, 'tiles', f)));
    }
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('builds one model per monument and gate (not the Citadel point)', () => {
    const sites = monumentSites();
    expect(stats?.tiles).toBe(sites.length - 1);
    expect(glbs.size).toBe(sites.length - 1);
    expect(stats?.errors).toEqual([]);
  });

  it('every GLB passes the glTF validator with zero errors', async () => {
    for (const [uri, bytes] of glbs) {
      const report = await validator.validateBytes(bytes, { maxIssues: 50 });
      const errors = report.issues.messages.filter((m) => m.severity === 0).map((m) => `${m.code} ${m.pointer ?? ''}: ${m.message}`);
      expect(errors, uri).toEqual([]);
      expect(report.issues.numErrors, uri).toBe(0);
    }
  }, 120_000);

  it('winds every triangle counter-clockwise seen from outside (agrees with its normal), so back-face culling keeps the outside', () => {
    for (const [uri, bytes] of glbs) {
      const glb = readGlb(bytes);
      const view = (i: number) => { const v = glb.json.bufferViews[glb.json.accessors[i].bufferView]; return Uint8Array.prototype.slice.call(glb.bin, v.byteOffset, v.byteOffset + v.byteLength).buffer; };
      const P = new Float32Array(view(0)), N = new Float32Array(view(1));
      const I = glb.json.accessors[4].componentType === 5125 ? new Uint32Array(view(4)) : new Uint16Array(view(4));
      let wrong = 0;
      for (let i = 0; i < I.length; i += 3) {
        const [a, b, c] = [I[i], I[i + 1], I[i + 2]];
        const u = [0, 1, 2].map((k) => P[3 * b + k] - P[3 * a + k]), v = [0, 1, 2].map((k) => P[3 * c + k] - P[3 * a + k]);
        const n = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
        if (n[0] * N[3 * a] + n[1] * N[3 * a + 1] + n[2] * N[3 * a + 2] <= 0) wrong++;
      }
      expect(wrong, uri).toBe(0);
    }
  });

  it('tileset.json is valid 3D Tiles 1.1 and each tile lies inside the root', async () => {
    const validate = await tilesetSchemaValidator();
    expect(validate(tileset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(tileset.root.refine).toBe('ADD');
    for (const t of allTileJson(tileset.root).slice(1)) {
      expect(regionInside(t.boundingVolume.region, tileset.root.boundingVolume.region)).toBe(true);
      expect(t.geometricError).toBeLessThanOrEqual(tileset.root.geometricError);
      expect(glbs.has(t.content!.uri)).toBe(true);
      expect(t.transform).toHaveLength(16);
    }
  });

  it('each model carries its metadata, and the expected forms are there at plausible heights', () => {
    const byName = new Map<string, { form: string; kind: string; height: number; synthetic: number }>();
    for (const bytes of glbs.values()) {
      const glb = readGlb(bytes);
      const table = glb.json.extensions.EXT_structural_metadata.propertyTables[0];
      expect(table.class).toBe('monument');
      const str = (p: string) => stringColumn(glb, table.properties[p].values, table.properties[p].stringOffsets)[0];
      const hv = glb.json.bufferViews[table.properties.height_m.values];
      const height = new DataView(glb.bin.buffer, glb.bin.byteOffset + hv.byteOffset, 4).getFloat32(0, true);
      const synthetic = glb.bin[glb.json.bufferViews[table.properties.synthetic.values].byteOffset];
      expect(str('name_en').length).toBeGreaterThan(0);
      expect(str('dimensions')).toMatch(/^(published|approximate)$/);
      byName.set(str('name_vi'), { form: str('form'), kind: str('kind'), height, synthetic });
    }
    expect(byName.get('Ngọ Môn')).toMatchObject({ form: 'ngo-mon', kind: 'gate', synthetic: 1 });
    expect(byName.get('Ngọ Môn')!.height).toBeCloseTo(17, 0);
    expect(byName.get('Điện Thái Hòa')).toMatchObject({ form: 'thai-hoa' });
    expect(byName.get('Điện Thái Hòa')!.height).toBeCloseTo(11.8, 1);
    expect(byName.get('Kỳ Đài')!.form).toBe('ky-dai');
    expect(byName.get('Kỳ Đài')!.height).toBeGreaterThan(40);
    expect(byName.get('Chùa Thiên Mụ')).toMatchObject({ form: 'phuoc-duyen' });
    expect(byName.get('Chùa Thiên Mụ')!.height).toBeCloseTo(21.24, 2);
    const forms = [...byName.values()].map((v) => v.form);
    expect(forms.filter((f) => f === 'citadel-gate').length).toBeGreaterThanOrEqual(10);
    expect(forms.filter((f) => f === 'stele-pavilion').length).toBe(6);
  });

  it('turns a model so that it faces 148° and its facade runs along the Citadel wall (58°/238°)', () => {
    const mesh = new ModelMesh();
    mesh.face([[0, 0, 0], [1, 0, 0], [0, 0, 1]], [0, 0, 0], [0, -1, 0]);
    const p = orientMesh(mesh, CITADEL_FACING_DEG).positions; // glTF: x east, y up, z south
    const bearingOf = (v: number) => ((Math.atan2(p[3 * v], -p[3 * v + 2]) * 180) / Math.PI + 360) % 360;
    const right = [0, 1, 2].find((v) => Math.abs(p[3 * v]) + Math.abs(p[3 * v + 2]) > 0.5 && Math.abs(bearingOf(v) - 238) < 1);
    const forward = [0, 1, 2].find((v) => Math.abs(p[3 * v]) + Math.abs(p[3 * v + 2]) > 0.5 && Math.abs(bearingOf(v) - 148) < 1);
    expect(right).toBeDefined();
    expect(forward).toBeDefined();
    expect(bearingOf(forward!)).toBeCloseTo(CITADEL_FACING_DEG, 6);
    expect(bearingOf(right!)).toBeCloseTo(CITADEL_FACING_DEG + 90, 6);
  });

  it('is not rebuilt by the scheduler path while the collection is unchanged', async () => {
    expect(await rebuildTiles(db, { collection: MONUMENT_MODELS_TILESET, tilesetsDir: dir })).toBeUndefined();
  });
});
