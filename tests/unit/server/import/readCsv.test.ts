import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCoordinateColumns, normaliseHeader, readCsv } from '../../../../src/server/import/readers/readCsv.ts';

const shared = (file: string) => readFileSync(new URL(`../../../../../shared/data/${file}`, import.meta.url), 'utf8');

describe('readCsv', () => {
  it('finds coordinate columns by name, Vietnamese ones included', () => {
    expect(normaliseHeader('Kinh độ')).toBe('kinh_do');
    expect(findCoordinateColumns(['ten', 'Kinh độ', 'Vĩ độ'])).toEqual({ x: 1, y: 2 });
    expect(findCoordinateColumns(['name', 'Latitude', 'Longitude'])).toEqual({ x: 2, y: 1 });
    expect(findCoordinateColumns(['X', 'Y', 'z'])).toEqual({ x: 0, y: 1 });
    expect(findCoordinateColumns(['id', 'le_latitude_deg', 'le_longitude_deg', 'he_latitude_deg'])).toEqual({ x: 2, y: 1 });
    expect(findCoordinateColumns(['id', 'WKT'])).toEqual({ wkt: 1 });
    expect(findCoordinateColumns(['a', 'b'])).toBeUndefined();
  });

  it('reads ; delimited text with decimal commas, quotes and line numbers', () => {
    // Header + 3 rows: a quoted name with ; inside, a decimal-comma coordinate, and a bad number on line 4.
    const text = 'ten;kinh_do;vi_do;so\n"Cửa ; Ngọ Môn";107,5786;16,4698;09\nChợ Đông Ba;107.5887;16.4725;2\nX;abc;16.4;3\n';
    const r = readCsv(text);
    expect(r.features[0]).toMatchObject({ properties: { ten: 'Cửa ; Ngọ Môn', so: '09' }, geometry: { type: 'Point', coordinates: [107.5786, 16.4698] }, where: 'line 2' });
    expect(r.features[1]!.properties.so).toBe(2);
    expect(r.features[2]).toMatchObject({ where: 'line 4', error: expect.stringMatching(/kinh_do.*not a number/) });
  });

  it('reads a WKT column', () => {
    const r = readCsv('id,wkt\n1,"POLYGON ((107.57 16.46, 107.58 16.46, 107.58 16.47, 107.57 16.46))"\n2,"POINT Z (1 2 3)"\n3,"CIRCLE (1 2)"\n');
    expect(r.features[0]!.geometry).toMatchObject({ type: 'Polygon' });
    expect(r.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    expect(r.features[2]!.error).toMatch(/unknown geometry type/);
  });

  it('refuses a CSV without coordinates', () => {
    expect(() => readCsv('a,b\n1,2\n')).toThrow(/no coordinate columns/);
  });

  it('reads the real files in ../shared/data', () => {
    // OurAirports runways in the Huế bbox: threshold coordinates in le_/he_ columns.
    const runways = readCsv(shared('ourairports/runways_hue_bbox.csv'));
    expect(runways.features).toHaveLength(3);
    const vvpb = runways.features.find((f) => f.properties.airport_ident === 'VVPB')!;
    expect(vvpb.geometry).toEqual({ type: 'Point', coordinates: [107.69000244140625, 16.40220069885254] });
    expect(vvpb.properties.le_ident).toBe('09');
    // UNESCO WHC record 678 (BOM, long quoted HTML cells, longitude/latitude columns).
    const whc = readCsv(shared('heritage-unesco-whc/whc_678_complex_of_hue_monuments.csv'));
    expect(whc.features).toHaveLength(1);
    expect(whc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [107.57778, 16.46944] });
    expect(whc.features[0]!.properties.name_en).toBe('Complex of Hué Monuments');
  });
});
