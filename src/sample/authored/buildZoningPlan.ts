/**
 * Authors layers/zoning-plan.geojson: a zoning plan (quy hoạch sử dụng đất, simplified) over the
 * built-up areas: one polygon per planning zone with its land-use code (Vietnamese land-use codes,
 * Thông tư 08/2024/TT-BTNMT), max height, max building coverage, max FAR and setbacks. Zone outlines
 * follow the authored Citadel, river and streets; the values are plausible for Huế (low-rise in and
 * around the Citadel, taller along the south bank's boulevards), not the official plan.
 * `block_bearing_deg` gives the street-grid orientation the building generator lays blocks along.
 */
import type { FeatureCollection } from 'geojson';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import type { RingXY } from '../geo/planar.ts';
import { polygonFeature } from './authoredGeometry.ts';
import { citadelFrame } from './citadelFrame.ts';
import { leLoiT, SOUTH_FRAME_BEARING_DEG, southAt } from './southFrame.ts';

/** Land-use codes used by the plan and the parcels, with Vietnamese and English names. */
export const LAND_USE_CODES: Record<string, { vi: string; en: string }> = {
  ODT: { vi: 'Đất ở tại đô thị', en: 'Urban residential land' },
  ONT: { vi: 'Đất ở tại nông thôn', en: 'Rural residential land' },
  TMD: { vi: 'Đất thương mại, dịch vụ', en: 'Commercial and services land' },
  SKC: { vi: 'Đất cơ sở sản xuất phi nông nghiệp', en: 'Non-agricultural production (industrial) land' },
  DGT: { vi: 'Đất giao thông', en: 'Transport land' },
  DVH: { vi: 'Đất xây dựng cơ sở văn hóa', en: 'Cultural facilities land' },
  DGD: { vi: 'Đất xây dựng cơ sở giáo dục và đào tạo', en: 'Education land' },
  DYT: { vi: 'Đất xây dựng cơ sở y tế', en: 'Health care land' },
  TSC: { vi: 'Đất xây dựng trụ sở cơ quan', en: 'Government offices land' },
  TON: { vi: 'Đất tôn giáo', en: 'Religious land' },
  DDT: { vi: 'Đất có di tích lịch sử – văn hóa', en: 'Historic and cultural monument land' },
  DKV: { vi: 'Đất khu vui chơi, giải trí công cộng', en: 'Public parks and squares' },
  CQP: { vi: 'Đất quốc phòng', en: 'Defence land' },
  CLN: { vi: 'Đất trồng cây lâu năm', en: 'Perennial crop land (gardens)' },
};

/** Planning parameters of one zone. */
export interface ZoneRules {
  code: string;
  max_height_m: number;
  max_levels: number;
  max_coverage: number;
  max_far: number;
  setback_front_m: number;
  setback_side_m: number;
}

type Rules = Omit<ZoneRules, 'code'>;
const CORE: Rules = { max_height_m: 12, max_levels: 3, max_coverage: 0.7, max_far: 2.1, setback_front_m: 3, setback_side_m: 0 };
const URBAN: Rules = { max_height_m: 22, max_levels: 6, max_coverage: 0.8, max_far: 4, setback_front_m: 0, setback_side_m: 0 };
const GARDEN: Rules = { max_height_m: 12, max_levels: 3, max_coverage: 0.4, max_far: 1.2, setback_front_m: 5, setback_side_m: 2 };
const BOULEVARD: Rules = { max_height_m: 70, max_levels: 20, max_coverage: 0.6, max_far: 8, setback_front_m: 6, setback_side_m: 3 };
const TOWERS: Rules = { max_height_m: 85, max_levels: 25, max_coverage: 0.6, max_far: 9, setback_front_m: 6, setback_side_m: 3 };
const NEAR_CITADEL: Rules = { max_height_m: 15, max_levels: 4, max_coverage: 0.8, max_far: 3, setback_front_m: 0, setback_side_m: 0 };
const INDUSTRIAL: Rules = { max_height_m: 20, max_levels: 3, max_coverage: 0.6, max_far: 1.5, setback_front_m: 10, setback_side_m: 5 };
const OPEN: Rules = { max_height_m: 0, max_levels: 0, max_coverage: 0.05, max_far: 0.05, setback_front_m: 10, setback_side_m: 10 };

interface ZoneSpec {
  id: string;
  vi: string;
  en: string;
  code: string;
  rules: Rules;
  bearing: number;
  ring: XY[];
}

const close = (pts: XY[]): RingXY => [...pts, pts[0]!];

/** The zone specs, outlines in metres. */
export function zoneSpecs(): ZoneSpec[] {
  const c = citadelFrame();
  const cb = (Math.atan2(c.u[0], c.u[1]) * 180) / Math.PI;
  const box = (u0: number, u1: number, v0: number, v1: number): XY[] => [c.at(u0, v0), c.at(u1, v0), c.at(u1, v1), c.at(u0, v1)];
  const iu = 30 / c.lengthU;
  const iv = 30 / c.lengthV;
  const gu = 35 / c.lengthU;
  const gv = 35 / c.lengthV;
  const [icU0, icU1, icV0, icV1] = [0.349, 0.635, 0.089, 0.351];
  const ou = 50 / c.lengthU;
  const ov = 50 / c.lengthV;
  /** A south-bank band from s0 to s1 between Lê Lợi + top and t = bottom (or Lê Lợi + bottom). */
  const band = (s0: number, s1: number, top: number, bottom: number, bottomFromLeLoi: boolean): XY[] => {
    const steps = [s0, ...[34, 468, 901, 1303, 1677, 2034, 2381, 2815].filter((s) => s > s0 && s < s1), s1];
    const upper = steps.map((s) => southAt(s, leLoiT(s) + top));
    const lower = [...steps].reverse().map((s) => southAt(s, bottomFromLeLoi ? leLoiT(s) + bottom : bottom));
    return [...upper, ...lower];
  };
  const rect = (s0: number, s1: number, t0: number, t1: number): XY[] => [southAt(s0, t0), southAt(s1, t0), southAt(s1, t1), southAt(s0, t1)];
  const ll = (pts: [number, number][]): XY[] => pts.map((p) => HUE_FRAME.toXY(p));
  const sb = SOUTH_FRAME_BEARING_DEG;
  return [
    { id: 'qh-kt-tay-nam', vi: 'Kinh Thành – khu dân cư Tây Nam', en: 'Citadel – south-west quarter', code: 'ODT', rules: CORE, bearing: cb, ring: box(iu, icU0 - gu, iv, icV1 + gv) },
    { id: 'qh-kt-ngo-mon', vi: 'Kinh Thành – quảng trường Ngọ Môn', en: 'Citadel – Ngọ Môn square', code: 'DKV', rules: OPEN, bearing: cb, ring: box(icU0 - gu, icU1 + gu, iv, icV0 - gv) },
    { id: 'qh-kt-dong', vi: 'Kinh Thành – khu dân cư phía Đông', en: 'Citadel – east quarter', code: 'ODT', rules: CORE, bearing: cb, ring: box(icU1 + gu, 1 - iu, iv, icV1 + gv) },
    { id: 'qh-kt-tay-bac', vi: 'Kinh Thành – khu dân cư Tây Bắc', en: 'Citadel – north-west quarter', code: 'ODT', rules: CORE, bearing: cb, ring: box(iu, 0.5, icV1 + gv, 1 - iv) },
    { id: 'qh-kt-bac', vi: 'Kinh Thành – khu dân cư phía Bắc', en: 'Citadel – north quarter', code: 'ODT', rules: CORE, bearing: cb, ring: box(0.5, 0.8, icV1 + gv, 1 - iv) },
    { id: 'qh-kt-dong-bac', vi: 'Kinh Thành – khu dân cư Đông Bắc', en: 'Citadel – north-east quarter', code: 'ODT', rules: CORE, bearing: cb, ring: box(0.8, 1 - iu, icV1 + gv, 0.8) },
    { id: 'qh-kt-mang-ca', vi: 'Kinh Thành – Mang Cá (quốc phòng)', en: 'Citadel – Mang Cá (defence)', code: 'CQP', rules: OPEN, bearing: cb, ring: box(0.8, 1 - iu, 0.8, 1 - iv) },
    { id: 'qh-dong-ba', vi: 'Đông Ba – chợ và phố thương mại', en: 'Đông Ba – market and shopping streets', code: 'TMD', rules: NEAR_CITADEL, bearing: cb, ring: box(1 + ou, 1.33, 0.02, 0.42) },
    { id: 'qh-gia-hoi', vi: 'Gia Hội – phố cổ', en: 'Gia Hội – old quarter', code: 'ODT', rules: NEAR_CITADEL, bearing: cb, ring: box(1 + ou, 1.33, 0.42, 0.95) },
    { id: 'qh-an-hoa', vi: 'An Hòa – khu dân cư', en: 'An Hòa – residential', code: 'ODT', rules: NEAR_CITADEL, bearing: cb, ring: box(0.05, 0.95, 1 + ov, 1.25) },
    { id: 'qh-kim-long', vi: 'Kim Long – nhà vườn', en: 'Kim Long – garden houses', code: 'ODT', rules: GARDEN, bearing: 71,
      ring: ll([[107.548, 16.454], [107.566, 16.4601], [107.5655, 16.465], [107.56, 16.4715], [107.548, 16.466]]) },
    { id: 'qh-ga-hue', vi: 'Ga Huế', en: 'Huế station', code: 'DGT', rules: OPEN, bearing: sb, ring: band(-400, -100, 20, 400, false) },
    { id: 'qh-le-loi-tay', vi: 'Trục Lê Lợi – đoạn ga Huế', en: 'Lê Lợi axis – station end', code: 'TMD', rules: NEAR_CITADEL, bearing: sb, ring: band(-100, 450, 20, 170, true) },
    { id: 'qh-le-loi', vi: 'Trục Lê Lợi – thương mại, dịch vụ', en: 'Lê Lợi boulevard – commerce and services', code: 'TMD', rules: BOULEVARD, bearing: sb, ring: band(450, 1495, 20, 170, true) },
    { id: 'qh-hung-vuong', vi: 'Trục Hùng Vương – thương mại, cao tầng', en: 'Hùng Vương axis – commercial high-rise', code: 'TMD', rules: TOWERS, bearing: sb, ring: band(1495, 1795, 20, 2400, false) },
    { id: 'qh-le-loi-dong', vi: 'Trục Lê Lợi – đoạn Đập Đá', en: 'Lê Lợi boulevard – Đập Đá end', code: 'TMD', rules: BOULEVARD, bearing: sb, ring: band(1795, 3000, 20, 170, true) },
    { id: 'qh-vinh-ninh', vi: 'Vĩnh Ninh – Phú Nhuận', en: 'Vĩnh Ninh – Phú Nhuận', code: 'ODT', rules: URBAN, bearing: sb, ring: band(-100, 1495, 170, 900, false) },
    { id: 'qh-phu-hoi', vi: 'Phú Hội', en: 'Phú Hội', code: 'ODT', rules: URBAN, bearing: sb, ring: band(1795, 3000, 170, 900, false) },
    { id: 'qh-phuoc-vinh', vi: 'Phước Vĩnh', en: 'Phước Vĩnh', code: 'ODT', rules: URBAN, bearing: sb, ring: rect(-100, 1495, 900, 1700) },
    { id: 'qh-an-cuu', vi: 'An Cựu', en: 'An Cựu', code: 'ODT', rules: URBAN, bearing: sb, ring: rect(1795, 3000, 900, 1700) },
    { id: 'qh-xuan-phu', vi: 'Trường An – Xuân Phú', en: 'Trường An – Xuân Phú', code: 'ODT', rules: URBAN, bearing: sb, ring: rect(-100, 1495, 1700, 2400) },
    { id: 'qh-an-dong', vi: 'An Đông', en: 'An Đông', code: 'ODT', rules: URBAN, bearing: sb, ring: rect(1795, 3000, 1700, 2400) },
    { id: 'qh-vy-da', vi: 'Vỹ Dạ', en: 'Vỹ Dạ', code: 'ODT', rules: GARDEN, bearing: sb,
      ring: [southAt(3000, leLoiT(3000) + 20), southAt(3183, leLoiT(3183) + 20), southAt(3540, -410), southAt(3900, -410), southAt(3900, 2400), southAt(3000, 2400)] },
    { id: 'qh-ccn-thuy-duong', vi: 'Cụm công nghiệp phía Đông Nam', en: 'South-east industrial cluster', code: 'SKC', rules: INDUSTRIAL, bearing: sb, ring: rect(3000, 3900, 2400, 3000) },
    { id: 'qh-kcn-phu-bai', vi: 'Khu công nghiệp Phú Bài', en: 'Phú Bài industrial park', code: 'SKC', rules: INDUSTRIAL, bearing: 93,
      ring: ll([[107.69, 16.409], [107.712, 16.409], [107.712, 16.421], [107.69, 16.421]]) },
    { id: 'qh-san-bay-phu-bai', vi: 'Cảng hàng không Phú Bài', en: 'Phú Bài airport', code: 'DGT', rules: OPEN, bearing: 93,
      ring: ll([[107.687, 16.398], [107.718, 16.398], [107.718, 16.406], [107.687, 16.406]]) },
  ].map((z) => ({ ...z, ring: close(z.ring) }));
}

/** The zoning-plan layer (Polygons). */
export function buildZoningPlan(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: zoneSpecs().map((z) =>
      polygonFeature(z.id, [z.ring], {
        name_vi: z.vi, name_en: z.en, code: z.code, code_name_vi: LAND_USE_CODES[z.code]!.vi, code_name_en: LAND_USE_CODES[z.code]!.en,
        ...z.rules, block_bearing_deg: Math.round(z.bearing * 10) / 10,
        source: 'approximate: plausible planning values for Huế (not the official plan); outline derived from the authored Citadel, river and streets',
        synthetic: true,
      })),
  };
}
