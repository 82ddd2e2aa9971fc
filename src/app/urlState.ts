/**
 * The view state kept in the URL hash, parsed and serialised without touching the DOM:
 * `#/planning?cam=lon,lat,height,heading,pitch&layers=id1,id2&lang=en&render=low`
 * (2D workspaces: `cam=lon,lat,zoom,bearing,pitch`). Angles in degrees, heights in metres.
 * `view=2d|3d` picks the engine of a workspace that supports both (absent: its default).
 * Anything unknown or malformed falls back to defaults; unknown parameters are kept as they are.
 */
import { WORKSPACES, type Workspace } from '../catalog/LayerDefinition.ts';
import { LANGS, type Lang } from '../ui/i18n/messages.ts';
import { workspaceEngine, type Engine } from './workspaceEngine.ts';

/** A 3D camera: position in degrees/metres, heading and pitch in degrees (pitch -90 = straight down). */
export interface Camera3D {
  kind: '3d';
  lonDeg: number;
  latDeg: number;
  /** Height above the ellipsoid in metres. */
  heightM: number;
  headingDeg: number;
  pitchDeg: number;
}

/** A 2D map camera: centre in degrees, web-mercator zoom, bearing and pitch in degrees. */
export interface Camera2D {
  kind: '2d';
  lonDeg: number;
  latDeg: number;
  zoom: number;
  bearingDeg: number;
  pitchDeg: number;
}

/** Either kind of camera. */
export type CameraState = Camera3D | Camera2D;

/** Render quality: `low` turns off MSAA, atmosphere, fog and sky (weak machines, tests). */
export type RenderMode = 'normal' | 'low';

/** Everything the URL hash holds. */
export interface ViewState {
  /** Default: `planning`. */
  workspace: Workspace;
  /** Absent: the workspace's default camera. */
  camera?: CameraState;
  /** Ids of the visible layers, in order. Absent: each layer's default visibility. */
  layers?: string[];
  /** Default: `vi`. */
  lang: Lang;
  /** Default: `normal`. */
  render: RenderMode;
  /** The engine asked for (`view=`); absent: the workspace's default. Only an engine the workspace supports, other than its default, is kept. */
  view?: Engine;
  /** Parameters this module does not know (time, scenario, tour…), kept verbatim. */
  extra: Record<string, string>;
}

const LAYER_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const KNOWN = new Set(['cam', 'layers', 'lang', 'render', 'view']);

/** The default view state: planning workspace, Vietnamese, normal rendering. */
export function defaultViewState(): ViewState {
  return { workspace: 'planning', lang: 'vi', render: 'normal', extra: {} };
}

function finite(values: number[]): boolean {
  return values.every((v) => Number.isFinite(v));
}

function normDeg(angle: number): number {
  return ((angle % 360) + 360) % 360;
}

/** The engine a view state is shown in (its workspace's default unless `view=` asks for another it supports). */
export function engineOf(state: Pick<ViewState, 'workspace' | 'view'>): Engine {
  return workspaceEngine(state.workspace, state.view);
}

/** Parses `cam=` for the engine of `workspace` (or `engine` when given); undefined when malformed or out of range. */
export function parseCamera(text: string, workspace: Workspace, engine: Engine = workspaceEngine(workspace)): CameraState | undefined {
  const parts = text.split(',');
  if (parts.length !== 5 || parts.some((p) => p.trim() === '')) return undefined;
  const [lon, lat, third, fourth, pitch] = parts.map(Number);
  if (!finite([lon, lat, third, fourth, pitch])) return undefined;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return undefined;
  if (engine === '3d') {
    if (third <= 0 || third > 5e7 || Math.abs(pitch) > 90) return undefined;
    return { kind: '3d', lonDeg: lon, latDeg: lat, heightM: third, headingDeg: normDeg(fourth), pitchDeg: pitch };
  }
  if (third < 0 || third > 24 || pitch < 0 || pitch > 85) return undefined;
  return { kind: '2d', lonDeg: lon, latDeg: lat, zoom: third, bearingDeg: normDeg(fourth), pitchDeg: pitch };
}

/** Serialises a camera as the five numbers of `cam=`, rounded to what a link needs. */
export function formatCamera(camera: CameraState): string {
  const r = (v: number, digits: number) => String(Number(v.toFixed(digits)));
  const third = camera.kind === '3d' ? r(camera.heightM, 1) : r(camera.zoom, 2);
  const fourth = camera.kind === '3d' ? camera.headingDeg : camera.bearingDeg;
  return [r(camera.lonDeg, 6), r(camera.latDeg, 6), third, r(normDeg(Number(fourth.toFixed(1))), 1), r(camera.pitchDeg, 1)].join(',');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Parses a location hash (`#/planning?…`, with or without `#`). Never throws. */
export function parseHash(hash: string): ViewState {
  const state = defaultViewState();
  const body = hash.replace(/^#/, '').replace(/^\//, '');
  const q = body.indexOf('?');
  const path = (q >= 0 ? body.slice(0, q) : body).replace(/\/+$/, '');
  const query = q >= 0 ? body.slice(q + 1) : '';
  if ((WORKSPACES as readonly string[]).includes(path)) state.workspace = path as Workspace;
  let cam: string | undefined;
  let view: string | undefined;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq >= 0 ? pair.slice(0, eq) : pair);
    const value = decode(eq >= 0 ? pair.slice(eq + 1) : '');
    if (key === 'cam') cam = value;
    else if (key === 'view') view = value;
    else if (key === 'layers') state.layers = [...new Set(value.split(',').filter((id) => LAYER_ID.test(id)))];
    else if (key === 'lang' && (LANGS as readonly string[]).includes(value)) state.lang = value as Lang;
    else if (key === 'render' && (value === 'low' || value === 'normal')) state.render = value;
    else if (!KNOWN.has(key)) state.extra[key] = value;
  }
  if ((view === '2d' || view === '3d') && workspaceEngine(state.workspace, view) === view && workspaceEngine(state.workspace) !== view) state.view = view;
  if (cam !== undefined) state.camera = parseCamera(cam, state.workspace, engineOf(state));
  return state;
}

function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',');
}

/** Serialises a view state as a hash (`#/workspace?…`); default values are left out. */
export function serializeHash(state: ViewState): string {
  const params: string[] = [];
  const engine = engineOf(state);
  if (engine !== workspaceEngine(state.workspace)) params.push(`view=${engine}`);
  if (state.camera && state.camera.kind === engine) params.push(`cam=${formatCamera(state.camera)}`);
  if (state.layers) params.push(`layers=${encode(state.layers.join(','))}`);
  if (state.lang !== 'vi') params.push(`lang=${state.lang}`);
  if (state.render !== 'normal') params.push(`render=${state.render}`);
  for (const [key, value] of Object.entries(state.extra)) params.push(`${encode(key)}=${encode(value)}`);
  return `#/${state.workspace}${params.length ? `?${params.join('&')}` : ''}`;
}
