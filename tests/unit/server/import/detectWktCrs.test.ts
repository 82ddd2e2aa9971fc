import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectWktCrs } from '../../../../src/server/import/detectWktCrs.ts';

const tm3 = (datum: string, cm: number, name = 'VN_2000_TM3') =>
  `PROJCS["${name}",GEOGCS["${datum}",DATUM["${datum}",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

describe('detectWktCrs (.prj and GeoPackage definitions)', () => {
  it.each([
    ['VN_2000 TM-3 107', tm3('GCS_VN_2000', 107), 'EPSG:9214'],
    ['VN-2000 TM-3 107', tm3('VN-2000', 107.0, 'VN-2000 / TM-3 107-00'), 'EPSG:9214'],
    ['Vietnam_2000 TM-3 107', tm3('D_Vietnam_2000', 107), 'EPSG:9214'],
    ['Vietnam 2000 TM-3 105', tm3('Vietnam 2000', 105), 'EPSG:5897'],
    ['VN-2000 UTM 48N by name', 'PROJCS["VN-2000 / UTM zone 48N",GEOGCS["VN-2000",DATUM["Vietnam_2000"]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",105],PARAMETER["scale_factor",0.9996]]', 'EPSG:3405'],
    ['VN_2000 UTM 49N by parameters', 'PROJCS["VN_2000_UTM",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000"]],PROJECTION["Transverse_Mercator"],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996]]', 'EPSG:3406'],
    ['VN-2000 geographic', 'GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]', 'EPSG:4756'],
    ['ESRI WGS 84', 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]', 'EPSG:4326'],
    ['Pseudo-Mercator', 'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]],PROJECTION["Mercator_Auxiliary_Sphere"]]', 'EPSG:3857'],
    ['EPSG authority wins', 'PROJCS["anything",GEOGCS["x"],AUTHORITY["EPSG","9214"]]', 'EPSG:9214'],
  ])('%s', (_label, wkt, expected) => {
    expect(detectWktCrs(wkt).crs?.curie).toBe(expected);
  });

  it('reads the WKT2 definitions of ../shared/data/crs-vn2000', () => {
    for (const code of [4756, 3405, 3406, 5897, 9214]) {
      const wkt = readFileSync(new URL(`../../../../../shared/data/crs-vn2000/EPSG_${code}.wkt2.txt`, import.meta.url), 'utf8');
      expect(detectWktCrs(wkt).crs?.curie).toBe(`EPSG:${code}`);
    }
  });

  it('names what it cannot use', () => {
    const other = detectWktCrs(tm3('GCS_VN_2000', 107.75));
    expect(other.crs).toBeUndefined();
    expect('problem' in other && other.problem).toMatch(/central meridian 107\.75/);
    expect('problem' in detectWktCrs('GEOGCS["Indian 1960"]') && detectWktCrs('GEOGCS["Indian 1960"]')).toBeTruthy();
  });
});
