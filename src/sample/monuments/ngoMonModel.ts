/**
 * Ngọ Môn (Meridian Gate): a U-shaped masonry base (the arms reach forward) pierced by the royal
 * gate and its side gates, carrying Lầu Ngũ Phụng (Five Phoenix pavilion): a double-tiered central
 * hall with yellow tiles, two side halls and two wing pavilions with green tiles.
 */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { pavilion } from './pavilion.ts';
import { box, panel } from './solids.ts';

/** Published: base 57.77 m long, 27.06 m deep, ~5 m high; ~17 m overall. */
const LENGTH_M = 57.8, DEPTH_M = 27.1, BASE_H_M = 5;

/** Builds the Ngọ Môn model (model frame: facing +z). */
export function ngoMonModel(): MonumentModel {
  const m = new ModelMesh();
  const half = LENGTH_M / 2, back = DEPTH_M / 2, wingW = 11;
  // Base: the central block (behind z = 0) and two arms reaching forward.
  box(m, 0, -back / 2, LENGTH_M, back, 0, BASE_H_M, PALETTE.brick);
  for (const s of [-1, 1]) box(m, s * (half - wingW / 2), back / 2, wingW, back, 0, BASE_H_M, PALETTE.brick);
  // Gates: the royal gate in the middle, two side gates, and the Tả/Hữu giáp môn in the arms.
  panel(m, 'z', 0, 1, -2, 2, 0, 4, PALETTE.opening);
  for (const s of [-1, 1]) panel(m, 'z', 0, 1, s * 5.5 - 1.4, s * 5.5 + 1.4, 0, 3.4, PALETTE.opening);
  panel(m, 'z', -back, -1, -2, 2, 0, 4, PALETTE.opening);
  for (const s of [-1, 1]) panel(m, 'x', s * (half - wingW), s === -1 ? 1 : -1, 5, 8, 0, 3, PALETTE.opening);
  // Lầu Ngũ Phụng.
  const top = pavilion(m, { cx: 0, cz: -back / 2, w: 14, d: 11, y0: BASE_H_M, wallH: 4, tiers: 2, roofColor: PALETTE.yellowTile, skirtH: 2, upperWallH: 2.5, roofH: 3.5 });
  for (const s of [-1, 1]) {
    pavilion(m, { cx: s * 15.5, cz: -back / 2, w: 13, d: 9, y0: BASE_H_M, wallH: 3.5, tiers: 1, roofColor: PALETTE.greenTile, roofH: 3.5 });
    pavilion(m, { cx: s * (half - wingW / 2), cz: back / 2, w: 8, d: 10, y0: BASE_H_M, wallH: 3.2, tiers: 2, roofColor: PALETTE.greenTile, skirtH: 1.4, upperWallH: 1, roofH: 2.6 });
  }
  return {
    form: 'ngo-mon', mesh: m, heightM: top, dimensions: 'published',
    dimensionsNote: 'U-shaped base 57.8 m × 27.1 m × ~5 m and ~17 m overall as published; pavilion layout, roof heights and gate sizes approximate',
  };
}
