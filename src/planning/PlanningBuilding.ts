/** A building as the compliance engine sees it (baseline or proposal). */
import type { MultiPolygon, Polygon } from 'geojson';

/** What a scenario did to a building; absent for untouched baseline buildings. */
export type ProposalKind = 'new' | 'height-change';

/** One building: footprint in lon/lat degrees, heights in metres. */
export interface PlanningBuilding {
  id: string;
  /** Footprint (Polygon or MultiPolygon, WGS 84 lon/lat). */
  footprint: Polygon | MultiPolygon;
  /** Height above ground to the top, m; when missing, levels × {@link STOREY_HEIGHT_M}. */
  heightM?: number | null;
  /** Storeys above ground. */
  levels?: number | null;
  /** Use, e.g. residential, commercial, public, religious, industrial. */
  use?: string | null;
  /** Parcel the building stands on; looked up by the footprint's centroid when missing. */
  parcelId?: string | null;
  /** Set on buildings a scenario adds or changes. */
  proposal?: ProposalKind;
}
