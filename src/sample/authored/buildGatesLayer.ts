/**
 * Authors layers/citadel-gates.geojson: the ten gates of the Kinh Thành walls, placed on the authored
 * outline at the walls and rough positions given in published descriptions (approximate, ±150 m).
 * Ngọ Môn (the Imperial City's gate) is in heritage-monuments.
 */
import type { FeatureCollection } from 'geojson';
import { pointFeature } from './authoredGeometry.ts';
import { citadelFrame } from './citadelFrame.ts';

/** Gate name, wall and position along the wall (fractions of the Citadel frame). */
const GATES: [string, string, string, string, number, number][] = [
  ['cua-quang-duc', 'Cửa Quảng Đức', 'Quảng Đức Gate', 'south-east', 0.3, 0],
  ['cua-the-nhon', 'Cửa Thể Nhơn (Cửa Ngăn)', 'Thể Nhơn Gate (Ngăn Gate)', 'south-east', 0.665, 0],
  ['cua-chanh-nam', 'Cửa Chánh Nam (Cửa Nhà Đồ)', 'Chánh Nam Gate (Nhà Đồ Gate)', 'south-east', 0.78, 0],
  ['cua-dong-nam', 'Cửa Đông Nam (Cửa Thượng Tứ)', 'Đông Nam Gate (Thượng Tứ Gate)', 'south-east', 0.92, 0],
  ['cua-chanh-dong', 'Cửa Chánh Đông (Cửa Đông Ba)', 'Chánh Đông Gate (Đông Ba Gate)', 'north-east', 1, 0.42],
  ['cua-dong-bac', 'Cửa Đông Bắc (Cửa Kẻ Trài)', 'Đông Bắc Gate (Kẻ Trài Gate)', 'north-east', 1, 0.75],
  ['cua-chanh-bac', 'Cửa Chánh Bắc (Cửa Hậu)', 'Chánh Bắc Gate (Hậu Gate)', 'north-west', 0.5, 1],
  ['cua-tay-bac', 'Cửa Tây Bắc (Cửa An Hòa)', 'Tây Bắc Gate (An Hòa Gate)', 'north-west', 0.12, 1],
  ['cua-chanh-tay', 'Cửa Chánh Tây', 'Chánh Tây Gate', 'south-west', 0, 0.6],
  ['cua-tay-nam', 'Cửa Tây Nam (Cửa Hữu)', 'Tây Nam Gate (Hữu Gate)', 'south-west', 0, 0.25],
];

/** The gates layer (Points, kind "gate"). */
export function buildGatesLayer(): FeatureCollection {
  const c = citadelFrame();
  return {
    type: 'FeatureCollection',
    features: GATES.map(([id, vi, en, wall, u, v]) =>
      pointFeature(id, c.at(u, v), {
        name_vi: vi, name_en: en, kind: 'gate', wall, built: 1805, dynasty: 'Nguyễn', unesco_ref: '678',
        source: 'approximate: placed on the authored Citadel outline at the wall and rough position given in published descriptions (UNESCO nomination, Wikipedia); ±150 m',
        synthetic: true,
      })),
  };
}
