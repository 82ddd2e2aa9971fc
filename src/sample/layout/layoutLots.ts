/**
 * Lays building lots (thửa đất) over the buildable zones of the authored zoning plan: each zone is
 * cut into blocks along its street-grid bearing, separated by lanes; each block holds two rows of
 * lots back to back. A block (or, where it touches something, each lot) is kept only when it lies
 * wholly inside its zone and clear of every obstacle, so lots never overlap each other, the river,
 * canals, streets, monuments or the Imperial City. Deterministic from the seed; cached per seed
 * because the buildings and parcels generators share one layout.
 */
import type { Polygon } from 'geojson';
import { buildZoningPlan } from '../authored/buildZoningPlan.ts';
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';
import { bboxOf, ringInsidePolygon, type RingXY } from '../geo/planar.ts';
import { createRandom, type Random } from '../random.ts';
import { lotProfile, type LotProfile } from './lotProfile.ts';
import { Obstacles } from './Obstacles.ts';

/** Codes of zones that get lots and buildings. */
export const BUILDABLE_CODES = new Set(['ODT', 'ONT', 'TMD', 'SKC']);

/** A zone of the zoning plan as the layout sees it. */
export interface LayoutZone {
  id: string;
  code: string;
  maxHeight: number;
  maxLevels: number;
  maxCoverage: number;
  setbackFront: number;
  setbackSide: number;
  profile: LotProfile;
  ring: RingXY;
}

/** One lot: its ring in metres (counter-clockwise, closed), front edge is ring[0]–ring[1]. */
export interface Lot {
  zone: LayoutZone;
  ring: RingXY;
  /** Frontage (along the front edge) and depth, metres. */
  width: number;
  depth: number;
  /** Large lot (public, religious or commercial building). */
  large: boolean;
  /** Height cap from protection zone II touching the lot's block, metres (Infinity when none). */
  heritageCap: number;
}

/** The layout: lots in a stable order. */
export interface Layout {
  zones: LayoutZone[];
  lots: Lot[];
}

function zones(): LayoutZone[] {
  return buildZoningPlan().features.map((f) => {
    const p = f.properties!;
    return {
      id: String(f.id), code: String(p.code), maxHeight: Number(p.max_height_m), maxLevels: Number(p.max_levels), maxCoverage: Number(p.max_coverage),
      setbackFront: Number(p.setback_front_m), setbackSide: Number(p.setback_side_m),
      profile: lotProfile(String(p.code), Number(p.max_levels), Number(p.max_coverage)),
      ring: (f.geometry as Polygon).coordinates[0]!.map((q) => HUE_FRAME.toXY(q)),
      bearing: Number(p.block_bearing_deg),
    } as LayoutZone & { bearing: number };
  });
}

function layZone(zone: LayoutZone & { bearing: number }, obstacles: Obstacles, random: Random, out: Lot[]): void {
  const b = (zone.bearing * Math.PI) / 180;
  const ua: XY = [Math.sin(b), Math.cos(b)];
  const ub: XY = [-ua[1], ua[0]];
  const o = zone.ring[0]!;
  const to = (a: number, c: number): XY => [o[0] + ua[0] * a + ub[0] * c, o[1] + ua[1] * a + ub[1] * c];
  let aMin = Infinity, aMax = -Infinity, cMin = Infinity, cMax = -Infinity;
  for (const p of zone.ring) {
    const a = (p[0] - o[0]) * ua[0] + (p[1] - o[1]) * ua[1];
    const c = (p[0] - o[0]) * ub[0] + (p[1] - o[1]) * ub[1];
    aMin = Math.min(aMin, a); aMax = Math.max(aMax, a); cMin = Math.min(cMin, c); cMax = Math.max(cMax, c);
  }
  const pr = zone.profile;
  const polygon = [zone.ring];
  const rect = (a0: number, c0: number, w: number, d: number): RingXY => [to(a0, c0), to(a0 + w, c0), to(a0 + w, c0 + d), to(a0, c0 + d), to(a0, c0)];
  let c = cMin + random.range(0, pr.lane[1]);
  while (c < cMax) {
    const depth = random.range(pr.lotDepth[0], pr.lotDepth[1]);
    let a = aMin + random.range(0, 30);
    while (a < aMax) {
      const length = random.range(pr.blockLength[0], pr.blockLength[1]);
      const block = rect(a, c, length, 2 * depth);
      const [bx0, by0, bx1, by1] = bboxOf(block);
      const zb = bboxOf(zone.ring);
      if (bx1 >= zb[0] && bx0 <= zb[2] && by1 >= zb[1] && by0 <= zb[3]) {
        const whole = ringInsidePolygon(block, polygon) && obstacles.ringClear(block);
        const blockCap = obstacles.heightCap(block);
        for (let row = 0; row < 2; row++) {
          let x = 0;
          while (x < length) {
            const large = random.chance(pr.largeLotChance);
            let w = large ? random.range(18, 36) : random.range(pr.frontage[0], pr.frontage[1]);
            if (length - x - w < pr.frontage[0]) w = length - x;
            const x0 = a + x;
            x += w;
            // Row 0 fronts the lane on the low-c side, row 1 the lane on the high-c side.
            const ring = row === 0
              ? [to(x0, c), to(x0 + w, c), to(x0 + w, c + depth), to(x0, c + depth)]
              : [to(x0 + w, c + 2 * depth), to(x0, c + 2 * depth), to(x0, c + depth), to(x0 + w, c + depth)];
            ring.push(ring[0]!);
            if (!whole && !(ringInsidePolygon(ring, polygon) && obstacles.ringClear(ring))) continue;
            out.push({ zone, ring, width: w, depth, large: large || w >= 18, heritageCap: blockCap });
          }
        }
      }
      a += length + random.range(pr.lane[0], pr.lane[1]);
    }
    c += 2 * depth + random.range(pr.lane[0], pr.lane[1]);
  }
}

let cached: { key: string; layout: Layout } | undefined;

/**
 * The lot layout for a seed (computed once per seed and process). `onlyZones` restricts it to some
 * zone ids (tests); each zone draws from its own seeded stream, so a zone's lots do not depend on
 * which other zones are laid.
 */
export function layoutLots(seed: number, onlyZones?: readonly string[]): Layout {
  const key = `${seed}|${onlyZones?.join(',') ?? '*'}`;
  if (cached?.key === key) return cached.layout;
  const obstacles = Obstacles.create();
  const all = zones();
  const lots: Lot[] = [];
  all.forEach((zone, index) => {
    if (!BUILDABLE_CODES.has(zone.code) || (onlyZones && !onlyZones.includes(zone.id))) return;
    layZone(zone as LayoutZone & { bearing: number }, obstacles, createRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0), lots);
  });
  const layout = { zones: all, lots };
  cached = { key, layout };
  return layout;
}
