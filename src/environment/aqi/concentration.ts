/**
 * Reading one concentration input. QĐ 1459/QĐ-TCMT (2019) §2.1a requires data that has passed QA/QC with
 * erroneous values removed; a value that cannot be a concentration (negative, NaN, ±Infinity) is therefore
 * treated as data that was removed, i.e. missing — a data failure, returned as a value. Passing something
 * that is not a number at all is a programmer error and throws.
 */

/**
 * A concentration in µg/m³ if `value` is a usable one, `null` if it is missing (null/undefined) or not a
 * valid measurement (negative, NaN, infinite).
 * @throws TypeError when `value` is neither a number nor null/undefined.
 */
export function readConcentration(value: unknown, name: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') {
    throw new TypeError(`VN_AQI: ${name} must be a number in µg/m³ or null, got ${typeof value}`);
  }
  if (!Number.isFinite(value) || value < 0) return null;
  return value;
}
