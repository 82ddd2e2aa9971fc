/**
 * The logistics facilities of Huế as authored: names, kind, chain stages, approximate positions
 * and their provenance. Capacities and operators are invented for the sample (flagged synthetic);
 * positions are published ones where the reference data has them (OSM HOT export, OurAirports),
 * otherwise placed approximately from published descriptions.
 */
import type { LonLat } from '../geodesy.ts';
import type { ChainStage } from '../ui/chainStages.ts';

/** The chain stages of the logistics plan, in chain order (one list, kept with the stage filter). */
export { CHAIN_STAGES, type ChainStage } from '../ui/chainStages.ts';

/** Facility kinds (the layer's colour property). */
export type FacilityKind = 'seaport' | 'airport' | 'rail_station' | 'freight_yard' | 'industrial_zone' | 'warehouse' | 'icd' | 'customs' | 'inspection';

/** An authored facility before it is written as GeoJSON. */
export interface AuthoredFacility {
  id: string;
  name_vi: string;
  name_en: string;
  kind: FacilityKind;
  stages: ChainStage[];
  /** Approximate position (lon/lat); rail facilities are moved onto the railway by the builder. */
  position: LonLat;
  /** Where the position comes from; contains "approximate" unless it is a published point. */
  positionSource: string;
  /** Whether the position is a published point (then only operator/capacity are synthetic). */
  publishedPosition: boolean;
  capacity: number;
  capacity_unit: string;
  operator: string;
}

const APPROX = 'approximate, placed from published descriptions';

/** The authored facilities. */
export const AUTHORED_FACILITIES: AuthoredFacility[] = [
  { id: 'cang-chan-may', name_vi: 'Cảng Chân Mây', name_en: 'Chân Mây Port', kind: 'seaport', stages: ['port-handling', 'international-transport', 'customs', 'inspection', 'warehousing'], position: [108.0183894, 16.3319507], positionSource: 'OpenStreetMap node 5952715497 "Chân Mây Seaport" (© OpenStreetMap contributors, ODbL, via the HOT export)', publishedPosition: true, capacity: 5_000_000, capacity_unit: 't/year', operator: 'Công ty CP Cảng Chân Mây (synthetic)' },
  { id: 'cang-thuan-an', name_vi: 'Cảng Thuận An', name_en: 'Thuận An Port', kind: 'seaport', stages: ['port-handling', 'international-transport', 'warehousing'], position: [107.632, 16.556], positionSource: `${APPROX} (port at the Thuận An inlet of the Tam Giang lagoon), ±1000 m`, publishedPosition: false, capacity: 800_000, capacity_unit: 't/year', operator: 'Cảng vụ Thuận An (synthetic)' },
  { id: 'san-bay-phu-bai', name_vi: 'Cảng hàng không quốc tế Phú Bài', name_en: 'Phú Bài International Airport', kind: 'airport', stages: ['international-transport', 'customs', 'inspection', 'delivery'], position: [107.703, 16.4015], positionSource: 'airport reference point of VVPB as published by OurAirports (public domain), ±100 m', publishedPosition: true, capacity: 20_000, capacity_unit: 't/year', operator: 'ACV – Cảng hàng không Phú Bài (synthetic capacity)' },
  { id: 'ga-hue', name_vi: 'Ga Huế', name_en: 'Huế railway station', kind: 'rail_station', stages: ['inland-transport', 'delivery'], position: [107.5784, 16.4564], positionSource: 'published coordinates (Wikipedia/Wikidata), ±50 m, moved onto the OpenStreetMap railway', publishedPosition: true, capacity: 300_000, capacity_unit: 't/year', operator: 'Đường sắt Việt Nam (synthetic capacity)' },
  { id: 'bai-hang-ga-hue', name_vi: 'Bãi hàng ga Huế', name_en: 'Huế station freight yard', kind: 'freight_yard', stages: ['inland-transport', 'warehousing'], position: [107.5812, 16.4549], positionSource: `${APPROX} (freight sidings south-east of Huế station), ±300 m`, publishedPosition: false, capacity: 250_000, capacity_unit: 't/year', operator: 'Đường sắt Việt Nam (synthetic)' },
  { id: 'ga-huong-thuy', name_vi: 'Ga Hương Thủy', name_en: 'Hương Thủy station', kind: 'rail_station', stages: ['inland-transport'], position: [107.6735, 16.4105], positionSource: `${APPROX} (station serving Phú Bài), ±500 m`, publishedPosition: false, capacity: 120_000, capacity_unit: 't/year', operator: 'Đường sắt Việt Nam (synthetic)' },
  { id: 'bai-hang-huong-thuy', name_vi: 'Bãi hàng ga Hương Thủy', name_en: 'Hương Thủy freight yard', kind: 'freight_yard', stages: ['inland-transport', 'warehousing'], position: [107.6765, 16.4080], positionSource: `${APPROX}, ±500 m`, publishedPosition: false, capacity: 150_000, capacity_unit: 't/year', operator: 'Đường sắt Việt Nam (synthetic)' },
  { id: 'ga-van-xa', name_vi: 'Ga Văn Xá', name_en: 'Văn Xá station', kind: 'rail_station', stages: ['inland-transport'], position: [107.468, 16.533], positionSource: `${APPROX} (Hương Văn, north-west of Huế), ±1000 m`, publishedPosition: false, capacity: 60_000, capacity_unit: 't/year', operator: 'Đường sắt Việt Nam (synthetic)' },
  { id: 'ga-lang-co', name_vi: 'Ga Lăng Cô', name_en: 'Lăng Cô station', kind: 'rail_station', stages: ['inland-transport', 'delivery'], position: [108.064, 16.236], positionSource: `${APPROX} (Lăng Cô town, north of the Hải Vân pass), ±1000 m`, publishedPosition: false, capacity: 80_000, capacity_unit: 't/year', operator: 'Đường sắt Việt Nam (synthetic)' },
  { id: 'kcn-phu-bai', name_vi: 'Khu công nghiệp Phú Bài', name_en: 'Phú Bài Industrial Zone', kind: 'industrial_zone', stages: ['production', 'packaging-labelling', 'certificate-of-origin', 'warehousing'], position: [107.688, 16.418], positionSource: `${APPROX} (along QL1A north of Phú Bài airport), ±800 m`, publishedPosition: false, capacity: 818, capacity_unit: 'ha', operator: 'Ban Quản lý các KCN Huế (synthetic)' },
  { id: 'kcn-phong-dien', name_vi: 'Khu công nghiệp Phong Điền', name_en: 'Phong Điền Industrial Zone', kind: 'industrial_zone', stages: ['production', 'packaging-labelling', 'certificate-of-origin'], position: [107.395, 16.562], positionSource: `${APPROX} (Phong Điền, beside QL1A), ±1500 m`, publishedPosition: false, capacity: 400, capacity_unit: 'ha', operator: 'Ban Quản lý các KCN Huế (synthetic)' },
  { id: 'kcn-la-son', name_vi: 'Khu công nghiệp La Sơn', name_en: 'La Sơn Industrial Zone', kind: 'industrial_zone', stages: ['production', 'packaging-labelling'], position: [107.762, 16.334], positionSource: `${APPROX} (Phú Lộc, beside QL1A), ±1500 m`, publishedPosition: false, capacity: 200, capacity_unit: 'ha', operator: 'Ban Quản lý các KCN Huế (synthetic)' },
  { id: 'kkt-chan-may-lang-co', name_vi: 'Khu kinh tế Chân Mây – Lăng Cô', name_en: 'Chân Mây–Lăng Cô Economic Zone', kind: 'industrial_zone', stages: ['production', 'packaging-labelling', 'certificate-of-origin', 'warehousing'], position: [107.985, 16.318], positionSource: `${APPROX} (industrial area behind Chân Mây port), ±1500 m`, publishedPosition: false, capacity: 27_108, capacity_unit: 'ha', operator: 'Ban Quản lý Khu kinh tế, công nghiệp Huế (synthetic)' },
  { id: 'kho-ngoai-quan-chan-may', name_vi: 'Kho ngoại quan Chân Mây', name_en: 'Chân Mây bonded warehouse', kind: 'warehouse', stages: ['warehousing', 'customs', 'packaging-labelling'], position: [108.004, 16.326], positionSource: `${APPROX} (port back-up area), ±800 m`, publishedPosition: false, capacity: 40_000, capacity_unit: 'm2', operator: 'Công ty Logistics Chân Mây (synthetic)' },
  { id: 'kho-phu-bai', name_vi: 'Kho hàng Phú Bài', name_en: 'Phú Bài warehouse', kind: 'warehouse', stages: ['warehousing', 'delivery'], position: [107.692, 16.413], positionSource: `${APPROX} (synthetic placement in Phú Bài IZ), ±800 m`, publishedPosition: false, capacity: 25_000, capacity_unit: 'm2', operator: 'Kho vận Phú Bài (synthetic)' },
  { id: 'trung-tam-phan-phoi-huong-so', name_vi: 'Trung tâm phân phối Hương Sơ', name_en: 'Hương Sơ distribution centre', kind: 'warehouse', stages: ['warehousing', 'delivery'], position: [107.566, 16.486], positionSource: `${APPROX} (synthetic placement north of the Citadel by QL1A), ±800 m`, publishedPosition: false, capacity: 15_000, capacity_unit: 'm2', operator: 'Phân phối Huế (synthetic)' },
  { id: 'icd-phu-bai', name_vi: 'Cảng cạn (ICD) Phú Bài', name_en: 'Phú Bài inland container depot (ICD)', kind: 'icd', stages: ['customs', 'warehousing', 'inland-transport'], position: [107.680, 16.402], positionSource: `${APPROX} (planned ICD near Phú Bài; synthetic placement), ±1000 m`, publishedPosition: false, capacity: 50_000, capacity_unit: 'TEU/year', operator: 'ICD Huế (synthetic)' },
  { id: 'hai-quan-chan-may', name_vi: 'Chi cục Hải quan cửa khẩu cảng Chân Mây', name_en: 'Chân Mây port customs branch', kind: 'customs', stages: ['customs', 'certificate-of-origin'], position: [108.012, 16.329], positionSource: `${APPROX} (port gate), ±800 m`, publishedPosition: false, capacity: 400, capacity_unit: 'declarations/day', operator: 'Hải quan Huế (synthetic capacity)' },
  { id: 'hai-quan-thuy-an', name_vi: 'Chi cục Hải quan Thủy An', name_en: 'Thủy An customs branch', kind: 'customs', stages: ['customs', 'certificate-of-origin'], position: [107.612, 16.452], positionSource: `${APPROX} (Thủy An ward, south-east Huế), ±800 m`, publishedPosition: false, capacity: 250, capacity_unit: 'declarations/day', operator: 'Hải quan Huế (synthetic capacity)' },
  { id: 'hai-quan-san-bay-phu-bai', name_vi: 'Hải quan Cảng hàng không Phú Bài', name_en: 'Phú Bài airport customs', kind: 'customs', stages: ['customs'], position: [107.699, 16.404], positionSource: `${APPROX} (airport terminal), ±500 m`, publishedPosition: false, capacity: 120, capacity_unit: 'declarations/day', operator: 'Hải quan Huế (synthetic capacity)' },
  { id: 'kiem-dich-chan-may', name_vi: 'Trạm kiểm dịch thực vật cảng Chân Mây', name_en: 'Chân Mây plant quarantine station', kind: 'inspection', stages: ['inspection'], position: [108.009, 16.334], positionSource: `${APPROX} (port area), ±800 m`, publishedPosition: false, capacity: 60, capacity_unit: 'inspections/day', operator: 'Chi cục Kiểm dịch thực vật vùng II (synthetic)' },
  { id: 'tram-can-ql1a-phu-bai', name_vi: 'Trạm kiểm tra tải trọng xe QL1A Phú Bài', name_en: 'QL1A Phú Bài vehicle weigh station', kind: 'inspection', stages: ['inspection', 'inland-transport'], position: [107.655, 16.427], positionSource: `${APPROX} (synthetic placement on QL1A), ±1000 m`, publishedPosition: false, capacity: 3_000, capacity_unit: 'vehicles/day', operator: 'Cục Đường bộ Việt Nam (synthetic)' },
];
