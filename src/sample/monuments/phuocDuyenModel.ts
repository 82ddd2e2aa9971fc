/**
 * Tháp Phước Duyên (Thiên Mụ Pagoda): a seven-storey octagonal brick tower, each storey smaller than
 * the one below with a sloping cornice and niches, on an octagonal platform, topped by a finial.
 */
import { ModelMesh } from './ModelMesh.ts';
import type { MonumentModel } from './MonumentModel.ts';
import { PALETTE } from './palette.ts';
import { frustum, panel, polygon, prism } from './solids.ts';

/** Published: 21.24 m high, seven storeys, octagonal. Radii and storey heights are estimates. */
const STOREYS = 7, HEIGHT_M = 21.24, PLATFORM_M = 0.8, FINIAL_M = 1.2;
const ROT = Math.PI / 8; // a flat face towards +z (and ±x, −z)

/** Builds the Phước Duyên tower (model frame: facing +z). */
export function phuocDuyenModel(): MonumentModel {
  const m = new ModelMesh();
  prism(m, polygon(0, 0, 5.8, 8, ROT), 0, PLATFORM_M, PALETTE.stone);
  const body = HEIGHT_M - PLATFORM_M - FINIAL_M;
  // Storey heights fall by 0.15 m each; scaled so the seven fill the body exactly.
  const raw = Array.from({ length: STOREYS }, (_, i) => 3.2 - 0.15 * i);
  const k = body / raw.reduce((s, h) => s + h, 0);
  let y = PLATFORM_M;
  let r = 3.7;
  for (let i = 0; i < STOREYS; i++) {
    const h = raw[i] * k, next = r - 0.32;
    const cornice = 0.35;
    frustum(m, polygon(0, 0, r, 8, ROT), polygon(0, 0, r - 0.05, 8, ROT), y, y + h - cornice, PALETTE.towerBrick);
    frustum(m, polygon(0, 0, r + 0.45, 8, ROT), polygon(0, 0, Math.max(next, 0.4), 8, ROT), y + h - cornice, y + h, PALETTE.plaster, { capBottom: true, capTop: i === STOREYS - 1 });
    const face = (r - 0.05) * Math.cos(Math.PI / 8);
    const nw = Math.min(0.7, r * 0.22), ny0 = y + 0.35 * h, ny1 = y + h - cornice - 0.3;
    panel(m, 'z', face, 1, -nw, nw, ny0, ny1, PALETTE.opening);
    panel(m, 'z', -face, -1, -nw, nw, ny0, ny1, PALETTE.opening);
    panel(m, 'x', face, 1, -nw, nw, ny0, ny1, PALETTE.opening);
    panel(m, 'x', -face, -1, -nw, nw, ny0, ny1, PALETTE.opening);
    y += h;
    r = next;
  }
  frustum(m, polygon(0, 0, 0.5, 8, ROT), polygon(0, 0, 0.05, 8, ROT), y, y + FINIAL_M, PALETTE.gold, { capTop: true });
  return {
    form: 'phuoc-duyen', mesh: m, heightM: y + FINIAL_M, dimensions: 'published',
    dimensionsNote: '21.24 m, seven octagonal storeys as published; storey radii (3.7 m at the bottom, −0.32 m per storey) and heights approximate',
  };
}
