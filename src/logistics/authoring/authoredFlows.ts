/**
 * Synthetic monthly freight flows between facilities (seeded, so the file is reproducible): typical
 * export chains of Huế — garments and wood chips to Chân Mây, seafood and electronics by air, cement
 * and rice by rail. Volumes are invented for the sample, not statistics.
 */
import { createRandom } from '../../sample/random.ts';

/** One flow record. */
export interface AuthoredFlow {
  id: string;
  from: string;
  to: string;
  commodity: string;
  commodity_vi: string;
  /** `YYYY-MM`. */
  period: string;
  /** Tonnes in that month. */
  volumeT: number;
}

const LANES: Array<{ from: string; to: string; commodity: string; commodity_vi: string; monthlyT: number }> = [
  { from: 'kcn-phu-bai', to: 'cang-chan-may', commodity: 'garments', commodity_vi: 'Hàng may mặc', monthlyT: 4200 },
  { from: 'kcn-phong-dien', to: 'cang-chan-may', commodity: 'wood-chips', commodity_vi: 'Dăm gỗ', monthlyT: 18000 },
  { from: 'kcn-phong-dien', to: 'ga-van-xa', commodity: 'cement', commodity_vi: 'Xi măng', monthlyT: 9000 },
  { from: 'kcn-la-son', to: 'kho-ngoai-quan-chan-may', commodity: 'seafood', commodity_vi: 'Thủy sản', monthlyT: 1500 },
  { from: 'kkt-chan-may-lang-co', to: 'cang-chan-may', commodity: 'containers', commodity_vi: 'Hàng container', monthlyT: 12000 },
  { from: 'kcn-phu-bai', to: 'san-bay-phu-bai', commodity: 'electronics', commodity_vi: 'Linh kiện điện tử', monthlyT: 120 },
  { from: 'icd-phu-bai', to: 'cang-chan-may', commodity: 'containers', commodity_vi: 'Hàng container', monthlyT: 8000 },
  { from: 'bai-hang-ga-hue', to: 'trung-tam-phan-phoi-huong-so', commodity: 'rice', commodity_vi: 'Gạo', monthlyT: 2500 },
  { from: 'cang-thuan-an', to: 'kho-phu-bai', commodity: 'seafood', commodity_vi: 'Thủy sản', monthlyT: 900 },
  { from: 'kho-phu-bai', to: 'trung-tam-phan-phoi-huong-so', commodity: 'consumer-goods', commodity_vi: 'Hàng tiêu dùng', monthlyT: 1800 },
  { from: 'bai-hang-huong-thuy', to: 'icd-phu-bai', commodity: 'containers', commodity_vi: 'Hàng container', monthlyT: 3000 },
  { from: 'kcn-phu-bai', to: 'hai-quan-thuy-an', commodity: 'garments', commodity_vi: 'Hàng may mặc', monthlyT: 600 },
];

const PERIODS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

/** The flows: every lane in every month of the first half of 2026, volume ±25 % around the lane's mean. */
export function authoredFlows(seed = 7): AuthoredFlow[] {
  const random = createRandom(seed);
  const out: AuthoredFlow[] = [];
  LANES.forEach((lane, li) => {
    PERIODS.forEach((period) => {
      out.push({
        id: `flow-${String(li + 1).padStart(2, '0')}-${period}`,
        from: lane.from,
        to: lane.to,
        commodity: lane.commodity,
        commodity_vi: lane.commodity_vi,
        period,
        volumeT: Math.round(lane.monthlyT * random.range(0.75, 1.25)),
      });
    });
  });
  return out;
}
