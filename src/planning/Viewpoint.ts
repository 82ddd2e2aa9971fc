/**
 * Registered heritage viewpoints and their protected view cones (data in scenarios/viewpoints.json).
 * A cone is a horizontal sector (bearing ± half-angle, out to a distance) with a protected
 * elevation angle: the line of sight rises from the eye at that angle, and nothing may stand above it.
 */

/** A protected view from a viewpoint. */
export interface ViewCone {
  id: string;
  name?: string;
  /** Direction of the view's axis, degrees clockwise from north. */
  bearingDeg: number;
  /** Half the horizontal opening of the cone, degrees. */
  halfAngleDeg: number;
  /** How far the protection reaches, m. */
  maxDistanceM: number;
  /** Elevation angle of the protected line of sight above the horizontal, degrees. */
  elevationDeg: number;
}

/** A place people look from (ground assumed flat at the same elevation as buildings' bases). */
export interface Viewpoint {
  id: string;
  name: string;
  /** `[lon, lat]` degrees. */
  position: [number, number];
  /** Eye height above the ground the buildings stand on, m (e.g. a tower platform + 1.6 m). */
  eyeHeightM: number;
  cones: ViewCone[];
}
