/** Kỳ Đài (Flag Tower): a three-level battered masonry base and a tall flag mast flying the flag. */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { batteredBlock, box, frustum, panel, polygon } from './solids.ts';

/** Published: base 17.4 m in three levels; mast 29.52 m. Footprints are estimates. */
const LEVELS: { w: number; d: number; h: number }[] = [
  { w: 48, d: 38, h: 5.6 },
  { w: 38, d: 28, h: 5.8 },
  { w: 28, d: 18, h: 6.0 },
];
const MAST_M = 29.52;

/** Builds the Kỳ Đài model (model frame: facing +z). */
export function kyDaiModel(): MonumentModel {
  const m = new ModelMesh();
  let y = 0;
  for (const level of LEVELS) {
    batteredBlock(m, 0, 0, level.w, level.d, y, level.h, 0.5, PALETTE.brick);
    y += level.h;
  }
  panel(m, 'z', LEVELS[0].d / 2 - 0.5, 1, -1.8, 1.8, 0, 3.5, PALETTE.opening);
  box(m, 0, 0, 3, 3, y, 1.2, PALETTE.plaster);
  const mastBase = y + 1.2, mastTop = y + MAST_M;
  frustum(m, polygon(0, 0, 0.7, 12), polygon(0, 0, 0.22, 12), mastBase, mastTop, PALETTE.plaster, { capTop: true });
  // The flag, both sides, with its star.
  const fy0 = mastTop - 6.5, fy1 = mastTop - 0.5;
  for (const side of [1, -1] as const) {
    panel(m, 'z', 0, side, 0.3, 9.3, fy0, fy1, PALETTE.flagRed);
    panel(m, 'z', side * 0.05, side, 3.8, 5.8, fy0 + 2, fy1 - 2, PALETTE.gold);
  }
  return {
    form: 'ky-dai', mesh: m, heightM: mastTop, dimensions: 'published',
    dimensionsNote: 'base 17.4 m in three levels and mast 29.52 m as published; level footprints (48×38, 38×28, 28×18 m) and flag size approximate',
  };
}
