/** The file formats the importer reads, and how a format is recognised (name, media type, content). */
import { ImportError } from './ImportFeature.ts';

/** Supported input formats. */
export const IMPORT_FORMATS = ['geojson', 'shapefile', 'gpkg', 'csv', 'osm', 'osmpbf'] as const;

/** One of {@link IMPORT_FORMATS}. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const BY_MEDIA_TYPE: Record<string, ImportFormat> = {
  'application/geo+json': 'geojson',
  'application/json': 'geojson',
  'application/vnd.geo+json': 'geojson',
  'application/zip': 'shapefile',
  'application/x-zip-compressed': 'shapefile',
  'application/x-shapefile': 'shapefile',
  'application/geopackage+sqlite3': 'gpkg',
  'application/x-sqlite3': 'gpkg',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/vnd.openstreetmap.data+xml': 'osm',
  'application/osm+xml': 'osm',
  'application/xml': 'osm',
  'text/xml': 'osm',
  'application/x-protobuf': 'osmpbf',
  'application/vnd.openstreetmap.data+pbf': 'osmpbf',
};

const BY_EXTENSION: Array<[RegExp, ImportFormat]> = [
  [/\.(geo)?json$/i, 'geojson'],
  [/\.zip$/i, 'shapefile'],
  [/\.gpkg$/i, 'gpkg'],
  [/\.(csv|tsv|txt)$/i, 'csv'],
  [/\.osm\.pbf$|\.pbf$/i, 'osmpbf'],
  [/\.osm$|\.osm\.xml$/i, 'osm'],
];

/** Names of format aliases accepted by `format=` / `--format`. */
const ALIASES: Record<string, ImportFormat> = { json: 'geojson', shp: 'shapefile', zip: 'shapefile', geopackage: 'gpkg', pbf: 'osmpbf', 'osm.pbf': 'osmpbf', xml: 'osm' };

/** The format named by a `format=` value; throws ImportError listing the choices when unknown. */
export function parseFormatName(value: string): ImportFormat {
  const v = value.trim().toLowerCase();
  const format = (IMPORT_FORMATS as readonly string[]).includes(v) ? (v as ImportFormat) : ALIASES[v];
  if (!format) throw new ImportError(`unknown format "${value}"; use one of ${IMPORT_FORMATS.join(', ')}`);
  return format;
}

/** The format a media type stands for (parameters like `; charset=utf-8` ignored), if any. */
export function formatOfMediaType(contentType: string | undefined): ImportFormat | undefined {
  if (!contentType) return undefined;
  return BY_MEDIA_TYPE[contentType.split(';')[0]!.trim().toLowerCase()];
}

/** The format a file name stands for, by its extension, if any. */
export function formatOfFileName(name: string): ImportFormat | undefined {
  return BY_EXTENSION.find(([re]) => re.test(name))?.[1];
}

/** Guesses the format from the first bytes (zip, SQLite, PBF, JSON, XML); undefined when unsure. */
export function sniffFormat(bytes: Uint8Array): ImportFormat | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'shapefile';
  if (new TextDecoder().decode(bytes.subarray(0, 16)).startsWith('SQLite format 3')) return 'gpkg';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'geojson';
  if (head.startsWith('<')) return 'osm';
  if (bytes.length > 8 && bytes[0] === 0 && bytes[4] === 0x0a && head.includes('OSMHeader')) return 'osmpbf';
  return undefined;
}
