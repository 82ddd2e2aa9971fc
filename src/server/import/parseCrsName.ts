/** Resolves the CRS names people put in files and on command lines to a supported CRS. */
import { parseCrs } from '../../geo/crs/parseCrs.ts';
import type { SupportedCrs } from '../../geo/crs/supportedCrs.ts';

/**
 * Like `parseCrs`, but also accepts a bare EPSG code (`9214`), `EPSG:9214` in any case, URNs with
 * an EPSG version (`urn:ogc:def:crs:EPSG:6.6:4326`) and `CRS84`.
 */
export function parseCrsName(value: string): SupportedCrs | undefined {
  const text = value.trim();
  const direct = parseCrs(text);
  if (direct) return direct;
  if (/^\d+$/.test(text)) return parseCrs(`EPSG:${text}`);
  if (/(^|[:/])CRS:?84$/i.test(text)) return parseCrs('OGC:CRS84');
  const epsg = /EPSG\W.*?(\d+)\s*$/i.exec(text);
  return epsg ? parseCrs(`EPSG:${epsg[1]}`) : undefined;
}
