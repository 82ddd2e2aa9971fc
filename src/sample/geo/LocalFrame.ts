/**
 * A local planar frame in metres around an origin (equirectangular: x east, y north), good to well
 * under 1 % across Huế. The sample generators work in metres and convert back to lon/lat on output.
 */

/** Mean Earth radius in metres (IUGG). */
const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** A planar point in metres `[x east, y north]`. */
export type XY = [number, number];

/** Converts between lon/lat degrees and metres east/north of an origin. */
export class LocalFrame {
  /** Metres per degree of longitude at the origin. */
  readonly mPerDegLon: number;
  /** Metres per degree of latitude. */
  readonly mPerDegLat: number;

  /** `origin` is `[lon, lat]` in degrees. */
  constructor(readonly origin: [number, number]) {
    this.mPerDegLat = RAD * EARTH_RADIUS_M;
    this.mPerDegLon = this.mPerDegLat * Math.cos(origin[1] * RAD);
  }

  /** `[lon, lat]` → metres. */
  toXY(p: readonly number[]): XY {
    return [(p[0]! - this.origin[0]) * this.mPerDegLon, (p[1]! - this.origin[1]) * this.mPerDegLat];
  }

  /** Metres → `[lon, lat]`, rounded to 1e-7° (~1 cm). */
  toLonLat(p: XY): [number, number] {
    return [round7(this.origin[0] + p[0] / this.mPerDegLon), round7(this.origin[1] + p[1] / this.mPerDegLat)];
  }
}

/** Rounds to 7 decimals (~1 cm in degrees). */
export function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

/** The frame every Huế sample generator uses: origin near Kỳ Đài (107.58, 16.465). */
export const HUE_FRAME = new LocalFrame([107.58, 16.465]);
