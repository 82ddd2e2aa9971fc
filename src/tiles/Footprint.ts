/** A building footprint as read from the database, before extrusion. */

/** One polygon: outer ring then holes; each ring a list of [longitude, latitude] in degrees (EPSG:4326). */
export type PolygonRings = number[][][];

/** A footprint: the feature id, its polygon(s) and its properties (id, use, levels, height_m, …). */
export interface Footprint {
  /** Feature id in its collection. */
  id: string;
  /** Polygons of the footprint (a MultiPolygon has several). */
  polygons: PolygonRings[];
  /** Feature properties as stored. */
  properties: Record<string, unknown>;
}

/** A footprint that could not be used, with the reason (shown to the user). */
export interface FootprintError {
  /** Feature id. */
  id: string;
  /** Human reason, e.g. "ring with fewer than 3 distinct points". */
  reason: string;
}
