/**
 * OGC API – Features Part 2 for the routes: which CRSs are offered, resolving `crs`/`bbox-crs`
 * parameters (400 naming the supported ones), and the geometry/bbox transforms.
 */
import { HttpError } from '../HttpError.ts';
import { CRS84 } from './collectionDocument.ts';

/** A CRS a request asked for. */
export interface ResolvedCrs {
  uri: string;
  /** Transforms a GeoJSON geometry from CRS84 into this CRS (identity for CRS84). */
  fromCrs84?: (geometry: unknown) => unknown;
  /** Transforms a bbox in this CRS's axis order into a CRS84 bbox. */
  toCrs84Bbox?: (bbox: [number, number, number, number]) => [number, number, number, number];
}

/** URIs of the output CRSs every collection offers. */
export const OUTPUT_CRS: string[] = [CRS84];

/** Resolves a `crs`-like parameter (default CRS84); throws HttpError 400 for unsupported ones. */
export function resolveCrs(value: string | undefined, param: string): ResolvedCrs {
  if (value === undefined || value === CRS84 || value === '[OGC:CRS84]' || value === 'OGC:CRS84') return { uri: CRS84 };
  throw new HttpError(400, 'Invalid parameter', `${param}=${value} is not supported; use one of: ${OUTPUT_CRS.join(', ')}`);
}
