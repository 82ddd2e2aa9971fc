/**
 * Zipped Shapefile reader: the .zip holds one .shp with its .dbf, and optionally .prj (CRS,
 * recognised by detectWktCrs) and .cpg (dBASE encoding; default UTF-8). With several .shp files in
 * the zip, `layer` picks one by name.
 */
import { unzipSync } from 'fflate';
import * as shapefile from 'shapefile';
import { detectWktCrs } from '../detectWktCrs.ts';
import { ImportError, type ImportFeature, type ReadResult } from '../ImportFeature.ts';

function encodingOf(cpg: string | undefined): string {
  const value = (cpg ?? '').trim().toLowerCase();
  if (value === '') return 'utf-8';
  if (/^(utf-?8|65001)$/.test(value)) return 'utf-8';
  if (/^\d+$/.test(value)) return `windows-${value}`;
  if (/^(ansi )?1252$/.test(value)) return 'windows-1252';
  return value;
}

/** Reads a zipped shapefile. Throws ImportError when the zip has no (or an ambiguous) .shp. */
export async function readShapefileZip(bytes: Uint8Array, layer?: string): Promise<ReadResult> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ImportError(`not a readable zip file: ${(error as Error).message}`);
  }
  const byLower = new Map(Object.entries(files).filter(([name]) => !name.startsWith('__MACOSX/')).map(([name, data]) => [name.toLowerCase(), { name, data }]));
  let shps = [...byLower.keys()].filter((n) => n.endsWith('.shp'));
  if (layer) shps = shps.filter((n) => n.replace(/^.*\//, '').replace(/\.shp$/, '') === layer.toLowerCase());
  if (shps.length === 0) throw new ImportError(layer ? `the zip has no shapefile named "${layer}.shp"` : 'the zip holds no .shp file (a zipped shapefile needs .shp, .dbf and ideally .prj)');
  if (shps.length > 1) {
    throw new ImportError(`the zip holds ${shps.length} shapefiles (${shps.map((n) => byLower.get(n)!.name).join(', ')}); choose one with --layer NAME`);
  }
  const base = shps[0]!.slice(0, -4);
  const shp = byLower.get(`${base}.shp`)!;
  const dbf = byLower.get(`${base}.dbf`);
  const prj = byLower.get(`${base}.prj`);
  const cpg = byLower.get(`${base}.cpg`);
  const warnings: string[] = [];
  const result: ReadResult = { features: [], warnings, suggestedName: shp.name.replace(/^.*\//, '').replace(/\.shp$/i, '') };
  if (!dbf) warnings.push('no .dbf in the zip: features have no attributes');
  if (prj) {
    const detected = detectWktCrs(new TextDecoder().decode(prj.data));
    if (!detected.crs) throw new ImportError(`.prj: ${detected.problem}`);
    result.crs = detected.crs;
    result.crsSource = `.prj "${detected.name}" → ${detected.crs.curie}`;
  }
  const encoding = encodingOf(cpg ? new TextDecoder().decode(cpg.data) : undefined);
  let source: Awaited<ReturnType<typeof shapefile.open>>;
  try {
    source = await shapefile.open(shp.data, dbf?.data, { encoding });
  } catch (error) {
    throw new ImportError(`cannot read ${shp.name}: ${(error as Error).message}`);
  }
  const features: ImportFeature[] = result.features;
  for (let n = 1; ; n++) {
    let next: { done: boolean; value: GeoJSON.Feature };
    try {
      next = (await source.read()) as { done: boolean; value: GeoJSON.Feature };
    } catch (error) {
      throw new ImportError(`${shp.name}: record ${n} cannot be read: ${(error as Error).message}`);
    }
    if (next.done) break;
    const properties = { ...(next.value.properties ?? {}) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(properties)) if (typeof value === 'string') properties[key] = value.trimEnd();
    const id = properties.id ?? properties.ID;
    const where = `record ${n}`;
    features.push({
      id: id === undefined || id === null || id === '' ? undefined : String(id),
      properties,
      geometry: next.value.geometry,
      where,
      ...(next.value.geometry ? {} : { error: 'record has a null shape' }),
    });
  }
  return result;
}
