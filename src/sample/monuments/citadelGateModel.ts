/** A Kinh Thành gate: a masonry gate block through the wall with an arched passage, and a watch pavilion (vọng lâu) on top. */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { pavilion } from './pavilion.ts';
import { batteredBlock, panel } from './solids.ts';

/** Wall height ~6.6 m (published); gate block and pavilion sizes are estimates. */
const BLOCK_W_M = 24, BLOCK_D_M = 20, BLOCK_H_M = 6.6;

/** Builds a citadel gate (model frame: facing +z, out of the Citadel; x along the wall). */
export function citadelGateModel(): MonumentModel {
  const m = new ModelMesh();
  batteredBlock(m, 0, 0, BLOCK_W_M, BLOCK_D_M, 0, BLOCK_H_M, 0.4, PALETTE.brick);
  for (const side of [1, -1] as const) panel(m, 'z', side * (BLOCK_D_M / 2 - 0.4), side, -2.2, 2.2, 0, 4.6, PALETTE.opening);
  const top = pavilion(m, { cx: 0, cz: 0, w: 10, d: 7, y0: BLOCK_H_M, wallH: 2.6, tiers: 2, roofColor: PALETTE.greyTile, skirtH: 1.2, upperWallH: 1, roofH: 2.2 });
  return {
    form: 'citadel-gate', mesh: m, heightM: top, dimensions: 'approximate',
    dimensionsNote: 'wall height ~6.6 m as published; gate block 24 m × 20 m and the two-tier pavilion (~14 m overall) approximate',
  };
}
