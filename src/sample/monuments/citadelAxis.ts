/**
 * Orientation of the Citadel (docs/sample-data.md): the front (south-east) wall runs at a bearing of
 * ~58°, the side walls at ~328°, and the Citadel faces south-east, towards Ngự Bình.
 */

/** Bearing the Citadel and the Imperial City face, degrees clockwise from north (58° + 90°). */
export const CITADEL_FACING_DEG = 148;

/** Bearing a gate faces (outwards) given the wall it pierces; the front wall's when unknown. */
export function gateFacingDeg(wall: unknown): number {
  switch (wall) {
    case 'north-east': return CITADEL_FACING_DEG - 90;
    case 'north-west': return CITADEL_FACING_DEG + 180;
    case 'south-west': return CITADEL_FACING_DEG + 90;
    default: return CITADEL_FACING_DEG;
  }
}
