/**
 * Đàn Nam Giao (Esplanade of Sacrifice to the Heaven and Earth): three stacked terraces, two square
 * (the lower grey, the middle painted yellow for Earth) and a round one on top (blue for Heaven).
 */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { polygon, prism, rect } from './solids.ts';

/** Published (approximately): square terraces of 165 m and 83 m, round top 40.5 m across; heights estimated. */
export function namGiaoModel(): MonumentModel {
  const m = new ModelMesh();
  prism(m, rect(0, 0, 165, 165), 0, 1.8, PALETTE.plaster);
  prism(m, rect(0, 0, 83, 83), 1.8, 1.5, PALETTE.gold);
  prism(m, polygon(0, 0, 20.25, 48), 3.3, 1.7, PALETTE.skyBlue);
  return {
    form: 'nam-giao', mesh: m, heightM: 5, dimensions: 'approximate',
    dimensionsNote: 'terraces 165 m and 83 m square and 40.5 m round (published figures, recalled); heights (1.8 + 1.5 + 1.7 m) approximate',
  };
}
