/**
 * Authors layers/streets.geojson: the main streets of both banks, Trường Tiền and Phú Xuân bridges,
 * the North–South railway through the city and the Phú Bài runway. Courses are sketched from
 * published maps and descriptions (approximate, tens of metres); the runway is the OurAirports
 * threshold-to-threshold line of VVPB.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import { bridgeAxis, lineFeature, riverRings } from './authoredGeometry.ts';
import { citadelFrame } from './citadelFrame.ts';
import { LE_LOI_ST, leLoiT, southAt } from './southFrame.ts';

/** Street class and its carriageway width in metres. */
interface StreetSpec {
  id: string;
  name_vi: string;
  name_en: string;
  class: 'primary' | 'secondary' | 'tertiary' | 'bridge' | 'railway' | 'runway';
  width_m: number;
  points: XY[];
  source: string;
  synthetic: boolean;
}

const SKETCH = 'approximate: course sketched from published maps and descriptions, ±30–100 m';

/** Lon/lat list → metres. */
const ll = (pts: [number, number][]): XY[] => pts.map((p) => HUE_FRAME.toXY(p));

/** The street specs (shared with the building generator, which keeps lots clear of them). */
export function streetSpecs(): StreetSpec[] {
  const c = citadelFrame();
  const river = riverRings();
  const st = (pts: [number, number][]): XY[] => pts.map(([s, t]) => southAt(s, t));
  const street = (id: string, vi: string, en: string, cls: StreetSpec['class'], width: number, points: XY[], source = SKETCH): StreetSpec => ({
    id, name_vi: vi, name_en: en, class: cls, width_m: width, points, source, synthetic: true,
  });
  const truongTien = bridgeAxis(HUE_FRAME.toXY([107.5903, 16.4679]), 327, river);
  const phuXuan = bridgeAxis(HUE_FRAME.toXY([107.585, 16.4637]), 330, river);
  return [
    street('le-loi', 'Đường Lê Lợi', 'Lê Lợi Street', 'primary', 24, st(LE_LOI_ST)),
    street('hung-vuong', 'Đường Hùng Vương', 'Hùng Vương Street', 'primary', 24, st([[1645, leLoiT(1645)], [1650, 1200], [1660, 2600]])),
    street('ha-noi', 'Đường Hà Nội', 'Hà Nội Street', 'secondary', 16, st([[1250, leLoiT(1250)], [1270, 700], [1300, 1250]])),
    street('nguyen-hue', 'Đường Nguyễn Huệ', 'Nguyễn Huệ Street', 'secondary', 16, st([[720, leLoiT(720)], [760, 900], [800, 1700]])),
    street('dien-bien-phu', 'Đường Điện Biên Phủ', 'Điện Biên Phủ Street', 'secondary', 16, st([[60, leLoiT(60)], [-250, 900], [-700, 1600]])),
    street('ba-trieu', 'Đường Bà Triệu', 'Bà Triệu Street', 'secondary', 16, st([[1650, 800], [2600, 620], [3500, 450]])),
    street('le-duan', 'Đường Lê Duẩn', 'Lê Duẩn Street', 'primary', 20, ll([[107.5712, 16.4608], [107.5724, 16.46025], [107.5805, 16.4651], [107.586, 16.4684]])),
    street('tran-hung-dao', 'Đường Trần Hưng Đạo', 'Trần Hưng Đạo Street', 'primary', 18, ll([[107.586, 16.4684], [107.5893, 16.4703], [107.5925, 16.4722], [107.5952, 16.4742]])),
    street('kim-long', 'Đường Kim Long', 'Kim Long Street', 'secondary', 12, ll([[107.5675, 16.4601], [107.563, 16.4585], [107.558, 16.4566], [107.553, 16.4548], [107.5475, 16.4535]])),
    street('dinh-tien-hoang', 'Đường Đinh Tiên Hoàng', 'Đinh Tiên Hoàng Street', 'secondary', 14, [c.at(0.665, 0.02), c.at(0.665, 0.98)]),
    street('nguyen-trai', 'Đường Nguyễn Trãi', 'Nguyễn Trãi Street', 'secondary', 12, [c.at(0.02, 0.6), c.at(0.98, 0.6)]),
    street('mai-thuc-loan', 'Đường Mai Thúc Loan', 'Mai Thúc Loan Street', 'tertiary', 10, [c.at(0.665, 0.42), c.at(0.98, 0.42)]),
    street('le-thanh-ton', 'Đường Lê Thánh Tôn', 'Lê Thánh Tôn Street', 'tertiary', 10, [c.at(0.02, 0.8), c.at(0.98, 0.8)]),
    street('ong-ich-khiem', 'Đường Ông Ích Khiêm', 'Ông Ích Khiêm Street', 'tertiary', 10, [c.at(0.25, 0.02), c.at(0.25, 0.98)]),
    street('cau-truong-tien', 'Cầu Trường Tiền', 'Trường Tiền Bridge', 'bridge', 12, truongTien,
      'approximate: axis through the published bridge point (107.5903, 16.4679) at right angles to the authored river, 402 m long in reality'),
    street('cau-phu-xuan', 'Cầu Phú Xuân', 'Phú Xuân Bridge', 'bridge', 14, phuXuan,
      'approximate: upstream of Trường Tiền, joining Lê Lợi/Nguyễn Huệ to Lê Duẩn/Trần Hưng Đạo; placed from published descriptions'),
    street('duong-sat-bac-nam', 'Đường sắt Bắc – Nam (qua Huế)', 'North–South railway (through Huế)', 'railway', 12,
      ll([[107.5379, 16.4906], [107.546, 16.4854], [107.551, 16.4823], [107.5545, 16.4811], [107.5562, 16.4794], [107.5584, 16.4764], [107.561, 16.4728],
        [107.5645, 16.4684], [107.5686, 16.4629], [107.5704, 16.4604], [107.5715, 16.4582], [107.5732, 16.4565], [107.5756, 16.4564], [107.5796, 16.4563],
        [107.581, 16.4554], [107.5831, 16.4541], [107.5852, 16.4536], [107.589, 16.4542], [107.5935, 16.4539], [107.5975, 16.4532], [107.6029, 16.451]]),
      'approximate: a few vertices re-traced by hand along the OpenStreetMap North–South railway (checked against the OSM HOT export in tests); station yard ~40 m wide'),
    {
      id: 'duong-bang-phu-bai', name_vi: 'Đường cất hạ cánh 09/27, Cảng hàng không Phú Bài', name_en: 'Runway 09/27, Phú Bài airport',
      class: 'runway', width_m: 40, points: ll([[107.69, 16.4022], [107.715, 16.4008]]), synthetic: false,
      source: 'OurAirports runways.csv (public domain): VVPB 09/27 thresholds 16.40220,107.69000 – 16.40080,107.71500; 8775 × 130 ft (2675 × 40 m)',
    },
  ];
}

/** The streets layer as a FeatureCollection (LineStrings; bridges have kind "bridge"). */
export function buildStreetsLayer(): FeatureCollection {
  const features: Feature[] = streetSpecs().map((s) =>
    lineFeature(s.id, s.points, {
      name_vi: s.name_vi, name_en: s.name_en, class: s.class, kind: s.class === 'bridge' ? 'bridge' : s.class === 'railway' ? 'railway' : s.class === 'runway' ? 'runway' : 'street',
      width_m: s.width_m, source: s.source, synthetic: s.synthetic,
    }));
  return { type: 'FeatureCollection', features };
}
