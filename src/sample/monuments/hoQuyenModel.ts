/** Hổ Quyền (Tiger Arena): a round open-air arena wall with a gate house. */
import { ModelMesh, type Vec3 } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { box, hipRoof, panel } from './solids.ts';

/** Published (approximately): 44 m across, walls 5.9 m high; wall thickness and gate house estimated. */
const OUTER_R_M = 22, INNER_R_M = 19, WALL_H_M = 5.9, SEGMENTS = 36;

/** Builds the Hổ Quyền model (model frame: gate facing +z). */
export function hoQuyenModel(): MonumentModel {
  const m = new ModelMesh();
  const at = (r: number, i: number, y: number): Vec3 => {
    const a = (2 * Math.PI * i) / SEGMENTS;
    return [r * Math.sin(a), y, r * Math.cos(a)];
  };
  for (let i = 0; i < SEGMENTS; i++) {
    const a = (2 * Math.PI * (i + 0.5)) / SEGMENTS;
    const out: Vec3 = [Math.sin(a), 0, Math.cos(a)];
    m.face([at(OUTER_R_M, i, 0), at(OUTER_R_M, i + 1, 0), at(OUTER_R_M, i + 1, WALL_H_M), at(OUTER_R_M, i, WALL_H_M)], PALETTE.plaster, out);
    m.face([at(INNER_R_M, i, 0), at(INNER_R_M, i + 1, 0), at(INNER_R_M, i + 1, WALL_H_M), at(INNER_R_M, i, WALL_H_M)], PALETTE.plaster, [-out[0], 0, -out[2]]);
    m.face([at(INNER_R_M, i, WALL_H_M), at(INNER_R_M, i + 1, WALL_H_M), at(OUTER_R_M, i + 1, WALL_H_M), at(OUTER_R_M, i, WALL_H_M)], PALETTE.stone, [0, 1, 0]);
  }
  box(m, 0, OUTER_R_M + 1, 9, 5, 0, 7, PALETTE.plaster);
  hipRoof(m, 0, OUTER_R_M + 1, 10.5, 6.5, 7, 2.2, PALETTE.greyTile);
  panel(m, 'z', OUTER_R_M + 3.5, 1, -1.5, 1.5, 0, 3.5, PALETTE.opening);
  return {
    form: 'ho-quyen', mesh: m, heightM: 9.2, dimensions: 'approximate',
    dimensionsNote: 'about 44 m across with 5.9 m walls (published figures, recalled); 3 m wall thickness and the gate house approximate',
  };
}
