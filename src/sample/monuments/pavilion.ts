/**
 * A timber pavilion of Nguyễn architecture: lacquered walls/columns under a hip roof, optionally
 * double-tiered (a skirt roof, a short upper storey, an upper hip roof: "trùng thiềm điệp ốc").
 */
import type { ModelMesh, Rgb } from './ModelMesh.ts';
import { PALETTE } from './palette.ts';
import { box, hipRoof, skirtRoof } from './solids.ts';

/** Shape of a pavilion (metres; model frame). */
export interface PavilionSpec {
  cx: number;
  cz: number;
  /** Wall footprint along x and z. */
  w: number;
  d: number;
  /** Ground (or base top) height. */
  y0: number;
  /** Height of the (lower) walls. */
  wallH: number;
  /** Height of the (upper) hip roof from eaves to ridge. */
  roofH: number;
  /** 1: a single hip roof; 2: skirt roof + upper storey + upper hip roof. */
  tiers: 1 | 2;
  roofColor: Rgb;
  /** Default: lacquer red. */
  wallColor?: Rgb;
  /** Eave overhang beyond the walls. Default: 1.2. */
  overhang?: number;
  /** Upper storey footprint as a share of the lower one. Default: 0.7. */
  upperShare?: number;
  /** Rise of the skirt roof. Default: 1.8. */
  skirtH?: number;
  /** Height of the upper storey's wall band. Default: 1.2. */
  upperWallH?: number;
}

/** Adds the pavilion and returns the height of its ridge, metres. */
export function pavilion(mesh: ModelMesh, s: PavilionSpec): number {
  const o = s.overhang ?? 1.2;
  const wall = s.wallColor ?? PALETTE.lacquer;
  box(mesh, s.cx, s.cz, s.w, s.d, s.y0, s.wallH, wall);
  let eave = s.y0 + s.wallH;
  let w = s.w, d = s.d;
  if (s.tiers === 2) {
    const share = s.upperShare ?? 0.7;
    const skirtH = s.skirtH ?? 1.8;
    const upperWallH = s.upperWallH ?? 1.2;
    const wi = s.w * share, di = s.d * share;
    skirtRoof(mesh, s.cx, s.cz, s.w + 2 * o, s.d + 2 * o, wi, di, eave, eave + skirtH, s.roofColor);
    box(mesh, s.cx, s.cz, wi, di, eave + skirtH, upperWallH, wall);
    eave += skirtH + upperWallH;
    w = wi; d = di;
  }
  hipRoof(mesh, s.cx, s.cz, w + 2 * o, d + 2 * o, eave, s.roofH, s.roofColor);
  return eave + s.roofH;
}
