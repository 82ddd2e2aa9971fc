/** Picks the procedural model of a monument site and the bearing it faces. */
import { CITADEL_FACING_DEG, gateFacingDeg } from './citadelAxis.ts';
import { citadelGateModel } from './citadelGateModel.ts';
import { hoQuyenModel } from './hoQuyenModel.ts';
import { kyDaiModel } from './kyDaiModel.ts';
import type { MonumentModel } from './MonumentModel.ts';
import type { MonumentSite } from './MonumentSite.ts';
import { namGiaoModel } from './namGiaoModel.ts';
import { ngoMonModel } from './ngoMonModel.ts';
import { phuocDuyenModel } from './phuocDuyenModel.ts';
import { stelePavilionModel } from './stelePavilionModel.ts';
import { thaiHoaModel } from './thaiHoaModel.ts';

/** A model placed at a site: the model and the bearing its front (+z) faces, degrees from north. */
export interface PlacedModel {
  model: MonumentModel;
  facingDeg: number;
  /** `true` when the facing is an estimate (not the Citadel axis). */
  facingApproximate: boolean;
}

/** Thiên Mụ faces the Perfume River, roughly south-south-east (estimate). */
const THIEN_MU_FACING_DEG = 165;

/**
 * The model for a site, or undefined for sites drawn by other layers (the Citadel itself: its walls
 * are `citadel-walls`). Matches on `name_vi`, then on `kind`.
 */
export function modelForSite(site: MonumentSite): PlacedModel | undefined {
  const name = String(site.properties.name_vi ?? '');
  const kind = String(site.properties.kind ?? '');
  const axis = (model: MonumentModel): PlacedModel => ({ model, facingDeg: CITADEL_FACING_DEG, facingApproximate: false });
  if (name.includes('Ngọ Môn')) return axis(ngoMonModel());
  if (name.includes('Thái Hòa')) return axis(thaiHoaModel());
  if (name.includes('Kỳ Đài')) return axis(kyDaiModel());
  if (name.includes('Nam Giao')) return axis(namGiaoModel());
  if (name.includes('Thiên Mụ')) return { model: phuocDuyenModel(), facingDeg: THIEN_MU_FACING_DEG, facingApproximate: true };
  if (name.includes('Hổ Quyền')) return { model: hoQuyenModel(), facingDeg: CITADEL_FACING_DEG, facingApproximate: true };
  if (kind === 'gate') return { model: citadelGateModel(), facingDeg: gateFacingDeg(site.properties.wall), facingApproximate: site.properties.wall === undefined };
  if (kind === 'tomb') return { model: stelePavilionModel(), facingDeg: CITADEL_FACING_DEG, facingApproximate: true };
  return undefined;
}
