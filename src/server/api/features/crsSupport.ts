/**
 * OGC API – Features Part 2 for the routes: which CRSs are offered, resolving `crs`/`bbox-crs`
 * parameters (400 naming the supported ones), and the geometry/bbox transforms. Storage is CRS84
 * (EPSG:4326 lon/lat); transforms use src/geo/crs (VN-2000 checked against PROJ to 1 cm).
 */
import type { Geometry } from 'geojson';
import { parseCrs } from '../../../geo/crs/parseCrs.ts';
import { CRS84 as CRS84_DEF, SUPPORTED_CRS, type SupportedCrs } from '../../../geo/crs/supportedCrs.ts';
import { makeTransformer, transformBbox, transformGeometry } from '../../../geo/crs/transformCoordinates.ts';
import { HttpError } from '../HttpError.ts';

/** A CRS a request asked for. */
export interface ResolvedCrs {
  uri: string;
  /** Transforms a GeoJSON geometry from CRS84 into this CRS; undefined for CRS84 itself. */
  fromCrs84?: (geometry: unknown) => unknown;
  /** Transforms a bbox in this CRS's axis order into a CRS84 bbox; undefined for CRS84 itself. */
  toCrs84Bbox?: (bbox: [number, number, number, number]) => [number, number, number, number];
}

/** URIs of the output CRSs every collection offers (CRS84 first). */
export const OUTPUT_CRS: string[] = SUPPORTED_CRS.map((crs) => crs.uri);

function resolved(crs: SupportedCrs, param: string, value: string): ResolvedCrs {
  if (crs === CRS84_DEF) return { uri: crs.uri };
  const forward = makeTransformer(CRS84_DEF, crs);
  return {
    uri: crs.uri,
    fromCrs84: (geometry) => {
      const out = transformGeometry(geometry as Geometry, forward);
      if (JSON.stringify(out).includes('null')) {
        throw new HttpError(400, 'Invalid parameter', `${param}=${value}: some coordinates lie outside where this CRS is defined`);
      }
      return out;
    },
    toCrs84Bbox: (bbox) => {
      const out = transformBbox(bbox, crs, CRS84_DEF);
      if (!out) throw new HttpError(400, 'Invalid parameter', `bbox in ${value} could not be transformed to CRS84; check the axis order (${crs.axisOrder}) and the values`);
      return [out[0], out[1], out[2], out[3]] as [number, number, number, number];
    },
  };
}

/** Resolves a `crs`-like parameter (default CRS84); throws HttpError 400 for unsupported ones. */
export function resolveCrs(value: string | undefined, param: string): ResolvedCrs {
  if (value === undefined) return { uri: CRS84_DEF.uri };
  const crs = parseCrs(value);
  if (!crs) throw new HttpError(400, 'Invalid parameter', `${param}=${value} is not supported; use one of: ${OUTPUT_CRS.join(', ')}`);
  return resolved(crs, param, value);
}
