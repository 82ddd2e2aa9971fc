/**
 * `npm run tiles -- [--collection ID] [--name NAME] [--incremental] [--no-meshopt] [--leaf N]`:
 * builds the 3D Tiles tileset of a collection from the configured database (DATABASE_URL, or the
 * embedded PGlite in DATA_DIR) into TILESETS_DIR/<name>/ and prints progress and figures.
 * Stop the server first when it uses the embedded database (one process at a time).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase } from '../server/db/openDatabase.ts';
import { StartupError } from '../server/StartupError.ts';
import { DEFAULT_BUILDINGS_COLLECTION } from './BuildTilesetOptions.ts';
import { buildTileset } from './buildTileset.ts';
import { buildMonumentTileset, MONUMENT_MODELS_TILESET } from './buildMonumentTileset.ts';
import { formatProgress } from './formatProgress.ts';
import { rebuildTiles } from './rebuildTiles.ts';

const USAGE = `usage: npm run tiles -- [--collection ID] [--name NAME] [--incremental] [--no-meshopt] [--leaf N]
  --collection ID   collection to tile (default ${DEFAULT_BUILDINGS_COLLECTION})
  --name NAME       tileset folder under TILESETS_DIR (default: the collection id)
  --incremental     rewrite only tiles changed since the last build
  --no-meshopt      leave geometry uncompressed (quantised only)
  --leaf N          most buildings per leaf tile (default 2000)`;

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { values } = parseArgs({
    options: {
      collection: { type: 'string' }, name: { type: 'string' }, incremental: { type: 'boolean' },
      'no-meshopt': { type: 'boolean' }, leaf: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { console.log(USAGE); return; }
  const config = loadConfig();
  const db = await openDatabase(config);
  let last = 0;
  try {
    await migrate(db);
    const options = {
      collection: values.collection ?? DEFAULT_BUILDINGS_COLLECTION,
      name: values.name,
      tilesetsDir: config.tilesetsDir,
      meshopt: !values['no-meshopt'],
      leafCapacity: values.leaf ? Number(values.leaf) : undefined,
      onProgress: (p: Parameters<typeof formatProgress>[0]) => {
        if (p.phase !== 'done' && Date.now() - last < 500) return;
        last = Date.now();
        console.log(formatProgress(p));
      },
    };
    const stats = options.collection === MONUMENT_MODELS_TILESET
      ? await buildMonumentTileset(db, { ...options, force: !values.incremental })
      : values.incremental ? await rebuildTiles(db, options) : await buildTileset(db, options);
    if (!stats) { console.log('tileset is up to date'); return; }
    for (const e of stats.errors.slice(0, 20)) console.error(`feature ${e.id}: ${e.reason} (left out)`);
    if (stats.errors.length > 20) console.error(`… and ${stats.errors.length - 20} more features left out`);
    const { writtenKeys: _keys, errors: _errors, ...figures } = stats;
    console.log(JSON.stringify({ ...figures, errors: stats.errors.length, dir: `${config.tilesetsDir}/${stats.name}` }));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) console.error(`tiles failed: ${error.message}`);
  else console.error('tiles failed:', error);
  process.exit(1);
});
