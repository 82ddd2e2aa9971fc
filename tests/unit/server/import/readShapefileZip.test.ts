import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileToCrs84 } from '../../../../src/server/import/axisOrder.ts';
import { readShapefileZip } from '../../../../src/server/import/readers/readShapefileZip.ts';
import { buildDbf, buildShp } from './buildShapefile.ts';

// ESRI WKT1 as ArcGIS writes VN-2000 / TM-3 107° (Huế) in a .prj.
const PRJ_TM3_107 =
  'PROJCS["VN_2000_TM_3_107",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",107.0],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

const enc = new TextEncoder();

describe('readShapefileZip', () => {
  it('reads a zipped point shapefile in VN-2000 TM-3 107° with UTF-8 Vietnamese attributes', async () => {
    // Two points near the Citadel (Đại Nội) in VN-2000 / TM-3 107-00 metres; names in Vietnamese.
    const zip = zipSync({
      'diem.shp': buildShp([{ point: [561583, 1821650] }, { point: [562000, 1820000] }]),
      'diem.dbf': buildDbf([{ name: 'ten', type: 'C', width: 40 }, { name: 'so', type: 'N', width: 6 }], [['Đại Nội', 1], ['Cầu Trường Tiền', 2]]),
      'diem.prj': enc.encode(PRJ_TM3_107),
      'diem.cpg': enc.encode('UTF-8'),
    });
    const result = await readShapefileZip(zip);
    expect(result.crs?.curie).toBe('EPSG:9214');
    expect(result.suggestedName).toBe('diem');
    expect(result.features).toHaveLength(2);
    expect(result.features[0]!.properties).toEqual({ ten: 'Đại Nội', so: 1 });
    expect(result.features[1]!.properties.ten).toBe('Cầu Trường Tiền');
    const lonLat = fileToCrs84(result.crs!)!((result.features[0]!.geometry as { coordinates: number[] }).coordinates);
    expect(lonLat[0]).toBeCloseTo(107.5786, 4);
    expect(lonLat[1]).toBeCloseTo(16.4698, 4);
  });

  it('reads polygons and defaults to no CRS without a .prj', async () => {
    // One square polygon (clockwise outer ring) in lon/lat, no .prj, no .cpg.
    const ring: Array<[number, number]> = [[107.57, 16.46], [107.57, 16.47], [107.58, 16.47], [107.58, 16.46], [107.57, 16.46]];
    const zip = zipSync({ 'folder/o.shp': buildShp([{ ring }]), 'folder/o.dbf': buildDbf([{ name: 'ma', type: 'C', width: 5 }], [['A1']]) });
    const result = await readShapefileZip(zip);
    expect(result.crs).toBeUndefined();
    expect(result.features[0]!.geometry).toMatchObject({ type: 'Polygon' });
    expect(result.features[0]!.properties).toEqual({ ma: 'A1' });
  });

  it('refuses a zip without .shp, with two .shp, and a .prj it cannot use', async () => {
    await expect(readShapefileZip(zipSync({ 'a.txt': enc.encode('x') }))).rejects.toThrow(/no \.shp/);
    const shp = buildShp([{ point: [1, 2] }]);
    await expect(readShapefileZip(zipSync({ 'a.shp': shp, 'b.shp': shp }))).rejects.toThrow(/--layer/);
    expect((await readShapefileZip(zipSync({ 'a.shp': shp, 'b.shp': shp }), 'b')).features).toHaveLength(1);
    const prj = enc.encode('PROJCS["Indian_1960_UTM_Zone_48N",GEOGCS["GCS_Indian_1960",DATUM["D_Indian_1960",SPHEROID["Everest_Adjustment_1937",6377276.345,300.8017]]]]');
    await expect(readShapefileZip(zipSync({ 'a.shp': shp, 'a.prj': prj }))).rejects.toThrow(/not supported/);
    await expect(readShapefileZip(new Uint8Array([1, 2, 3]))).rejects.toThrow(/zip/);
  });
});
