/**
 * Authors layers/heritage-protection-zones.geojson: protection zones I and II (khu vực bảo vệ I, II —
 * Luật Di sản văn hóa) around the monuments. Zone I is the monument area itself (no new construction);
 * zone II is a buffer where building height and uses are restricted. Shapes are derived from the
 * authored monuments and Citadel outline (buffers of published orders of magnitude); the official
 * zone maps are not openly available, so every zone is approximate.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import { circle, type RingXY } from '../geo/planar.ts';
import { layerFeature, readLayerGeoJson } from '../readLayerGeoJson.ts';
import { polygonFeature } from './authoredGeometry.ts';
import { citadelFrame } from './citadelFrame.ts';

/** Uses forbidden in zone II around the monuments. */
const ZONE_II_FORBIDDEN = ['industrial', 'high-rise', 'billboard', 'fuel-station'];
/** Uses forbidden in zone I (everything new). */
const ZONE_I_FORBIDDEN = ['new-construction', 'residential', 'commercial', 'industrial'];

/** Circular zones around monuments outside the Citadel: [monument id, zone I radius, zone II radius, zone II max height] (m). */
const CIRCLES: [string, number, number, number][] = [
  ['chua-thien-mu', 150, 500, 12],
  ['ho-quyen', 60, 250, 12],
  ['dan-nam-giao', 220, 500, 15],
  ['lang-gia-long', 500, 1200, 9],
  ['lang-minh-mang', 400, 1000, 9],
  ['lang-thieu-tri', 250, 600, 9],
  ['lang-tu-duc', 300, 600, 9],
  ['lang-dong-khanh', 120, 300, 9],
  ['lang-khai-dinh', 200, 500, 9],
];

/** Citadel zone I band (walls and moat): metres outside and inside the wall line. */
export const CITADEL_ZONE_I_OUT_M = 45;
/** See CITADEL_ZONE_I_OUT_M. */
export const CITADEL_ZONE_I_IN_M = 25;
/** Citadel zone II: metres outside the wall line. */
export const CITADEL_ZONE_II_OUT_M = 250;
/** Imperial City zone I: metres around its wall (moat). */
export const IMPERIAL_ZONE_I_M = 20;

function citadelRing(offsetM: number): RingXY {
  const c = citadelFrame();
  const du = offsetM / c.lengthU;
  const dv = offsetM / c.lengthV;
  const ring = [c.at(-du, -dv), c.at(1 + du, -dv), c.at(1 + du, 1 + dv), c.at(-du, 1 + dv)];
  return [...ring, ring[0]!];
}

function imperialRing(offsetM: number): RingXY {
  const ring = (layerFeature('citadel-walls', 'hoang-thanh').geometry as Polygon).coordinates[0]!.map((p) => HUE_FRAME.toXY(p));
  const corners = ring.slice(0, 4);
  const cx = corners.reduce((s, p) => s + p[0], 0) / 4;
  const cy = corners.reduce((s, p) => s + p[1], 0) / 4;
  const out = corners.map(([x, y]): XY => {
    const d = Math.hypot(x - cx, y - cy);
    const k = (d + offsetM * Math.SQRT2) / d;
    return [cx + (x - cx) * k, cy + (y - cy) * k];
  });
  return [...out, out[0]!];
}

/** The protection-zone polygons. */
export function buildProtectionZones(): FeatureCollection {
  const features: Feature[] = [];
  const zone = (id: string, rings: RingXY[], p: { monument: string; vi: string; en: string; zone: 'I' | 'II'; max: number | null; source: string }) =>
    features.push(polygonFeature(id, rings, {
      name_vi: p.vi, name_en: p.en, monument_id: p.monument, zone: p.zone, max_height_m: p.max,
      forbidden_uses: p.zone === 'I' ? ZONE_I_FORBIDDEN : ZONE_II_FORBIDDEN, source: p.source, synthetic: true,
    }));
  const citadelSource = 'approximate: derived from the authored Citadel outline; zone I = walls and moat (45 m outside to 25 m inside the wall line), zone II = 250 m buffer outside and the civilian quarter inside; height limits of the published order (≤ 11 m inside, ≤ 15 m around)';
  zone('bv1-kinh-thanh', [citadelRing(CITADEL_ZONE_I_OUT_M), citadelRing(-CITADEL_ZONE_I_IN_M)], {
    monument: 'kinh-thanh', vi: 'Khu vực bảo vệ I – Tường thành và hào Kinh Thành', en: 'Protection zone I – Citadel walls and moat', zone: 'I', max: null, source: citadelSource });
  zone('bv1-hoang-thanh', [imperialRing(IMPERIAL_ZONE_I_M)], {
    monument: 'kinh-thanh', vi: 'Khu vực bảo vệ I – Hoàng Thành', en: 'Protection zone I – Imperial City', zone: 'I', max: null, source: citadelSource });
  zone('bv2-kinh-thanh-noi', [citadelRing(-CITADEL_ZONE_I_IN_M), imperialRing(IMPERIAL_ZONE_I_M)], {
    monument: 'kinh-thanh', vi: 'Khu vực bảo vệ II – Trong Kinh Thành', en: 'Protection zone II – inside the Citadel', zone: 'II', max: 11, source: citadelSource });
  zone('bv2-kinh-thanh-ngoai', [citadelRing(CITADEL_ZONE_II_OUT_M), citadelRing(CITADEL_ZONE_I_OUT_M)], {
    monument: 'kinh-thanh', vi: 'Khu vực bảo vệ II – Quanh Kinh Thành', en: 'Protection zone II – around the Citadel', zone: 'II', max: 15, source: citadelSource });
  const monuments = readLayerGeoJson('heritage-monuments');
  for (const [id, r1, r2, max] of CIRCLES) {
    const m = monuments.features.find((f) => f.id === id)!;
    const centre = HUE_FRAME.toXY((m.geometry as Point).coordinates);
    const name = { vi: String(m.properties?.name_vi), en: String(m.properties?.name_en) };
    const inner = circle(centre, r1, 32);
    const source = `approximate: circles of ${r1} m (zone I) and ${r2} m (zone II) around the authored monument point (itself ±${String(m.properties?.position_uncertainty_m)} m); official zone maps are not openly available`;
    zone(`bv1-${id}`, [inner], { monument: id, vi: `Khu vực bảo vệ I – ${name.vi}`, en: `Protection zone I – ${name.en}`, zone: 'I', max: null, source });
    zone(`bv2-${id}`, [circle(centre, r2, 32), [...inner].reverse()], { monument: id, vi: `Khu vực bảo vệ II – ${name.vi}`, en: `Protection zone II – ${name.en}`, zone: 'II', max, source });
  }
  return { type: 'FeatureCollection', features };
}
