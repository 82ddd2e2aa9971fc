/**
 * Measurements from picked points: horizontal geodesic length of a polyline, area and perimeter of
 * a polygon on the WGS 84 ellipsoid, and the height of a point above the ground.
 */
import type { AnalysisState, GeoPoint } from './analysisParams.ts';
import { polygonAreaM2 } from './ellipsoidArea.ts';
import { polylineLengthM, type LonLat } from './geodesicDistance.ts';

/** A measurement's result, m and m². */
export interface MeasurementOutput {
  kind: 'distance' | 'area' | 'height';
  points: GeoPoint[];
  /** Polyline length (distance) or perimeter (area), m; 0 for height. */
  lengthM: number;
  /** Area, m² (area with ≥ 3 points; else 0). */
  areaM2: number;
  /** Height of the (first) point above the ground, m (height). */
  heightM: number;
}

/** A measurement state (`tool` distance, area or height). */
export type MeasurementState = Extract<AnalysisState, { tool: 'distance' | 'area' | 'height' }>;

/** Measures `state`'s points. */
export function measure(state: MeasurementState): MeasurementOutput {
  const lonLats: LonLat[] = state.points.map((p) => [p.lon, p.lat]);
  const closed = state.tool === 'area' && lonLats.length >= 3 ? [...lonLats, lonLats[0]!] : lonLats;
  return {
    kind: state.tool,
    points: state.points,
    lengthM: state.tool === 'height' ? 0 : polylineLengthM(closed),
    areaM2: state.tool === 'area' && lonLats.length >= 3 ? polygonAreaM2([lonLats]) : 0,
    heightM: state.tool === 'height' && state.points[0] ? state.points[0].h : 0,
  };
}
