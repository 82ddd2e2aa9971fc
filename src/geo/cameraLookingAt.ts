/** Metres per degree of latitude (mean, good to ~0.5 % at city scale). */
const M_PER_DEG_LAT = 111_320;

/** A camera position (degrees, metres) with heading and pitch in degrees. */
export interface LookingAtResult {
  lonDeg: number;
  latDeg: number;
  heightM: number;
  headingDeg: number;
  pitchDeg: number;
}

/**
 * Where to put a camera so that it looks at a ground point from `rangeM` metres away, with the given
 * heading (0 = north) and pitch (negative = looking down), on a locally flat earth (fine for a few km).
 */
export function cameraLookingAt(
  target: { lonDeg: number; latDeg: number },
  rangeM: number,
  headingDeg: number,
  pitchDeg: number,
): LookingAtResult {
  const pitch = (pitchDeg * Math.PI) / 180;
  const heading = (headingDeg * Math.PI) / 180;
  const horizontal = rangeM * Math.cos(pitch);
  const north = -horizontal * Math.cos(heading);
  const east = -horizontal * Math.sin(heading);
  const mPerDegLon = M_PER_DEG_LAT * Math.cos((target.latDeg * Math.PI) / 180);
  return {
    lonDeg: target.lonDeg + east / mPerDegLon,
    latDeg: target.latDeg + north / M_PER_DEG_LAT,
    heightM: -rangeM * Math.sin(pitch),
    headingDeg,
    pitchDeg,
  };
}
