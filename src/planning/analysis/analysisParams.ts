/**
 * The analysis tools' state in the URL, so a link reproduces the analysis:
 * `tool=viewshed&vs=lon,lat,h,r` · `tool=los&los=lon,lat,h;lon,lat,h` ·
 * `tool=sunhours&sh=west,south,east,north,YYYY-MM-DD` · `tool=distance|area|height&m=lon,lat,h;…` ·
 * and, independently, `sun=YYYY-MM-DDTHH:mm` (Huế local time) for sun and shadows.
 * Degrees for lon/lat, metres for heights (above the ground) and radii.
 */
import { parseHueDate, parseHueDateTime } from './hueLocalTime.ts';

/** A picked point: lon/lat degrees, height above the ground, m. */
export interface GeoPoint {
  lon: number;
  lat: number;
  h: number;
}

/** Viewshed radius limits and default, m. */
export const VIEWSHED_RADIUS = { min: 50, max: 3000, default: 1000 } as const;
/** Eye height added to a picked point for viewshed and line of sight, m. */
export const EYE_HEIGHT_M = 1.6;
/** Largest side of a sun-hours rectangle, m (keeps a day's computation to seconds). */
export const SUN_HOURS_MAX_SIDE_M = 1000;

/** One analysis tool with its inputs. */
export type AnalysisState =
  | { tool: 'los'; from: GeoPoint; to: GeoPoint }
  | { tool: 'viewshed'; at: GeoPoint; radiusM: number }
  | { tool: 'sunhours'; west: number; south: number; east: number; north: number; date: string }
  | { tool: 'distance' | 'area' | 'height'; points: GeoPoint[] };

/** The tools, in panel order. */
export const ANALYSIS_TOOLS = ['sunhours', 'los', 'viewshed', 'distance', 'area', 'height'] as const;
/** A tool's name as in `tool=`. */
export type AnalysisTool = (typeof ANALYSIS_TOOLS)[number];

/** URL keys this module owns. */
export const ANALYSIS_PARAM_KEYS = ['tool', 'los', 'vs', 'sh', 'm', 'sun'] as const;

/** What the URL holds: the active tool (if any), the sun instant (if set), the active tool's name and problems. */
export interface ParsedAnalysisParams {
  /** The tool with complete inputs; undefined when none is active or its inputs are missing. */
  analysis?: AnalysisState;
  /** The tool named by `tool=` (even while its inputs are still being picked). */
  tool?: AnalysisTool;
  /** Sun and shadows at this instant (`sun=`); undefined = off. */
  sun?: Date;
  /** Human-readable problems with the parameters (malformed values are ignored, never guessed). */
  problems: string[];
}

const round = (v: number, d: number) => String(Number(v.toFixed(d)));

function parsePoint(text: string): GeoPoint | undefined {
  const parts = text.split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const [lon, lat, h] = parts.map(Number) as [number, number, number];
  if (![lon, lat, h].every(Number.isFinite) || Math.abs(lon) > 180 || Math.abs(lat) > 90 || h < -500 || h > 10_000) return undefined;
  return { lon, lat, h };
}

function parsePoints(text: string | undefined): GeoPoint[] | undefined {
  if (text === undefined || text === '') return [];
  const points = text.split(';').map(parsePoint);
  return points.every((p) => p !== undefined) ? (points as GeoPoint[]) : undefined;
}

/** Formats a point as `lon,lat,h` (7 decimals ≈ 1 cm, heights to 0.1 m). */
export function formatPoint(p: GeoPoint): string {
  return `${round(p.lon, 7)},${round(p.lat, 7)},${round(p.h, 1)}`;
}

/** Reads the analysis parameters out of the tool URL parameters. Never throws. */
export function parseAnalysisParams(params: Readonly<Record<string, string>>): ParsedAnalysisParams {
  const problems: string[] = [];
  const out: ParsedAnalysisParams = { problems };
  if (params.sun !== undefined) {
    out.sun = parseHueDateTime(params.sun);
    if (!out.sun) problems.push(`sun=${params.sun} is not a date and time like 2026-06-21T09:00`);
  }
  const tool = params.tool;
  if (tool === undefined) return out;
  if (!(ANALYSIS_TOOLS as readonly string[]).includes(tool)) {
    problems.push(`tool=${tool} is not one of ${ANALYSIS_TOOLS.join(', ')}`);
    return out;
  }
  out.tool = tool as AnalysisTool;
  if (tool === 'los') {
    const points = parsePoints(params.los);
    if (!points || (points.length !== 2 && params.los)) problems.push(`los=${params.los} must be two points lon,lat,h;lon,lat,h`);
    else if (points.length === 2) out.analysis = { tool, from: points[0]!, to: points[1]! };
  } else if (tool === 'viewshed') {
    if (params.vs) {
      const parts = params.vs.split(',');
      const at = parts.length === 4 ? parsePoint(parts.slice(0, 3).join(',')) : undefined;
      const r = Number(parts[3]);
      if (!at || !Number.isFinite(r) || r < VIEWSHED_RADIUS.min || r > VIEWSHED_RADIUS.max) {
        problems.push(`vs=${params.vs} must be lon,lat,h,radius with a radius of ${VIEWSHED_RADIUS.min}–${VIEWSHED_RADIUS.max} m`);
      } else out.analysis = { tool, at, radiusM: r };
    }
  } else if (tool === 'sunhours') {
    if (params.sh) {
      const parts = params.sh.split(',');
      const [west, south, east, north] = parts.slice(0, 4).map(Number) as [number, number, number, number];
      const date = parts[4] ?? '';
      if (parts.length !== 5 || ![west, south, east, north].every(Number.isFinite) || !(west < east) || !(south < north) || !parseHueDate(date)) {
        problems.push(`sh=${params.sh} must be west,south,east,north,YYYY-MM-DD`);
      } else out.analysis = { tool, west, south, east, north, date };
    }
  } else {
    const points = parsePoints(params.m);
    if (!points) problems.push(`m=${params.m} must be points lon,lat,h;lon,lat,h;…`);
    else out.analysis = { tool: tool as 'distance' | 'area' | 'height', points: tool === 'height' ? points.slice(0, 1) : points };
  }
  return out;
}

/**
 * URL patch for `state`: sets the tool's keys and removes the other tools' keys (`sun` is left
 * alone). `tool` alone (no inputs yet) is allowed; undefined clears every analysis key but `sun`.
 */
export function analysisToParams(state: AnalysisState | { tool: AnalysisTool } | undefined): Record<string, string | undefined> {
  const patch: Record<string, string | undefined> = { tool: state?.tool, los: undefined, vs: undefined, sh: undefined, m: undefined };
  if (!state) return patch;
  if ('from' in state) patch.los = `${formatPoint(state.from)};${formatPoint(state.to)}`;
  else if ('at' in state) patch.vs = `${formatPoint(state.at)},${round(state.radiusM, 0)}`;
  else if ('west' in state) patch.sh = `${[state.west, state.south, state.east, state.north].map((v) => round(v, 7)).join(',')},${state.date}`;
  else if ('points' in state && state.points.length) patch.m = state.points.map(formatPoint).join(';');
  return patch;
}
