/**
 * A royal tomb shown by its stele pavilion (Bi Đình): a square pavilion on a stone platform under a
 * double-tiered roof, with arched openings, flanked in front by two obelisk columns (trụ biểu).
 */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { pavilion } from './pavilion.ts';
import { box, frustum, panel, rect } from './solids.ts';

/** Builds a stele pavilion (model frame: facing +z). All sizes are estimates. */
export function stelePavilionModel(): MonumentModel {
  const m = new ModelMesh();
  const plinth = 1.5, w = 13;
  box(m, 0, 0, 18, 18, 0, plinth, PALETTE.stone);
  const top = pavilion(m, {
    cx: 0, cz: 0, w, d: w, y0: plinth, wallH: 5, tiers: 2, roofColor: PALETTE.greyTile, wallColor: PALETTE.plaster,
    overhang: 1.3, upperShare: 0.62, skirtH: 1.8, upperWallH: 0.9, roofH: 3,
  });
  for (const side of [1, -1] as const) {
    panel(m, 'z', side * w / 2, side, -1.6, 1.6, plinth, plinth + 3.6, PALETTE.opening);
    panel(m, 'x', side * w / 2, side, -1.6, 1.6, plinth, plinth + 3.6, PALETTE.opening);
    // Trụ biểu: square columns with a pointed cap, in front of the pavilion.
    box(m, side * 12, 14, 1.4, 1.4, 0, 9, PALETTE.plaster);
    frustum(m, rect(side * 12, 14, 1.8, 1.8), rect(side * 12, 14, 0.01, 0.01), 9, 10.5, PALETTE.plaster, { capBottom: true });
  }
  return {
    form: 'stele-pavilion', mesh: m, heightM: Math.max(top, 10.5), dimensions: 'approximate',
    dimensionsNote: 'a generic stele pavilion (13 m square, ~12 m high) with two 10.5 m obelisks standing for the tomb; not its real layout',
  };
}
