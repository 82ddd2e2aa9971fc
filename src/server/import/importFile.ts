/** Reads a file (any supported format) and imports it: what the CLI and the upload route share. */
import type { Database } from '../db/Database.ts';
import { ImportError, type ReadResult } from './ImportFeature.ts';
import { formatOfFileName, formatOfMediaType, parseFormatName, sniffFormat, type ImportFormat } from './ImportFormat.ts';
import { importFeatures, type ImportOptions, type ImportSummary } from './importFeatures.ts';
import { readImportFile } from './readImportFile.ts';

/** Input of {@link importFile}. */
export interface ImportFileInput extends Omit<ImportOptions, 'sourceName' | 'collectionId'> {
  bytes: Uint8Array;
  /** File name (for the format, the default collection id and `source_name`). */
  fileName: string;
  /** Target collection. Default: derived from the file name. */
  collectionId?: string;
  /** Explicit format name (`format=`), else the media type, else the file name, else the content. */
  format?: string;
  contentType?: string;
  layer?: string;
}

/** Result of {@link importFile}: the summary and what was read (for a rejects file). */
export interface ImportFileResult {
  summary: ImportSummary;
  read: ReadResult;
  format: ImportFormat;
}

/** A collection id from a file name: "Thua Thiên Huế districts.geojson" → "thua-thien-hue-districts". */
export function collectionIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/(\.osm)?\.[^.]+$/i, '');
  const id = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, 100);
  return id || 'import';
}

/** Picks the format: explicit name, media type, file name, then content sniffing. */
export function chooseFormat(input: { bytes: Uint8Array; fileName: string; format?: string; contentType?: string }): ImportFormat {
  if (input.format) return parseFormatName(input.format);
  const format = formatOfMediaType(input.contentType) ?? formatOfFileName(input.fileName) ?? sniffFormat(input.bytes);
  if (!format) throw new ImportError(`cannot tell the format of "${input.fileName}"; name it .geojson/.zip/.gpkg/.csv/.osm/.osm.pbf or give --format / format=`);
  return format;
}

/** Reads and imports one file; throws ImportError for a file that cannot be read as a whole. */
export async function importFile(db: Database, input: ImportFileInput): Promise<ImportFileResult> {
  const format = chooseFormat(input);
  input.onProgress?.({ phase: 'read', done: 0, total: input.bytes.length });
  const read = await readImportFile(input.bytes, format, { layer: input.layer });
  input.onProgress?.({ phase: 'read', done: input.bytes.length, total: input.bytes.length });
  const { bytes: _bytes, fileName, format: _format, contentType: _contentType, layer: _layer, ...options } = input;
  const summary = await importFeatures(db, read, {
    ...options,
    collectionId: input.collectionId ?? collectionIdFromFileName(fileName),
    sourceName: fileName.replace(/^.*[\\/]/, ''),
  });
  return { summary, read, format };
}
