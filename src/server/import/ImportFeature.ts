/** The in-memory shape every reader produces and the import core consumes. */
import type { SupportedCrs } from '../../geo/crs/supportedCrs.ts';

/** One feature read from a file, before CRS transform and validation. */
export interface ImportFeature {
  /** Id from the data (GeoJSON `id`, an `id` column, OSM `way-123`); generated when absent. */
  id?: string;
  properties: Record<string, unknown>;
  /** GeoJSON geometry in the file's CRS (x = easting/longitude), or null when the reader could not build one. */
  geometry: unknown;
  /** Where the feature is in the file, for error messages, e.g. "feature #3" or "line 12". */
  where: string;
  /** A fault the reader found (bad coordinate text, missing node…); the feature is then rejected. */
  error?: string;
}

/** What a reader returns: the features, the CRS the file declares (if any) and notes for the user. */
export interface ReadResult {
  features: ImportFeature[];
  /** CRS declared by the file (.prj, GeoPackage srs, GeoJSON `crs`); undefined when the file says nothing. */
  crs?: SupportedCrs;
  /** Human description of where `crs` came from, e.g. ".prj: VN-2000 / TM-3 107-00". */
  crsSource?: string;
  /** Non-fatal notes (skipped layers, guessed columns, swapped axes). */
  warnings: string[];
  /** Suggested collection id from inside the file (GeoPackage table name, shapefile name). */
  suggestedName?: string;
}

/** Import phases reported by `onProgress`. */
export type ImportPhase = 'read' | 'validate' | 'write';

/** One progress report: `done` of `total` features in `phase`. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** A user-facing problem with the input file as a whole (unreadable, unsupported); the CLI prints its message. */
export class ImportError extends Error {
  override name = 'ImportError';
}
