/** Command-line arguments of `npm run import` (pure, so it is unit-tested). */
import { ImportError } from './ImportFeature.ts';

/** Parsed `npm run import` arguments. */
export interface ImportArgs {
  file?: string;
  collection?: string;
  crs?: string;
  sector?: string;
  licence?: string;
  title?: string;
  layer?: string;
  format?: string;
  /** Where to write rejected features. Default: `<file>.rejects.geojson` beside the input. */
  rejects?: string;
  skipInvalid: boolean;
  replace: boolean;
  help: boolean;
}

/** Usage text printed by `--help`. */
export const USAGE = `Usage: npm run import -- FILE [options]

Imports GeoJSON (.geojson/.json), a zipped Shapefile (.zip), GeoPackage (.gpkg), CSV (.csv),
OSM XML (.osm) or OSM PBF (.osm.pbf) into a collection (created when missing).

Options:
  --collection ID   target collection (default: the file name)
  --crs EPSG:CODE   CRS of the coordinates when the file does not say (or says wrongly):
                    CRS84, EPSG:4326, 3857, 4756, 3405, 3406, 5897, 9214 (VN-2000 TM-3 107°, Huế)
  --sector S        sector of a new collection: planning (default), environment, logistics,
                    heritage, transport, base
  --licence L       licence of a new collection (default "unknown — set it")
  --title T         title of a new collection (default: the collection id)
  --layer L         OSM: buildings (default), roads, waterways, pois;
                    zip/GeoPackage with several layers: the layer name
  --format F        geojson, shapefile, gpkg, csv, osm, osmpbf (default: from the file name)
  --skip-invalid    import the valid features, write the invalid ones to a rejects file
  --rejects PATH    rejects file (default: FILE.rejects.geojson)
  --replace         update features whose id already exists (default: such features are errors)
  --help            this text

Settings: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded database, default .data/).`;

const VALUE_OPTIONS = new Set(['collection', 'crs', 'sector', 'licence', 'license', 'title', 'layer', 'format', 'rejects']);

/** Parses `argv` (without node and the script); throws ImportError naming a bad option. */
export function parseImportArgs(argv: string[]): ImportArgs {
  const args: ImportArgs = { skipInvalid: false, replace: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--skip-invalid') args.skipInvalid = true;
    else if (arg === '--replace') args.replace = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (!VALUE_OPTIONS.has(name)) throw new ImportError(`unknown option ${arg} (see --help)`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new ImportError(`${arg} needs a value`);
      const key = name === 'license' ? 'licence' : name;
      (args as unknown as Record<string, string>)[key] = value;
    } else if (args.file === undefined) args.file = arg;
    else throw new ImportError(`unexpected argument "${arg}": give one FILE (see --help)`);
  }
  return args;
}
