/**
 * `npm run import -- FILE [--collection ID] [--crs EPSG:CODE] [--sector S] …` (see USAGE). Opens
 * the configured database (DATABASE_URL, or the embedded PGlite in DATA_DIR), migrates it, imports
 * the file in one transaction and prints a summary. User errors print one line and exit 1.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config.ts';
import type { Database } from '../db/Database.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { HttpError } from '../api/HttpError.ts';
import { StartupError } from '../StartupError.ts';
import { ImportError } from './ImportFeature.ts';
import { importFile } from './importFile.ts';
import { rejectsGeoJson } from './importFeatures.ts';
import { parseCrsName } from './parseCrsName.ts';
import { parseImportArgs, USAGE } from './parseImportArgs.ts';
import { ProgressPrinter } from './ProgressPrinter.ts';

function fail(message: string): never {
  console.error(`import failed: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (!args.file) fail('no FILE given (see npm run import -- --help)');
  const crs = args.crs ? parseCrsName(args.crs) : undefined;
  if (args.crs && !crs) fail(`--crs ${args.crs} is not supported; use CRS84, EPSG:4326, 3857, 4756, 3405, 3406, 5897 or 9214`);
  const bytes = await readFile(args.file).catch((error: NodeJS.ErrnoException) => fail(`cannot read ${args.file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`));
  const config = loadConfig();
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    if (error instanceof StartupError && /in use by another/.test(error.message)) {
      fail(`${error.message}. The embedded database serves one process: stop the server and run the import again, or upload the file to the running server (POST /api/collections/{id}/import)`);
    }
    throw error;
  }
  const printer = new ProgressPrinter();
  let t0 = performance.now();
  try {
    await migrate(db);
    t0 = performance.now();
    const { summary, read } = await importFile(db, {
      bytes,
      fileName: args.file,
      collectionId: args.collection,
      format: args.format,
      layer: args.layer,
      crs,
      sector: args.sector,
      licence: args.licence,
      title: args.title,
      skipInvalid: args.skipInvalid,
      replace: args.replace,
      onProgress: (p) => printer.update(p),
    });
    printer.finish();
    for (const warning of summary.warnings) console.log(`note: ${warning}`);
    console.log(`CRS: ${summary.crs} (${summary.crsSource})`);
    const shown = summary.errors.slice(0, 20);
    for (const e of shown) console.log(`  rejected ${e.where}${e.id ? ` (id ${e.id})` : ''}: ${e.reason}`);
    if (summary.errors.length > shown.length) console.log(`  … and ${summary.errors.length - shown.length} more`);
    if (summary.errors.length > 0 && args.skipInvalid) {
      const rejectsPath = args.rejects ?? `${args.file}.rejects.geojson`;
      await writeFile(rejectsPath, JSON.stringify(rejectsGeoJson(read, summary.errors)));
      console.log(`rejected features written to ${rejectsPath}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const verb = summary.created ? 'created' : 'updated';
    if (!summary.committed) {
      fail(`nothing imported: ${summary.rejected} of ${summary.read} feature(s) are invalid${args.skipInvalid ? '' : ' (fix them, or use --skip-invalid to import the rest)'}`);
    }
    console.log(
      `${verb} collection "${summary.collection}": imported ${summary.imported} feature(s) (${summary.inserted} new, ${summary.updated} updated), rejected ${summary.rejected}, in ${seconds.toFixed(2)} s (${Math.round(summary.imported / seconds).toLocaleString('en')} features/s)`,
    );
  } finally {
    printer.finish();
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportError || error instanceof ConfigError || error instanceof StartupError || error instanceof HttpError) fail(error.message);
  console.error(error);
  process.exit(1);
});
