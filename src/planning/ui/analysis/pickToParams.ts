/**
 * What a click in the view does for the active tool: either the URL patch that (re)runs the
 * analysis, or new pending points (the first corner of a sun-hours area, the observer of a line of
 * sight), or a notice. Plain logic, so the rules are testable without a viewer.
 */
import { analysisToParams, SUN_HOURS_MAX_SIDE_M, VIEWSHED_RADIUS, type AnalysisTool, type GeoPoint } from '../../analysis/analysisParams.ts';
import { geodesicDistanceM } from '../../analysis/geodesicDistance.ts';
import { eyeAt } from '../../analysis/runAnalysis.ts';

/** The outcome of one click. */
export interface PickOutcome {
  /** URL patch to apply (runs the analysis). */
  params?: Record<string, string | undefined>;
  /** Points still waiting for more clicks (replaces the pending list). */
  pending: GeoPoint[];
  /** Set when the click was refused (e.g. `tooLarge`). */
  notice?: 'tooLarge';
}

/** Inputs besides the click: what is pending and what the URL already holds. */
export interface PickContext {
  tool: AnalysisTool;
  pending: readonly GeoPoint[];
  /** Points of the current measurement (`m=`), to extend. */
  measured: readonly GeoPoint[];
  /** Viewshed radius, m (default {@link VIEWSHED_RADIUS}.default). */
  radiusM?: number;
  /** Day for sun hours, `YYYY-MM-DD` (Huế). */
  date: string;
}

/** Applies a click at `point` (on the surface) to the tool's state. */
export function pickToParams(point: GeoPoint, c: PickContext): PickOutcome {
  switch (c.tool) {
    case 'viewshed':
      return { params: analysisToParams({ tool: 'viewshed', at: eyeAt(point), radiusM: c.radiusM ?? VIEWSHED_RADIUS.default }), pending: [] };
    case 'los':
      if (c.pending.length === 0) return { pending: [eyeAt(point)] };
      return { params: analysisToParams({ tool: 'los', from: c.pending[0]!, to: eyeAt(point) }), pending: [] };
    case 'sunhours': {
      if (c.pending.length === 0) return { pending: [point] };
      const a = c.pending[0]!;
      const west = Math.min(a.lon, point.lon), east = Math.max(a.lon, point.lon);
      const south = Math.min(a.lat, point.lat), north = Math.max(a.lat, point.lat);
      const width = geodesicDistanceM([west, south], [east, south]), height = geodesicDistanceM([west, south], [west, north]);
      if (width > SUN_HOURS_MAX_SIDE_M || height > SUN_HOURS_MAX_SIDE_M) return { pending: [], notice: 'tooLarge' };
      if (west === east || south === north) return { pending: [] };
      return { params: analysisToParams({ tool: 'sunhours', west, south, east, north, date: c.date }), pending: [] };
    }
    case 'height':
      return { params: analysisToParams({ tool: 'height', points: [point] }), pending: [] };
    case 'distance':
    case 'area':
      return { params: analysisToParams({ tool: c.tool, points: [...c.measured, point] }), pending: [] };
  }
}
