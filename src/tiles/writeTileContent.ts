/**
 * Turns the buildings of one tile into its content file: extrude each footprint, encode the GLB,
 * write `tiles/<key>.<hash>.glb` and a `.gz` beside it. The file name carries a content hash, so
 * files can be cached forever and a rebuilt tile always has a new URI.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildingRecord, type BuildingRecord } from './BuildingRecord.ts';
import { buildingHeightM } from './buildingHeight.ts';
import { encodeTileGlb } from './encodeTileGlb.ts';
import { extrudeFootprint } from './extrudeFootprint.ts';
import type { Footprint, FootprintError } from './Footprint.ts';
import type { ManifestTile } from './TilesetManifest.ts';
import { TileMesh } from './TileMesh.ts';
import type { EnuFrame } from './wgs84.ts';

/** Result of writing one tile: its manifest entry (undefined when no building could be drawn) and problems. */
export interface TileContentResult {
  tile?: ManifestTile;
  errors: FootprintError[];
}

/** Builds and writes the content of tile `key` from `footprints` into `<dir>/tiles/`. */
export async function writeTileContent(
  dir: string, key: string, footprints: Footprint[], root: EnuFrame, options: { meshopt: boolean },
): Promise<TileContentResult> {
  const mesh = new TileMesh();
  const records: BuildingRecord[] = [];
  const errors: FootprintError[] = [];
  for (const f of footprints) {
    const height = buildingHeightM(f.properties);
    const r = extrudeFootprint(f, height, root, records.length, mesh);
    if (r.ok) records.push(buildingRecord(f.id, f.properties));
    else errors.push({ id: f.id, reason: r.reason });
  }
  if (records.length === 0) return { errors };
  const glb = encodeTileGlb(mesh, records, { meshopt: options.meshopt });
  const gz = gzipSync(glb, { level: 6 });
  const hash = createHash('sha1').update(glb).digest('hex').slice(0, 10);
  const uri = `tiles/${key}.${hash}.glb`;
  await writeFile(path.join(dir, uri), glb);
  await writeFile(path.join(dir, `${uri}.gz`), gz);
  return { tile: { uri, bytes: glb.length, gzipBytes: gz.length, count: records.length }, errors };
}
