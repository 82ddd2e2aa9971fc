/** Reads and validates every layer definition in the catalog folder (`layers/*.json`). */
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LayerDefinition } from '../../catalog/LayerDefinition.ts';
import { validateLayer } from '../../catalog/validateLayer.ts';
import { GENERATORS } from '../../sample/generators.ts';

/** A validated layer with where its files are. */
export interface LoadedLayer {
  definition: LayerDefinition;
  /** Path of the definition, relative to the working directory (for messages). */
  file: string;
  /** Absolute path of the seed data file, when the layer has one. */
  dataPath?: string;
  warnings: string[];
}

/** The catalog: usable layers, warnings to show, and errors that must stop the start. */
export interface Catalog {
  layers: LoadedLayer[];
  warnings: string[];
  errors: string[];
}

/** Loads `dir/*.json` (except `*.schema.json`); never throws for bad files, reports them instead. */
export async function loadCatalog(dir: string): Promise<Catalog> {
  const catalog: Catalog = { layers: [], warnings: [], errors: [] };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
  } catch {
    catalog.errors.push(`layer folder ${dir} does not exist; set LAYERS_DIR or restore layers/ from git`);
    return catalog;
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    const full = path.join(dir, name);
    const file = path.relative(process.cwd(), full) || name;
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(full, 'utf8'));
    } catch (error) {
      catalog.errors.push(`${file}: not valid JSON (${(error as Error).message}); fix the file or remove it`);
      continue;
    }
    const result = validateLayer(file, doc);
    if (!result.ok) {
      catalog.errors.push(...result.errors);
      continue;
    }
    const { layer } = result;
    const other = seen.get(layer.id);
    if (other) {
      catalog.errors.push(`${file}: layer id "${layer.id}" is already used by ${other}`);
      continue;
    }
    seen.set(layer.id, file);
    let dataPath: string | undefined;
    if (layer.data) {
      dataPath = path.join(dir, layer.data);
      try {
        await access(dataPath);
      } catch {
        catalog.errors.push(`${file}: data file "${layer.data}" is missing next to it (${path.relative(process.cwd(), dataPath)})`);
        continue;
      }
    }
    if (layer.generator && !GENERATORS[layer.generator.name]) {
      const known = Object.keys(GENERATORS).join(', ') || '(none)';
      catalog.errors.push(`${file}: unknown generator "${layer.generator.name}"; known: ${known}`);
      continue;
    }
    catalog.layers.push({ definition: layer, file, dataPath, warnings: result.warnings });
    catalog.warnings.push(...result.warnings);
  }
  return catalog;
}
