import type { Camera, Cartesian3 as Cartesian3Type } from 'cesium';
import type { StopCamera } from './tourTypes.ts';

/** Default flight time between stops, in seconds. */
export const FLIGHT_DURATION_S = 3;

/** The two Cesium helpers a flight needs (passed in: the app imports Cesium, the offline player has a global). */
export interface FlightDeps {
  Cartesian3: { fromDegrees: (lonDeg: number, latDeg: number, heightM: number) => Cartesian3Type };
  Math: { toRadians: (deg: number) => number };
}

/**
 * Moves `camera` to a stop's view: a smooth `flyTo` of `durationS` seconds, or at once when
 * `durationS` is 0 (the first stop, so it is drawn without waiting for a flight). Resolves
 * `true` when the camera arrived, `false` when the flight was cancelled (another stop was chosen).
 */
export function flyToStop(camera: Camera, deps: FlightDeps, view: StopCamera, durationS = FLIGHT_DURATION_S): Promise<boolean> {
  const destination = deps.Cartesian3.fromDegrees(view.lonDeg, view.latDeg, view.heightM);
  const orientation = { heading: deps.Math.toRadians(view.headingDeg), pitch: deps.Math.toRadians(view.pitchDeg), roll: 0 };
  if (durationS <= 0) {
    camera.cancelFlight();
    camera.setView({ destination, orientation });
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    camera.flyTo({ destination, orientation, duration: durationS, complete: () => resolve(true), cancel: () => resolve(false) });
  });
}
