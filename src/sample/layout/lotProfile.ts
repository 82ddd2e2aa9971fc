/**
 * How a zoning zone is cut into blocks and lots: block and lot sizes by the zone's character, read
 * from its rules (garden houses, tube houses, boulevard plots, industrial plots).
 */

/** Block and lot dimensions in metres. */
export interface LotProfile {
  /** Character of the zone. */
  kind: 'core' | 'urban' | 'garden' | 'boulevard' | 'industrial';
  /** Block length along the street grid's bearing. */
  blockLength: [number, number];
  /** Depth of one lot row (a block has two rows back to back). */
  lotDepth: [number, number];
  /** Lot frontage range. */
  frontage: [number, number];
  /** Lane width between blocks along / across the bearing. */
  lane: [number, number];
  /** Chance a lot is a large one (public, religious or commercial), 0–1. */
  largeLotChance: number;
}

/** The profile for a zone's code and rules. */
export function lotProfile(code: string, maxLevels: number, maxCoverage: number): LotProfile {
  if (code === 'SKC') return { kind: 'industrial', blockLength: [160, 220], lotDepth: [45, 60], frontage: [30, 60], lane: [10, 12], largeLotChance: 0 };
  if (maxLevels >= 10) return { kind: 'boulevard', blockLength: [110, 150], lotDepth: [22, 30], frontage: [6, 10], lane: [6, 8], largeLotChance: 0.22 };
  if (maxCoverage <= 0.5) return { kind: 'garden', blockLength: [90, 130], lotDepth: [25, 32], frontage: [12, 20], lane: [4, 5], largeLotChance: 0.03 };
  if (maxLevels <= 3) return { kind: 'core', blockLength: [80, 120], lotDepth: [18, 24], frontage: [6, 10], lane: [4, 5], largeLotChance: 0.03 };
  return { kind: 'urban', blockLength: [90, 130], lotDepth: [16, 20], frontage: [4.5, 7.5], lane: [4, 6], largeLotChance: 0.03 };
}
