/**
 * Carries a camera across engines when a workspace switches between 3D (Cesium) and 2D (MapLibre):
 * the ground point the 3D camera looks at becomes the map centre, the distance to it becomes a
 * zoom that shows about the same ground width, heading ↔ bearing, and the tilt carries over
 * (2D pitch 0 = 3D pitch −90, straight down). Flat earth at city scale; plain arithmetic.
 */
import { cameraLookingAt } from '../geo/cameraLookingAt.ts';
import type { Camera2D, Camera3D, CameraState } from './urlState.ts';
import type { Engine } from './workspaceEngine.ts';

/** Web-mercator circumference at the equator, metres (MapLibre's world). */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;
/** MapLibre's tile size, CSS pixels: at zoom z the world is 512 · 2^z pixels wide. */
const TILE_PX = 512;
/** Cesium's default horizontal field of view (the frustum's 60° applies to the wider side), degrees. */
const CESIUM_FOV_DEG = 60;
/** Steepest tilt kept when going to 2D, degrees of map pitch (the map's default maximum is 60). */
const MAX_MAP_PITCH_DEG = 60;
/** A 3D camera looking nearly level is treated as looking down at least this much, degrees. */
const MIN_LOOK_DOWN_DEG = 15;
/** Viewport width assumed when none is given, CSS pixels. */
export const DEFAULT_VIEWPORT_PX = 1200;

const rad = (deg: number) => (deg * Math.PI) / 180;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Metres per CSS pixel of a web-mercator map at `zoom` and latitude `latDeg`. */
export function metresPerPixel(zoom: number, latDeg: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos(rad(latDeg))) / (TILE_PX * 2 ** zoom);
}

/** The map zoom that shows the ground width a 3D camera sees from `rangeM` metres, in a viewport `widthPx` wide. */
export function zoomForRange(rangeM: number, latDeg: number, widthPx = DEFAULT_VIEWPORT_PX): number {
  const groundWidthM = 2 * rangeM * Math.tan(rad(CESIUM_FOV_DEG / 2));
  return Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos(rad(latDeg)) * widthPx) / (TILE_PX * groundWidthM));
}

/** The inverse of {@link zoomForRange}: the 3D viewing distance (metres) that shows what `zoom` shows. */
export function rangeForZoom(zoom: number, latDeg: number, widthPx = DEFAULT_VIEWPORT_PX): number {
  return (metresPerPixel(zoom, latDeg) * widthPx) / (2 * Math.tan(rad(CESIUM_FOV_DEG / 2)));
}

/** A 3D camera as a 2D map camera centred where it looks (zoom 0–22, pitch 0–60°). */
export function camera3dTo2d(camera: Camera3D, widthPx = DEFAULT_VIEWPORT_PX): Camera2D {
  const down = Math.max(MIN_LOOK_DOWN_DEG, -camera.pitchDeg);
  const height = Math.max(1, camera.heightM);
  const horizontal = height / Math.tan(rad(down));
  const range = height / Math.sin(rad(down));
  const heading = rad(camera.headingDeg);
  const mPerDegLat = 111_320;
  const latDeg = camera.latDeg + (horizontal * Math.cos(heading)) / mPerDegLat;
  // At the target's latitude, as cameraLookingAt (the inverse) measures it.
  const mPerDegLon = mPerDegLat * Math.cos(rad(latDeg));
  const lonDeg = camera.lonDeg + (horizontal * Math.sin(heading)) / mPerDegLon;
  return {
    kind: '2d', lonDeg, latDeg,
    zoom: clamp(zoomForRange(range, latDeg, widthPx), 0, 22),
    bearingDeg: camera.headingDeg,
    pitchDeg: clamp(90 - down, 0, MAX_MAP_PITCH_DEG),
  };
}

/** A 2D map camera as a 3D camera looking at the map centre from the distance that shows the same width. */
export function camera2dTo3d(camera: Camera2D, widthPx = DEFAULT_VIEWPORT_PX): Camera3D {
  const range = rangeForZoom(camera.zoom, camera.latDeg, widthPx);
  const pitchDeg = -(90 - clamp(camera.pitchDeg, 0, MAX_MAP_PITCH_DEG));
  return { kind: '3d', ...cameraLookingAt({ lonDeg: camera.lonDeg, latDeg: camera.latDeg }, range, camera.bearingDeg, pitchDeg) };
}

/** `camera` for `engine`: unchanged when it already is one, converted otherwise; undefined stays undefined. */
export function cameraForEngine(camera: CameraState | undefined, engine: Engine, widthPx = DEFAULT_VIEWPORT_PX): CameraState | undefined {
  if (!camera || camera.kind === engine) return camera;
  return camera.kind === '3d' ? camera3dTo2d(camera, widthPx) : camera2dTo3d(camera, widthPx);
}
