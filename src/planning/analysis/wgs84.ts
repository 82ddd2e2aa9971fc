/** The WGS 84 ellipsoid (EPSG:7030), the surface Cesium draws on and the sample data's datum. */

/** Semi-major axis, m. */
export const WGS84_A = 6_378_137;
/** Flattening. */
export const WGS84_F = 1 / 298.257223563;
/** Semi-minor axis, m. */
export const WGS84_B = WGS84_A * (1 - WGS84_F);
/** First eccentricity squared. */
export const WGS84_E2 = WGS84_F * (2 - WGS84_F);
