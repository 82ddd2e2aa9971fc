/**
 * The engine inputs around a place: every zone and viewpoint (few) plus the baseline buildings and
 * parcels in a box. Evaluating proposals against a context gives the same results as against the
 * whole city, because a building's compliance depends only on its zones, the buildings on its
 * parcel and the view cones (served by `GET /api/planning/context`, used by the browser editor).
 */
import type { PlanningBuilding } from './PlanningBuilding.ts';
import type { PlanningParcel } from './PlanningParcel.ts';
import type { PlanningZone } from './PlanningZone.ts';
import type { Viewpoint } from './Viewpoint.ts';

/** Engine inputs in a box `[minLon, minLat, maxLon, maxLat]` (degrees). */
export interface PlanningContext {
  /** Origin of the engine's metric frame `[lon, lat]` (the server's, so results match exactly). */
  origin: [number, number];
  bbox: [number, number, number, number];
  zones: PlanningZone[];
  viewpoints: Viewpoint[];
  buildings: PlanningBuilding[];
  parcels: PlanningParcel[];
}
