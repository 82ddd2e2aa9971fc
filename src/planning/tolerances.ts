/** How far over a limit a measurement must be to count as a violation (absorbs coordinate rounding). */

/** For heights and setbacks, m (sample coordinates are rounded to ~1 cm, so distances carry up to ~2 cm). */
export const LENGTH_TOLERANCE_M = 0.02;

/** For coverage and FAR, absolute (0.002 = 0.2 percentage point). */
export const RATIO_TOLERANCE = 0.002;

/** Height above which a building counts as 'high-rise' for forbidden uses, m (fire-code threshold, assumed). */
export const HIGH_RISE_M = 28;
