/**
 * VN_AQI categories: Bảng 1 (ranges, names, colours), Bảng 4 (health effects) and Bảng 5 (advice) of
 * Quyết định 1459/QĐ-TCMT (12/11/2019). RGB values as printed in the decision ("0;228;0", …); hex derived
 * from them. English names are ours (the decision is Vietnamese only) and match
 * ../shared/data/vn-aqi-1459/vn_aqi_categories_qd1459_2019.csv, which tests compare against this table.
 */
import { roundAqi } from './rounding.ts';

/** Category level: 1 Tốt … 6 Nguy hại. */
export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Activity advice of Bảng 5 (Vietnamese, verbatim). */
export interface AqiAdvice {
  /** For ordinary people ("những người bình thường"). */
  readonly generalVi: string;
  /** For sensitive groups ("nhóm người nhạy cảm"). */
  readonly sensitiveVi: string;
}

/** One VN_AQI category with its AQI range (integers, inclusive), names and official colour. */
export interface AqiCategory {
  readonly level: AqiLevel;
  /** Lowest integer AQI of the category. */
  readonly min: number;
  /** Highest integer AQI of the category (500 for Nguy hại, which also holds values capped at 500). */
  readonly max: number;
  /** Official Vietnamese name ("Tốt", "Trung bình", "Kém", "Xấu", "Rất xấu", "Nguy hại"). */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** Vietnamese colour name of Bảng 1 ("Xanh", "Vàng", …). */
  readonly colorNameVi: string;
  /** Official colour as a CSS hex string, e.g. "#00E400". */
  readonly color: string;
  /** Official colour as printed in Bảng 1: [r, g, b], 0–255. */
  readonly rgb: readonly [number, number, number];
  /** Health effect of Bảng 4 (Vietnamese, verbatim). */
  readonly healthVi: string;
  /** Activity advice of Bảng 5. */
  readonly advice?: AqiAdvice;
}

const STAY_INSIDE =
  'Mọi người nên ở trong nhà, đóng cửa ra vào và cửa sổ. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.';

/** The six categories of Bảng 1 (QĐ 1459/QĐ-TCMT, 2019), level 1 first. */
export const VN_AQI_CATEGORIES: readonly AqiCategory[] = [
  {
    level: 1, min: 0, max: 50, nameVi: 'Tốt', nameEn: 'Good', colorNameVi: 'Xanh', color: '#00E400', rgb: [0, 228, 0],
    healthVi: 'Chất lượng không khí tốt, không ảnh hưởng tới sức khỏe',
    advice: {
      generalVi: 'Tự do thực hiện các hoạt động ngoài trời',
      sensitiveVi: 'Tự do thực hiện các hoạt động ngoài trời',
    },
  },
  {
    level: 2, min: 51, max: 100, nameVi: 'Trung bình', nameEn: 'Moderate', colorNameVi: 'Vàng', color: '#FFFF00', rgb: [255, 255, 0],
    healthVi:
      'Chất lượng không khí ở mức chấp nhận được. Tuy nhiên, đối với những người nhạy cảm (người già, trẻ em, người mắc các bệnh hô hấp, tim mạch…) có thể chịu những tác động nhất định tới sức khỏe.',
    advice: {
      generalVi: 'Tự do thực hiện các hoạt động ngoài trời',
      sensitiveVi: 'Nên theo dõi các triệu chứng như ho hoặc khó thở, nhưng vẫn có thể hoạt động bên ngoài.',
    },
  },
  {
    level: 3, min: 101, max: 150, nameVi: 'Kém', nameEn: 'Poor', colorNameVi: 'Da cam', color: '#FF7E00', rgb: [255, 126, 0],
    healthVi: 'Những người nhạy cảm gặp phải các vấn đề về sức khỏe, những người bình thường ít ảnh hưởng.',
    advice: {
      generalVi:
        'Những người thấy có triệu chứng đau mắt, ho hoặc đau họng… nên cân nhắc giảm các hoạt động ngoài trời. Đối với học sinh, có thể hoạt động bên ngoài, nhưng nên giảm bớt việc tập thể dục kéo dài.',
      sensitiveVi:
        'Nên giảm các hoạt động mạnh và giảm thời gian hoạt động ngoài trời. Những người mắc bệnh hen suyễn có thể cần sử dụng thuốc thường xuyên hơn.',
    },
  },
  {
    level: 4, min: 151, max: 200, nameVi: 'Xấu', nameEn: 'Bad', colorNameVi: 'Đỏ', color: '#FF0000', rgb: [255, 0, 0],
    healthVi:
      'Những người bình thường bắt đầu có các ảnh hưởng tới sức khỏe, nhóm người nhạy cảm có thể gặp những vấn đề sức khỏe nghiêm trọng hơn.',
    advice: {
      generalVi:
        'Mọi người nên giảm các hoạt động mạnh khi ở ngoài trời, tránh tập thể dục kéo dài và nghỉ ngơi nhiều hơn trong nhà.',
      sensitiveVi:
        'Nên ở trong nhà và giảm hoạt động mạnh. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.',
    },
  },
  {
    level: 5, min: 201, max: 300, nameVi: 'Rất xấu', nameEn: 'Very bad', colorNameVi: 'Tím', color: '#8F3F97', rgb: [143, 63, 151],
    healthVi: 'Cảnh báo hưởng tới sức khỏe: mọi người bị ảnh hưởng tới sức khỏe nghiêm trọng hơn.',
    advice: {
      generalVi:
        'Mọi người hạn chế tối đa các hoạt động ngoài trời và chuyển tất cả các hoạt động vào trong nhà. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.',
      sensitiveVi: 'Nên ở trong nhà và giảm hoạt động mạnh.',
    },
  },
  {
    level: 6, min: 301, max: 500, nameVi: 'Nguy hại', nameEn: 'Hazardous', colorNameVi: 'Nâu', color: '#7E0023', rgb: [126, 0, 35],
    healthVi: 'Cảnh báo khẩn cấp về sức khỏe: Toàn bộ dân số bị ảnh hưởng tới sức khỏe tới mức nghiêm trọng.',
    advice: { generalVi: STAY_INSIDE, sensitiveVi: STAY_INSIDE },
  },
];

/**
 * The category of an AQI value (unitless index). Non-integers are first rounded half up, as the decision
 * rounds AQI to an integer; values above 500 fall in Nguy hại.
 * @throws RangeError for a negative, NaN or infinite AQI (a programmer error: AQI values come from this module).
 */
export function aqiCategory(aqi: number): AqiCategory {
  if (typeof aqi !== 'number' || !Number.isFinite(aqi) || aqi < 0) {
    throw new RangeError(`aqiCategory: AQI must be a finite number ≥ 0, got ${String(aqi)}`);
  }
  const rounded = roundAqi(aqi);
  for (const c of VN_AQI_CATEGORIES) if (rounded <= c.max) return c;
  return VN_AQI_CATEGORIES[VN_AQI_CATEGORIES.length - 1]!;
}
