/**
 * The monument-models tileset in memory: one tile per monument (its own ENU `transform`, a region
 * that contains it, geometric error 0) under a content-less root with ADD refinement whose
 * geometric error is the size of the biggest model (what is missing when nothing is drawn).
 */
import { createHash } from 'node:crypto';
import { encodeModelGlb } from '../sample/monuments/encodeModelGlb.ts';
import { modelForSite } from '../sample/monuments/modelForSite.ts';
import type { MonumentSite } from '../sample/monuments/MonumentSite.ts';
import { orientMesh } from '../sample/monuments/orientMesh.ts';
import type { Region, TileJson, TilesetJson } from './tilesetDocument.ts';
import { enuFrameAt, enuToEcefMatrix, metresPerRadian } from './wgs84.ts';

const DEG = Math.PI / 180;
/** Horizontal margin, radians (≈ 0.6 m), and vertical margin, metres, around each model. */
const PAD_RAD = 1e-7, PAD_M = 1;

/** One content file of the tileset. */
export interface MonumentTileFile {
  /** Path relative to tileset.json (`tiles/<site>.<sha1-10>.glb`). */
  uri: string;
  glb: Uint8Array;
  siteId: string;
  /** Model form and height (metres). */
  form: string;
  heightM: number;
}

/** The tileset document and its content files. */
export interface MonumentTilesetFiles {
  tileset: TilesetJson;
  files: MonumentTileFile[];
  /** Sites without a model (e.g. the Citadel point, drawn by its walls layer). */
  skipped: string[];
}

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);

/** Builds every model of `sites` and the tileset.json over them; `version` goes to `asset.tilesetVersion`. */
export function monumentTileset(sites: MonumentSite[], version: string): MonumentTilesetFiles {
  const files: MonumentTileFile[] = [];
  const children: TileJson[] = [];
  const skipped: string[] = [];
  let maxSize = 0;
  for (const site of sites) {
    const placed = modelForSite(site);
    if (!placed) { skipped.push(site.id); continue; }
    const { model } = placed;
    const mesh = orientMesh(model.mesh, placed.facingDeg);
    const p = site.properties;
    const glb = encodeModelGlb(mesh, {
      id: site.id, name_vi: String(p.name_vi ?? ''), name_en: String(p.name_en ?? ''), kind: String(p.kind ?? ''),
      form: model.form, height_m: model.heightM, built: typeof p.built === 'number' ? p.built : undefined,
      dimensions: model.dimensions,
      dimensions_note: `${model.dimensionsNote}${placed.facingApproximate ? '; orientation approximate' : '; faces the Citadel axis (148°)'}`,
      synthetic: true,
    });
    const uri = `tiles/${slug(site.id)}.${createHash('sha1').update(glb).digest('hex').slice(0, 10)}.glb`;
    files.push({ uri, glb, siteId: site.id, form: model.form, heightM: model.heightM });

    // Region: the oriented bounds (glTF x east, y up, z south) in radians around the site.
    let e0 = Infinity, e1 = -Infinity, n0 = Infinity, n1 = -Infinity, u1 = 0;
    for (let i = 0; i < mesh.positions.length; i += 3) {
      e0 = Math.min(e0, mesh.positions[i]); e1 = Math.max(e1, mesh.positions[i]);
      n0 = Math.min(n0, -mesh.positions[i + 2]); n1 = Math.max(n1, -mesh.positions[i + 2]);
      u1 = Math.max(u1, mesh.positions[i + 1]);
    }
    const lon = site.lonDeg * DEG, lat = site.latDeg * DEG;
    const m = metresPerRadian(lat);
    const region: Region = [lon + e0 / m.east - PAD_RAD, lat + n0 / m.north - PAD_RAD, lon + e1 / m.east + PAD_RAD, lat + n1 / m.north + PAD_RAD, -PAD_M, u1 + PAD_M];
    maxSize = Math.max(maxSize, Math.hypot(e1 - e0, n1 - n0), u1);
    children.push({ boundingVolume: { region }, geometricError: 0, transform: enuToEcefMatrix(enuFrameAt(lon, lat, 0)), content: { uri } });
  }
  const regions = children.map((c) => c.boundingVolume.region);
  const rootRegion: Region = regions.length > 0
    ? [Math.min(...regions.map((r) => r[0])), Math.min(...regions.map((r) => r[1])), Math.max(...regions.map((r) => r[2])), Math.max(...regions.map((r) => r[3])), -PAD_M, Math.max(...regions.map((r) => r[5]))]
    : [0, 0, 0, 0, 0, 0];
  const geometricError = Math.ceil(maxSize);
  return {
    tileset: {
      asset: { version: '1.1', generator: 'Huế Twin monument models (src/sample/monuments)', tilesetVersion: version },
      geometricError,
      root: { boundingVolume: { region: rootRegion }, geometricError, refine: 'ADD', ...(children.length ? { children } : {}) },
    },
    files,
    skipped,
  };
}
