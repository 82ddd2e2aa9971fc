import { cameraLookingAt } from '../geo/cameraLookingAt.ts';
import type { Camera2D, Camera3D } from './urlState.ts';

/** The Imperial Citadel of Huế (Kinh thành Huế), centre, in degrees. */
export const HUE_CITADEL = { lonDeg: 107.5786, latDeg: 16.4698 } as const;

/** Default 3D camera: 6 km from the Citadel, looking north, pitched −35°, so the Perfume River is in front. */
export function defaultCamera3D(): Camera3D {
  return { kind: '3d', ...cameraLookingAt(HUE_CITADEL, 6000, 0, -35) };
}

/** Default 2D camera: centred between the Citadel and the south bank, zoom 12.5, north up. */
export function defaultCamera2D(): Camera2D {
  return { kind: '2d', lonDeg: 107.585, latDeg: 16.462, zoom: 12.5, bearingDeg: 0, pitchDeg: 0 };
}
