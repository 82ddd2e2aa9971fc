/** A land parcel (thửa đất): the site that coverage, FAR and setbacks are measured against. */
import type { MultiPolygon, Polygon } from 'geojson';

/** One parcel; by convention its outer ring's first edge (ring[0]→ring[1]) is the street front. */
export interface PlanningParcel {
  id: string;
  geometry: Polygon | MultiPolygon;
}
