/**
 * An equirectangular local frame in metres (x east, y north) around an origin: error well under
 * 1 % across a city, cheap enough to project every footprint vertex of a whole city per request.
 */

/** Mean Earth radius, m (IUGG). */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Converts lon/lat degrees ↔ metres east/north of `origin`. */
export class LocalProjection {
  /** Metres per degree of longitude at the origin's latitude. */
  readonly mPerDegLon: number;
  /** Metres per degree of latitude. */
  readonly mPerDegLat: number;

  /** `origin` is `[lon, lat]` in degrees. */
  constructor(readonly origin: readonly [number, number]) {
    this.mPerDegLat = RAD * EARTH_RADIUS_M;
    this.mPerDegLon = this.mPerDegLat * Math.cos(origin[1] * RAD);
  }

  /** x (m east of the origin) of a longitude in degrees. */
  x(lon: number): number {
    return (lon - this.origin[0]) * this.mPerDegLon;
  }

  /** y (m north of the origin) of a latitude in degrees. */
  y(lat: number): number {
    return (lat - this.origin[1]) * this.mPerDegLat;
  }

  /** Metres → `[lon, lat]` degrees. */
  toLonLat(x: number, y: number): [number, number] {
    return [this.origin[0] + x / this.mPerDegLon, this.origin[1] + y / this.mPerDegLat];
  }
}
