/**
 * NowCast for PM2.5 and PM10, QĐ 1459/QĐ-TCMT (2019) §1.3.5 and §2.2.1a:
 * c1…c12 are the 12 most recent 1-hour means (c1 = the current hour); w* = Cmin / Cmax over the 12 values;
 * w = w* if w* > 1/2, else w = 1/2; NowCast = Σ w^(i−1)·ci / Σ w^(i−1); an hour with no value gets weight
 * w^(i−1) = 0; NowCast can only be computed if at least 2 of c1, c2, c3 have data.
 *
 * Ambiguity: for w = 1/2 the decision prints NowCast = (1/2)·c1 + (1/2)²·c2 + … + (1/2)¹²·c12, i.e. without
 * dividing by the weight sum. That equals the general formula times (1 − 2⁻¹²) when all 12 hours are
 * present, but with a missing hour it would drop the result (c1 missing → roughly half the true level),
 * which contradicts the "weight 0 for a missing hour" note. We use the normalised formula for both cases.
 */
import { readConcentration } from './concentration.ts';

/** Number of hourly values NowCast uses. */
export const NOWCAST_HOURS = 12;

/**
 * NowCast concentration in µg/m³ (not rounded; the decision's example prints one decimal) from up to 12
 * hourly means in µg/m³, newest first (index 0 = the current hour). Missing hours are `null`; a shorter
 * array means the older hours are missing. Negative, NaN or infinite values are treated as missing
 * (data removed by QA, §2.1a). Returns `null` when fewer than 2 of the 3 most recent hours have data.
 * @throws RangeError for more than 12 values; TypeError for a non-array or a non-number entry.
 */
export function nowcast(hourlyNewestFirst: readonly (number | null | undefined)[]): number | null {
  if (!Array.isArray(hourlyNewestFirst)) throw new TypeError('nowcast: expected an array of hourly means (µg/m³), newest first');
  if (hourlyNewestFirst.length > NOWCAST_HOURS) {
    throw new RangeError(`nowcast: expected at most ${NOWCAST_HOURS} hourly values, got ${hourlyNewestFirst.length}`);
  }
  const c: (number | null)[] = [];
  for (let i = 0; i < NOWCAST_HOURS; i++) c.push(readConcentration(hourlyNewestFirst[i], `hour ${i + 1}`));

  const recent = c.slice(0, 3).filter((v) => v !== null).length;
  if (recent < 2) return null;

  const present = c.filter((v): v is number => v !== null);
  const cMin = Math.min(...present);
  const cMax = Math.max(...present);
  if (cMax === 0) return 0; // every hour 0 µg/m³: w* = 0/0, but any weighting gives 0.
  const wStar = cMin / cMax;
  const w = wStar > 0.5 ? wStar : 0.5;

  let num = 0;
  let den = 0;
  c.forEach((ci, i) => {
    if (ci === null) return; // weight w^(i−1) = 0 for a missing hour
    const weight = w ** i; // i is 0-based here: w^(i−1) for the decision's 1-based i
    num += weight * ci;
    den += weight;
  });
  return num / den;
}
