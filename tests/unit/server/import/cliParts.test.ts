import { describe, expect, it } from 'vitest';
import { collectionIdFromFileName, chooseFormat } from '../../../../src/server/import/importFile.ts';
import { parseCrsName } from '../../../../src/server/import/parseCrsName.ts';
import { fileToCrs84 } from '../../../../src/server/import/axisOrder.ts';
import { parseImportArgs } from '../../../../src/server/import/parseImportArgs.ts';
import { ProgressPrinter } from '../../../../src/server/import/ProgressPrinter.ts';

describe('import CLI parts', () => {
  it('parses arguments', () => {
    expect(parseImportArgs(['f.geojson', '--collection', 'x', '--crs=EPSG:9214', '--skip-invalid', '--replace', '--layer', 'roads'])).toMatchObject({
      file: 'f.geojson', collection: 'x', crs: 'EPSG:9214', skipInvalid: true, replace: true, layer: 'roads', help: false,
    });
    expect(parseImportArgs(['--help']).help).toBe(true);
    expect(() => parseImportArgs(['--colection', 'x'])).toThrow(/unknown option/);
    expect(() => parseImportArgs(['a', 'b'])).toThrow(/unexpected argument/);
    expect(() => parseImportArgs(['a', '--crs'])).toThrow(/needs a value/);
  });

  it('derives collection ids and formats', () => {
    expect(collectionIdFromFileName('/x/Quận Thuận Hóa đất.geojson')).toBe('quan-thuan-hoa-dat');
    expect(collectionIdFromFileName('hue.osm.pbf')).toBe('hue');
    expect(chooseFormat({ bytes: new Uint8Array(), fileName: 'a.osm.pbf' })).toBe('osmpbf');
    expect(chooseFormat({ bytes: new Uint8Array(), fileName: 'a', contentType: 'text/csv; charset=utf-8' })).toBe('csv');
    expect(chooseFormat({ bytes: new TextEncoder().encode(' {"type":'), fileName: 'upload' })).toBe('geojson');
    expect(chooseFormat({ bytes: new Uint8Array([0x50, 0x4b, 3, 4]), fileName: 'upload' })).toBe('shapefile');
    expect(() => chooseFormat({ bytes: new Uint8Array([1]), fileName: 'a.dwg' })).toThrow(/cannot tell the format/);
    expect(() => chooseFormat({ bytes: new Uint8Array([1]), fileName: 'a', format: 'dxf' })).toThrow(/unknown format/);
  });

  it('parses CRS names and transforms VN-2000 TM-3 107° near the Citadel', () => {
    expect(parseCrsName('9214')?.curie).toBe('EPSG:9214');
    expect(parseCrsName('urn:ogc:def:crs:EPSG:6.6:4326')?.curie).toBe('EPSG:4326');
    expect(parseCrsName('CRS84')?.curie).toBe('OGC:CRS84');
    expect(parseCrsName('EPSG:2154')).toBeUndefined();
    // 561583 E / 1821650 N in EPSG:9214 → lon/lat via EPSG:6960 (value from src/geo/crs: 107.578603873, 16.469798727).
    const [lon, lat] = fileToCrs84(parseCrsName('EPSG:9214')!)!([561583, 1821650]);
    const metres = Math.hypot((lon! - 107.5786) * 111320 * Math.cos((16.4698 * Math.PI) / 180), (lat! - 16.4698) * 110574);
    expect(metres).toBeLessThan(1);
    expect(lon).toBeCloseTo(107.578603873, 8);
    expect(lat).toBeCloseTo(16.469798727, 8);
    // EPSG:4326 in files is lon/lat: no transform at all.
    expect(fileToCrs84(parseCrsName('EPSG:4326')!)).toBeUndefined();
  });

  it('prints throttled progress: plain lines off a TTY, \\r on a TTY', () => {
    let now = 0;
    const out: string[] = [];
    const plain = new ProgressPrinter({ stream: { isTTY: false, write: (t: string) => out.push(t) }, now: () => now });
    plain.update({ phase: 'write', done: 1, total: 10 });
    plain.update({ phase: 'write', done: 2, total: 10 });
    now = 300;
    plain.update({ phase: 'write', done: 3, total: 10 });
    plain.update({ phase: 'write', done: 10, total: 10 });
    expect(out).toEqual(['write    1/10 (10%)\n', 'write    3/10 (30%)\n', 'write    10/10 (100%)\n']);
    const tty: string[] = [];
    const live = new ProgressPrinter({ stream: { isTTY: true, write: (t: string) => tty.push(t) }, now: () => now });
    live.update({ phase: 'read', done: 1, total: 2 });
    live.finish();
    expect(tty[0]!.startsWith('\rread')).toBe(true);
    expect(tty[1]).toBe('\n');
  });
});
