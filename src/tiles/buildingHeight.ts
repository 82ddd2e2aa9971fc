/** The extrusion height rule for a building footprint. */

/** Storey height used when only `levels` is known, metres. */
export const STOREY_HEIGHT_M = 3.3;
/** Height when neither `height_m` nor `levels` is usable, metres. */
export const DEFAULT_BUILDING_HEIGHT_M = 6;

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.replace(',', '.').replace(/\s*m$/, '')) : Number(value);
  return value !== null && value !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Height in metres: `height_m` (or OSM's `height`) when positive, else `levels` (or OSM's
 * `building:levels`) × 3.3 m, else 6 m.
 */
export function buildingHeightM(properties: Record<string, unknown>): number {
  const h = positive(properties.height_m) ?? positive(properties.height);
  if (h !== undefined) return h;
  const levels = positive(properties.levels) ?? positive(properties['building:levels']);
  return levels !== undefined ? levels * STOREY_HEIGHT_M : DEFAULT_BUILDING_HEIGHT_M;
}
