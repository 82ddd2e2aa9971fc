/** Test helper: a validator for tileset.json against the 3D Tiles 1.1 JSON schemas in ../shared/data/3d-tiles-1.1-schema. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { TileJson } from '../../../src/tiles/tilesetDocument.ts';

/** Folder of the 3D Tiles 1.1 schema files. */
export const TILES_SCHEMA_DIR = path.resolve(process.cwd(), '../shared/data/3d-tiles-1.1-schema');

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => walk(path.join(dir, e.name))));
  return entries.filter((e) => !e.isDirectory()).map((e) => path.join(dir, e.name)).concat(...nested);
}

/** Compiles the `tileset.schema.json` validator (all schema files registered by relative path). */
export async function tilesetSchemaValidator(): Promise<ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const file of (await walk(TILES_SCHEMA_DIR)).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(await readFile(file, 'utf8')) as { $id?: string };
    schema.$id = path.relative(TILES_SCHEMA_DIR, file).split(path.sep).join('/');
    ajv.addSchema(schema);
  }
  return ajv.getSchema('tileset.schema.json')!;
}

/** Every tile of a tree, depth first. */
export function allTileJson(root: TileJson): TileJson[] {
  return [root, ...(root.children ?? []).flatMap(allTileJson)];
}

/** true when region `inner` lies inside `outer` (radians, metres). */
export function regionInside(inner: number[], outer: number[]): boolean {
  const eps = 1e-12;
  return inner[0] >= outer[0] - eps && inner[1] >= outer[1] - eps && inner[2] <= outer[2] + eps && inner[3] <= outer[3] + eps
    && inner[4] >= outer[4] - 1e-6 && inner[5] <= outer[5] + 1e-6;
}
