/** Look direction of a 360° viewer: yaw (about the vertical) and pitch, in degrees. */
export interface LookAngles {
  yawDeg: number;
  /** Clamped to ±{@link MAX_PITCH_DEG}. */
  pitchDeg: number;
}

/** Highest/lowest look angle, in degrees (looking straight up/down flips the view). */
export const MAX_PITCH_DEG = 85;

/**
 * New look angles after dragging by `dx`, `dy` CSS pixels over a view with a vertical field of view
 * `fovDeg` and height `heightPx`: the image follows the finger (drag right → look left).
 */
export function dragLook(look: LookAngles, dx: number, dy: number, fovDeg: number, heightPx: number): LookAngles {
  const degPerPx = fovDeg / Math.max(1, heightPx);
  const yawDeg = (((look.yawDeg + dx * degPerPx) % 360) + 360) % 360;
  const pitchDeg = Math.max(-MAX_PITCH_DEG, Math.min(MAX_PITCH_DEG, look.pitchDeg + dy * degPerPx));
  return { yawDeg, pitchDeg };
}
