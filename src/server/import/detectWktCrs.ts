/**
 * Recognises the CRS of a WKT definition (a shapefile's .prj in ESRI or OGC WKT1, a GeoPackage
 * srs definition, WKT2) among the supported ones. VN-2000 is recognised under its common spellings
 * ("VN_2000", "VN-2000", "Vietnam_2000", "Vietnam 2000"), as geographic (→ EPSG:4756), TM-3 with
 * central meridian 107° (→ 9214) or 105° (→ 5897) and UTM 48N/49N (→ 3405/3406); WGS 84 as
 * geographic (→ 4326) and Pseudo-Mercator (→ 3857).
 */
import type { SupportedCrs } from '../../geo/crs/supportedCrs.ts';
import { parseCrsName } from './parseCrsName.ts';

/** What a WKT turned out to be: a supported CRS, or a problem naming what was found. */
export type WktCrs = { crs: SupportedCrs; name: string } | { crs?: undefined; name: string; problem: string };

function parameter(wkt: string, names: string[]): number | undefined {
  for (const name of names) {
    const re = new RegExp(`PARAMETER\\[\\s*"${name.replace(/[ _]/g, '[ _]')}"\\s*,\\s*([-+\\d.eE]+)`, 'i');
    const match = re.exec(wkt);
    if (match) return Number(match[1]);
  }
  return undefined;
}

function near(a: number | undefined, b: number, tolerance = 1e-6): boolean {
  return a !== undefined && Math.abs(a - b) < tolerance;
}

function outermostEpsg(wkt: string): string | undefined {
  // The authority of the whole CRS is the last AUTHORITY/ID at nesting depth 1.
  let depth = 0;
  let found: string | undefined;
  const re = /(AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]|\[|\]/gi;
  for (let m = re.exec(wkt); m; m = re.exec(wkt)) {
    if (m[0] === '[') depth++;
    else if (m[0] === ']') depth--;
    else if (depth === 1) found = m[2];
  }
  return found;
}

/** Detects the CRS of a WKT string (see the module comment for the rules). */
export function detectWktCrs(wkt: string): WktCrs {
  const text = wkt.trim();
  const name = /^\w+\[\s*"([^"]*)"/.exec(text)?.[1] ?? '(unnamed)';
  const epsg = outermostEpsg(text);
  if (epsg) {
    const crs = parseCrsName(`EPSG:${epsg}`);
    if (crs) return { crs, name };
  }
  const upper = text.toUpperCase();
  const vn2000 = /VN[-_ ]?2000|VIET[-_ ]?NAM[-_ ]?2000/.test(upper);
  const wgs84 = !vn2000 && /WGS[-_ ]?(19)?84/.test(upper);
  const projected = /^(PROJCS|PROJCRS|PROJECTEDCRS)\[/.test(upper);
  if (!vn2000 && !wgs84) {
    return { name, problem: `CRS "${name}" is not supported (supported: WGS 84, Pseudo-Mercator and VN-2000: EPSG:4756, 3405, 3406, 5897, 9214)` };
  }
  if (!projected) return { crs: parseCrsName(vn2000 ? 'EPSG:4756' : 'EPSG:4326')!, name };
  if (wgs84) {
    if (/MERCATOR/.test(upper) && (/AUXILIARY|PSEUDO|POPULAR/.test(upper) || /6378137\s*,\s*0[\],]/.test(upper))) return { crs: parseCrsName('EPSG:3857')!, name };
    return { name, problem: `projected CRS "${name}" on WGS 84 is not supported (only Pseudo-Mercator EPSG:3857)` };
  }
  const meridian = parameter(text, ['central_meridian', 'longitude_of_natural_origin', 'longitude_of_center', 'longitude_of_origin']);
  const scale = parameter(text, ['scale_factor', 'scale_factor_at_natural_origin']);
  const zone = /UTM[-_ ]?ZONE[-_ ]?(\d+)/.exec(upper)?.[1];
  if (zone === '48' || (near(meridian, 105) && near(scale, 0.9996))) return { crs: parseCrsName('EPSG:3405')!, name };
  if (zone === '49' || (near(meridian, 111) && near(scale, 0.9996))) return { crs: parseCrsName('EPSG:3406')!, name };
  if (/TRANSVERSE[-_ ]?MERCATOR/.test(upper) || /TM[-_ ]?3/.test(upper)) {
    if (near(meridian, 107)) return { crs: parseCrsName('EPSG:9214')!, name };
    if (near(meridian, 105)) return { crs: parseCrsName('EPSG:5897')!, name };
    return {
      name,
      problem: `VN-2000 Transverse Mercator with central meridian ${meridian ?? '?'}° (scale ${scale ?? '?'}) is not supported; supported are TM-3 107° (EPSG:9214, Huế), TM-3 105° (EPSG:5897) and UTM 48N/49N — reproject it, or pass --crs if the file is mislabelled`,
    };
  }
  return { name, problem: `VN-2000 projection "${name}" is not supported (supported: EPSG:3405, 3406, 5897, 9214)` };
}
