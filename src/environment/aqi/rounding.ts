/**
 * Rounding of VN_AQI values. QĐ 1459/QĐ-TCMT (2019) §2.2.1c and §2.2.2c: "Giá trị AQI … được làm tròn
 * thành số nguyên" (rounded to an integer) without naming the rule; its worked examples (42.53 → 43,
 * 44.65 → 45, 109.5 → 110, 65.4 → 65) fit ordinary rounding, half up. One example (NO2 118.7 µg/m³ →
 * 59.35 printed as 60) fits no rule that also fits 65.4 → 65; see docs/vn-aqi.md.
 */

/**
 * Rounds an AQI (unitless, ≥ 0) to an integer, half up. The value is first snapped to 1e-9 so that a
 * float error such as 109.49999999999999 for an exact 109.5 does not round down.
 */
export function roundAqi(aqi: number): number {
  return Math.round(Math.round(aqi * 1e9) / 1e9);
}
