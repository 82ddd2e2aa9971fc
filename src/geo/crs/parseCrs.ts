import { SUPPORTED_CRS, type SupportedCrs } from './supportedCrs.ts';

/** Supported CRSs by normalised `AUTHORITY:CODE` key (`EPSG:9214`, `OGC:CRS84`). */
const byKey = new Map<string, SupportedCrs>(SUPPORTED_CRS.map((crs) => [crs.curie.toUpperCase(), crs]));

/** `http(s)://www.opengis.net/def/crs/{authority}/{version}/{code}` */
const OGC_URI = /^https?:\/\/www\.opengis\.net\/def\/crs\/([A-Za-z]+)\/([^/]+)\/([^/]+)$/;
/** `urn:ogc:def:crs:{authority}:{version?}:{code}` (the legacy URN form, e.g. `urn:ogc:def:crs:EPSG::4326`). */
const OGC_URN = /^urn:ogc:def:crs:([A-Za-z]+):([^:]*):([^:]+)$/i;
/** `{authority}:{code}`, optionally as a safe CURIE `[{authority}:{code}]`. */
const CURIE = /^\[?([A-Za-z]+):([^:\]]+)\]?$/;

/** Versions accepted in URIs/URNs per authority ("" = URN with the version left out). */
const VERSIONS: Readonly<Record<string, readonly string[]>> = {
  EPSG: ['0', ''],
  OGC: ['1.3', ''],
};

function lookup(authority: string, code: string): SupportedCrs | undefined {
  const auth = authority.toUpperCase();
  if (auth === 'EPSG') {
    if (!/^\d+$/.test(code)) return undefined;
    return byKey.get(`EPSG:${Number(code)}`);
  }
  if (auth === 'OGC') return byKey.get(`OGC:${code.toUpperCase()}`);
  return undefined;
}

/**
 * The supported CRS named by `value`, or `undefined` when it is unknown or malformed.
 * Accepts the OGC URI (`http://www.opengis.net/def/crs/EPSG/0/9214`,
 * `http://www.opengis.net/def/crs/OGC/1.3/CRS84`), the CURIE (`EPSG:9214`, `OGC:CRS84`),
 * the safe CURIE (`[EPSG:9214]`) and the OGC URN (`urn:ogc:def:crs:EPSG::9214`).
 * Authority names are case-insensitive; surrounding whitespace is ignored.
 */
export function parseCrs(value: string): SupportedCrs | undefined {
  const text = value.trim();
  const uri = OGC_URI.exec(text) ?? OGC_URN.exec(text);
  if (uri) {
    const [, authority, version, code] = uri as unknown as [string, string, string, string];
    const versions = VERSIONS[authority.toUpperCase()];
    if (!versions?.includes(version)) return undefined;
    return lookup(authority, code);
  }
  const curie = CURIE.exec(text);
  if (curie) {
    // A bracket on one side only is not a safe CURIE.
    if (text.startsWith('[') !== text.endsWith(']')) return undefined;
    const [, authority, code] = curie as unknown as [string, string, string];
    return lookup(authority, code);
  }
  return undefined;
}
