/**
 * The logistics tools' state in the URL (so a link reproduces the view), parsed and written as
 * plain values. Parameters: `stages` (chain-stage filter), `commodity`, `period` (flows;
 * shown or hidden with the catalog's `logistics-flows` layer), `fleet=0`, `vehicles` (synthetic trucks, default 200), `replay` (minutes back, 0 = live),
 * `from`/`to`/`profile`/`metric` (route), `iso` (isochrone origin), `closed`, `flood`
 * (disruption), `facility` (the facility whose details are open), `pick` (what a map click sets).
 */
import { parseStagesParam, type ChainStage } from './chainStages.ts';

/** What a click on the map does. */
export type PickMode = 'from' | 'to' | 'close' | undefined;

/** Default number of synthetic trucks. */
export const DEFAULT_SYNTHETIC_VEHICLES = 200;
/** Most synthetic trucks the URL may ask for. */
export const MAX_SYNTHETIC_VEHICLES = 20_000;

/** The parsed state. */
export interface LogisticsView {
  stages: Set<ChainStage>;
  commodity: string | undefined;
  period: string | undefined;
  showFleet: boolean;
  vehicles: number;
  /** Minutes before now the fleet replay shows; 0 = live. */
  replayMin: number;
  from: string | undefined;
  to: string | undefined;
  profile: 'car' | 'truck';
  metric: 'time' | 'distance';
  iso: string | undefined;
  closed: string[];
  /** Flood level in metres, or undefined. */
  flood: number | undefined;
  facility: string | undefined;
  pick: PickMode;
  /** Show the map's frame rate (for benchmarks). */
  fps: boolean;
}

function clampInt(text: string | undefined, fallback: number, min: number, max: number): number {
  const n = text === undefined ? NaN : Math.round(Number(text));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** A place parameter: `lon,lat` or `facility:<id>`; anything else is dropped. */
export function parsePlace(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/^facility:[\w.-]+$/.test(text)) return text;
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(text);
  if (!m) return undefined;
  const lon = Number(m[1]);
  const lat = Number(m[2]);
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? text : undefined;
}

/** `lon,lat` text of a point with 6 decimals (≈ 0.1 m). */
export function placeOf(lon: number, lat: number): string {
  return `${lon.toFixed(6)},${lat.toFixed(6)}`;
}

/** Parses the tool's URL parameters. */
export function parseLogisticsView(params: Readonly<Record<string, string>>): LogisticsView {
  const flood = params.flood === undefined || params.flood === '' ? NaN : Number(params.flood);
  const pick = params.pick;
  return {
    stages: parseStagesParam(params.stages),
    commodity: params.commodity || undefined,
    period: params.period || undefined,
    showFleet: params.fleet !== '0',
    vehicles: clampInt(params.vehicles, DEFAULT_SYNTHETIC_VEHICLES, 0, MAX_SYNTHETIC_VEHICLES),
    replayMin: clampInt(params.replay, 0, 0, 24 * 60),
    from: parsePlace(params.from),
    to: parsePlace(params.to),
    profile: params.profile === 'truck' ? 'truck' : 'car',
    metric: params.metric === 'distance' ? 'distance' : 'time',
    iso: parsePlace(params.iso),
    closed: (params.closed ?? '').split(',').map((s) => s.trim()).filter((s) => /^[\w.-]+$/.test(s)),
    flood: Number.isFinite(flood) ? flood : undefined,
    facility: params.facility || undefined,
    pick: pick === 'from' || pick === 'to' || pick === 'close' ? pick : undefined,
    fps: params.fps === '1',
  };
}
