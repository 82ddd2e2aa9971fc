/**
 * The 3D view's sun is Cesium's (placed from the viewer's clock by Cesium's own ephemeris); this
 * checks that, with the clock at a Huế instant, Cesium's sun direction seen from Huế agrees with
 * our NOAA position — i.e. the shadows in the view fall where the panel says the sun is. Without the
 * ICRF tables loaded, Cesium rotates its inertial sun by sidereal time only (no precession since
 * J2000), which leaves it ~0.35° off in 2026 — a 20 m building's shadow tip moves ~0.2 m.
 */
import { Cartesian3, JulianDate, Matrix3, Simon1994PlanetaryPositions, Transforms } from 'cesium';
import { describe, expect, it } from 'vitest';
import { parseHueDateTime } from '../../../../src/planning/analysis/hueLocalTime.ts';
import { solarPosition } from '../../../../src/planning/analysis/solarPosition.ts';

const DEG = 180 / Math.PI;
const HUE = { lat: 16.4676, lon: 107.5787 };

function direction(elevationDeg: number, azimuthDeg: number): Cartesian3 {
  const e = elevationDeg / DEG, a = azimuthDeg / DEG;
  return new Cartesian3(Math.cos(e) * Math.sin(a), Math.cos(e) * Math.cos(a), Math.sin(e));
}

function cesiumSun(date: Date): { elevationDeg: number; azimuthDeg: number } {
  const time = JulianDate.fromDate(date);
  const inertial = Simon1994PlanetaryPositions.computeSunPositionInEarthInertialFrame(time);
  // What Cesium's scene uses when ICRF data is not loaded: TEME → pseudo-fixed.
  const toFixed = Transforms.computeTemeToPseudoFixedMatrix(time);
  const sunFixed = Matrix3.multiplyByVector(toFixed, inertial, new Cartesian3());
  const here = Cartesian3.fromDegrees(HUE.lon, HUE.lat, 0);
  const toSun = Cartesian3.normalize(Cartesian3.subtract(sunFixed, here, new Cartesian3()), new Cartesian3());
  const enu = Transforms.eastNorthUpToFixedFrame(here);
  const east = new Cartesian3(enu[0], enu[1], enu[2]), north = new Cartesian3(enu[4], enu[5], enu[6]), up = new Cartesian3(enu[8], enu[9], enu[10]);
  const e = Cartesian3.dot(toSun, east), n = Cartesian3.dot(toSun, north), u = Cartesian3.dot(toSun, up);
  return { elevationDeg: Math.asin(u) * DEG, azimuthDeg: ((Math.atan2(e, n) * DEG) + 360) % 360 };
}

describe("Cesium's sun for a Huế instant", () => {
  it.each(['2026-06-21T09:00', '2026-03-20T12:00', '2026-12-21T15:30', '2026-09-23T06:30'])('points within 0.5° of the NOAA position at %s', (local) => {
    const date = parseHueDateTime(local)!;
    const ours = solarPosition(date, HUE.lat, HUE.lon);
    const theirs = cesiumSun(date);
    const separationDeg = Cartesian3.angleBetween(direction(theirs.elevationDeg, theirs.azimuthDeg), direction(ours.elevationRad * DEG, ours.azimuthRad * DEG)) * DEG;
    expect(separationDeg).toBeLessThan(0.5);
    expect(Math.abs(theirs.elevationDeg - ours.elevationRad * DEG)).toBeLessThan(0.5);
  });
});
