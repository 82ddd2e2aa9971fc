/**
 * Authors layers/canals.geojson: the Đông Ba and An Cựu canals (sông Đông Ba, sông An Cựu) as
 * centrelines with a water width. Courses sketched from published descriptions; approximate.
 */
import type { FeatureCollection } from 'geojson';
import type { XY } from '../geo/LocalFrame.ts';
import { lineFeature } from './authoredGeometry.ts';
import { citadelFrame } from './citadelFrame.ts';
import { southAt } from './southFrame.ts';

/** A canal: centreline in metres and water width. */
export interface CanalSpec {
  id: string;
  name_vi: string;
  name_en: string;
  width_m: number;
  points: XY[];
  source: string;
}

/** The canal specs (shared with the building generator). */
export function canalSpecs(): CanalSpec[] {
  const c = citadelFrame();
  return [
    {
      id: 'song-dong-ba', name_vi: 'Sông Đông Ba', name_en: 'Đông Ba canal', width_m: 30,
      points: [c.at(1.1, -0.07), c.at(1.11, 0.25), c.at(1.14, 0.6), c.at(1.2, 1.0), c.at(1.3, 1.25)],
      source: 'approximate: leaves the Perfume River by Đông Ba market and runs north-east outside the Citadel\'s east wall towards Bao Vinh; course sketched, ±100 m',
    },
    {
      id: 'song-an-cuu', name_vi: 'Sông An Cựu (Lợi Nông)', name_en: 'An Cựu canal (Lợi Nông)', width_m: 30,
      points: [[600, 0], [700, 400], [1000, 900], [1645, 1150], [2300, 1600], [2900, 2300], [3300, 3000]].map(([s, t]) => southAt(s!, t!)),
      source: 'approximate: leaves the Perfume River on the south bank upstream of Phú Xuân bridge and runs south-east under Hùng Vương at An Cựu towards Thủy Dương; course sketched, ±150 m',
    },
  ];
}

/** The canals layer (LineStrings with width_m, kind "canal"). */
export function buildCanalsLayer(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: canalSpecs().map((k) =>
      lineFeature(k.id, k.points, { name_vi: k.name_vi, name_en: k.name_en, kind: 'canal', width_m: k.width_m, source: k.source, synthetic: true })),
  };
}
