/**
 * Điện Thái Hòa (Palace of Supreme Harmony): a long lacquered hall on a stone platform under a
 * double-tiered roof of yellow glazed tiles, doors along the front.
 */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { pavilion } from './pavilion.ts';
import { box, panel } from './solids.ts';

/** Published: hall 44 m × 30.5 m, 11.8 m high. */
const LENGTH_M = 44, DEPTH_M = 30.5;

/** Builds the Thái Hòa model (model frame: facing +z). */
export function thaiHoaModel(): MonumentModel {
  const m = new ModelMesh();
  const plinth = 1.2;
  box(m, 0, 1.5, LENGTH_M + 6, DEPTH_M + 9, 0, plinth, PALETTE.stone);
  const top = pavilion(m, {
    cx: 0, cz: 0, w: LENGTH_M, d: DEPTH_M, y0: plinth, wallH: 3.8, tiers: 2, roofColor: PALETTE.yellowTile,
    overhang: 1.5, upperShare: 0.72, skirtH: 2.2, upperWallH: 0.8, roofH: 3.8,
  });
  for (let i = -3; i <= 3; i++) panel(m, 'z', DEPTH_M / 2, 1, i * 5.6 - 1.3, i * 5.6 + 1.3, plinth, plinth + 3.1, PALETTE.opening);
  return {
    form: 'thai-hoa', mesh: m, heightM: top, dimensions: 'published',
    dimensionsNote: 'hall 44 m × 30.5 m × 11.8 m as published; platform, roof split and door layout approximate',
  };
}
