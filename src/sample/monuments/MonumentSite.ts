/** A monument's place: a point feature of `heritage-monuments` or `citadel-gates`. */

/** One site: feature id, position (degrees, WGS84) and the feature's properties. */
export interface MonumentSite {
  id: string;
  lonDeg: number;
  latDeg: number;
  /** `name_vi`, `name_en`, `kind`, `built`, `wall` (gates), … as in the GeoJSON. */
  properties: Record<string, unknown>;
}
