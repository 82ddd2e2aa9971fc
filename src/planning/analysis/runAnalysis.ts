/**
 * Runs one building-dependent analysis (line of sight, viewshed, sun hours) on building features
 * and returns what the 3D view draws, in lon/lat: plain data that crosses a worker boundary.
 */
import type { Feature } from 'geojson';
import { LocalProjection } from '../geometry/LocalProjection.ts';
import { EYE_HEIGHT_M, type AnalysisState, type GeoPoint } from './analysisParams.ts';
import { HeightRaster } from './HeightRaster.ts';
import { parseHueDate } from './hueLocalTime.ts';
import { roofMesh, type RoofMesh } from './roofMesh.ts';
import { lineOfSight } from './lineOfSight.ts';
import { obstaclesFromFeatures } from './Obstacle.ts';
import { sunHours } from './sunHours.ts';
import { viewshed } from './viewshed.ts';

/** Raster cell for viewshed and sun hours, m (a tube house is 4–10 m wide). */
export const ANALYSIS_CELL_M = 2;
/** Margin around a sun-hours rectangle whose buildings may cast shadows into it, m. */
export const SUN_HOURS_MARGIN_M = 300;
/** Sun-hours sample spacing, m, and time step, minutes. */
export const SUN_HOURS_SPACING_M = 5;
export const SUN_HOURS_STEP_MIN = 15;

/** A lon/lat rectangle, degrees. */
export interface LonLatRect {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Height of the viewshed roof caps above the roofs, m (clear of z-fighting, close enough to read as the roof). */
export const ROOF_CAP_OFFSET_M = 0.4;

/** Line-of-sight result in geographic terms. */
export interface LineOfSightOutput {
  kind: 'los';
  from: GeoPoint;
  to: GeoPoint;
  visible: boolean;
  lengthM: number;
  blockedAt?: GeoPoint;
  /** Horizontal distance from the observer to the blocking point, m. */
  blockedDistanceM?: number;
  blockedBy?: string;
  buildingCount: number;
}

/** Viewshed result: a grid of cell states over `rect` (row 0 = south) and the buildings in range. */
export interface ViewshedOutput {
  kind: 'viewshed';
  at: GeoPoint;
  radiusM: number;
  rect: LonLatRect;
  size: number;
  /** 0 outside the radius, 1 hidden, 2 visible. */
  cells: Uint8Array;
  visibleFraction: number;
  /** Roof caps of the buildings in range that are seen, and of those that are not (ECEF meshes). */
  visibleRoofs: RoofMesh;
  hiddenRoofs: RoofMesh;
  /** Buildings with a cell in the radius, and how many of them are seen. */
  buildingsInRange: number;
  buildingsVisible: number;
  /** Buildings the computation used (the fetched box). */
  buildingCount: number;
}

/** Sun-hours result: hours per sample over `rect` (row 0 = south), NaN inside buildings. */
export interface SunHoursOutput {
  kind: 'sunhours';
  rect: LonLatRect;
  cols: number;
  rows: number;
  hours: Float32Array;
  daylightHours: number;
  meanHours: number;
  date: string;
  buildingCount: number;
}

/** Any building-dependent result. */
export type AnalysisOutput = LineOfSightOutput | ViewshedOutput | SunHoursOutput;
/** The states that need buildings. */
export type BuildingAnalysisState = Extract<AnalysisState, { tool: 'los' | 'viewshed' | 'sunhours' }>;

/** Whether an analysis needs building footprints (measurements do not). */
export function needsBuildings(state: AnalysisState): state is BuildingAnalysisState {
  return state.tool === 'los' || state.tool === 'viewshed' || state.tool === 'sunhours';
}

function rectOf(p: LocalProjection, minX: number, minY: number, maxX: number, maxY: number): LonLatRect {
  const [west, south] = p.toLonLat(minX, minY);
  const [east, north] = p.toLonLat(maxX, maxY);
  return { west, south, east, north };
}

/** The lon/lat box whose buildings an analysis needs (with the shadow margin for sun hours). */
export function analysisBBox(state: BuildingAnalysisState): LonLatRect {
  if (state.tool === 'sunhours') {
    const p = new LocalProjection([state.west, state.south]);
    return rectOf(p, -SUN_HOURS_MARGIN_M, -SUN_HOURS_MARGIN_M, p.x(state.east) + SUN_HOURS_MARGIN_M, p.y(state.north) + SUN_HOURS_MARGIN_M);
  }
  if (state.tool === 'viewshed') {
    const p = new LocalProjection([state.at.lon, state.at.lat]);
    const r = state.radiusM + ANALYSIS_CELL_M;
    return rectOf(p, -r, -r, r, r);
  }
  const p = new LocalProjection([state.from.lon, state.from.lat]);
  const x = p.x(state.to.lon), y = p.y(state.to.lat);
  return rectOf(p, Math.min(0, x) - 5, Math.min(0, y) - 5, Math.max(0, x) + 5, Math.max(0, y) + 5);
}

function outerRings(f: Feature): number[][] {
  const g = f.geometry;
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.map((rings) => rings[0]!.flatMap((pos) => [pos[0]!, pos[1]!]));
}

/** Runs `state` over building `features` (GeoJSON, `height_m`/`levels` properties). */
export function runAnalysis(state: BuildingAnalysisState, features: readonly Feature[]): AnalysisOutput {
  if (state.tool === 'los') {
    const p = new LocalProjection([state.from.lon, state.from.lat]);
    const obstacles = obstaclesFromFeatures(features, p);
    const r = lineOfSight(obstacles, { x: 0, y: 0, z: state.from.h }, { x: p.x(state.to.lon), y: p.y(state.to.lat), z: state.to.h });
    const blockedAt = r.blockedAt && (() => {
      const [lon, lat] = p.toLonLat(r.blockedAt.x, r.blockedAt.y);
      return { lon, lat, h: r.blockedAt.z };
    })();
    const blockedDistanceM = r.blockedAt && Math.hypot(r.blockedAt.x, r.blockedAt.y);
    return { kind: 'los', from: state.from, to: state.to, visible: r.visible, lengthM: r.lengthM, blockedAt, blockedDistanceM, blockedBy: r.blockedBy, buildingCount: obstacles.length };
  }
  if (state.tool === 'viewshed') {
    const p = new LocalProjection([state.at.lon, state.at.lat]);
    const obstacles = obstaclesFromFeatures(features, p);
    const r = state.radiusM + 2 * ANALYSIS_CELL_M;
    const raster = HeightRaster.fromObstacles(obstacles, { minX: -r, minY: -r, maxX: r, maxY: r }, ANALYSIS_CELL_M);
    const v = viewshed(raster, { x: 0, y: 0, z: state.at.h }, state.radiusM);
    const seen = new Set(v.buildingsVisible);
    const byId = new Map(features.map((f) => [String(f.id), f]));
    const roofs = (visible: boolean) => v.buildingsInRange
      .filter((i) => seen.has(i) === visible)
      .map((i) => ({ rings: outerRings(byId.get(obstacles[i]!.id)!), heightM: obstacles[i]!.heightM }));
    const size = v.size * v.cellSizeM;
    return {
      kind: 'viewshed', at: state.at, radiusM: state.radiusM, rect: rectOf(p, v.minX, v.minY, v.minX + size, v.minY + size),
      size: v.size, cells: v.cells, visibleFraction: v.visibleFraction,
      visibleRoofs: roofMesh(roofs(true), ROOF_CAP_OFFSET_M), hiddenRoofs: roofMesh(roofs(false), ROOF_CAP_OFFSET_M),
      buildingsInRange: v.buildingsInRange.length, buildingsVisible: seen.size, buildingCount: obstacles.length,
    };
  }
  const p = new LocalProjection([state.west, state.south]);
  const obstacles = obstaclesFromFeatures(features, p);
  const maxX = p.x(state.east), maxY = p.y(state.north);
  const m = SUN_HOURS_MARGIN_M;
  const raster = HeightRaster.fromObstacles(obstacles, { minX: -m, minY: -m, maxX: maxX + m, maxY: maxY + m }, ANALYSIS_CELL_M);
  const dayStartMs = parseHueDate(state.date)?.getTime();
  if (dayStartMs === undefined) throw new Error(`not a date: ${state.date}`);
  const s = sunHours({ raster, projection: p, minX: 0, minY: 0, maxX, maxY, spacingM: SUN_HOURS_SPACING_M, stepMin: SUN_HOURS_STEP_MIN, dayStartMs });
  return {
    kind: 'sunhours', rect: rectOf(p, 0, 0, s.cols * s.spacingM, s.rows * s.spacingM), cols: s.cols, rows: s.rows,
    hours: s.hours, daylightHours: s.daylightHours, meanHours: s.meanHours, date: state.date, buildingCount: obstacles.length,
  };
}

/** Eye position for a picked surface point (the point plus {@link EYE_HEIGHT_M}). */
export function eyeAt(point: GeoPoint): GeoPoint {
  return { ...point, h: point.h + EYE_HEIGHT_M };
}
