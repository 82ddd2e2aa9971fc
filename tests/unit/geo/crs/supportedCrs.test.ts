import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { CRS84, EPSG_3857, EPSG_4326, EPSG_4756, SUPPORTED_CRS } from '../../../../src/geo/crs/supportedCrs.ts';

describe('SUPPORTED_CRS', () => {
  it('lists CRS84 first, then EPSG 4326, 3857 and the VN-2000 CRSs, each once', () => {
    expect(SUPPORTED_CRS[0]).toBe(CRS84);
    expect(SUPPORTED_CRS.map((c) => c.epsg)).toEqual([undefined, 4326, 3857, 4756, 3405, 3406, 5897, 9214]);
    expect(new Set(SUPPORTED_CRS.map((c) => c.uri)).size).toBe(SUPPORTED_CRS.length);
  });

  it('uses OGC URIs and CURIEs that match the EPSG code', () => {
    expect(CRS84.uri).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84');
    for (const crs of SUPPORTED_CRS.filter((c) => c.epsg !== undefined)) {
      expect(crs.uri).toBe(`http://www.opengis.net/def/crs/EPSG/0/${crs.epsg}`);
      expect(crs.curie).toBe(`EPSG:${crs.epsg}`);
    }
  });

  it('states the axis order of the OGC/EPSG definitions', () => {
    expect(CRS84.axisOrder).toBe('east-north');
    expect(EPSG_4326.axisOrder).toBe('north-east');
    expect(EPSG_4756.axisOrder).toBe('north-east'); // WKT2: AXIS Lat ORDER[1], Lon ORDER[2]
    for (const crs of SUPPORTED_CRS.filter((c) => c.kind === 'projected')) {
      expect(crs.axisOrder, crs.curie).toBe('east-north'); // WKT2: AXIS (E) ORDER[1], (N) ORDER[2]
    }
  });

  it('has proj4 definitions proj4 can parse, projected ones in metres', () => {
    for (const crs of SUPPORTED_CRS) {
      const p = new proj4.Proj(crs.proj4);
      expect(p.a, crs.curie).toBe(6378137);
      expect((p as unknown as { projName: string }).projName === 'longlat', crs.curie).toBe(crs.kind === 'geographic');
    }
  });

  it('WGS 84 and Web Mercator match proj4\'s built-in definitions', () => {
    const builtin4326 = proj4('EPSG:4326', 'EPSG:3857');
    const ours = proj4(EPSG_4326.proj4, EPSG_3857.proj4);
    expect(ours.forward([107.5786, 16.4698])).toEqual(builtin4326.forward([107.5786, 16.4698]));
  });
});
