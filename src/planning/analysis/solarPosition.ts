/**
 * Solar position after the NOAA solar calculator (Meeus, "Astronomical Algorithms", as simplified by
 * NOAA ESRL): declination, equation of time, hour angle, then elevation and azimuth for an observer.
 * Accurate to ~0.01° for dates 1800–2100, which is far below what a shadow on a city block can show.
 */

const RAD = Math.PI / 180;

/** Where the sun is, seen from one place at one instant. Angles in radians. */
export interface SolarPosition {
  /** Geometric elevation above the horizon (no refraction), rad; negative at night. */
  elevationRad: number;
  /** Elevation with the standard atmospheric refraction correction (what an observer sees), rad. */
  apparentElevationRad: number;
  /** Azimuth clockwise from true north (0 = north, π/2 = east), rad, in [0, 2π). */
  azimuthRad: number;
  /** Solar declination, rad. */
  declinationRad: number;
  /** Equation of time (apparent minus mean solar time), minutes. */
  equationOfTimeMin: number;
}

/** Julian centuries since J2000.0 of a JavaScript time (ms since 1970, UTC). */
function julianCentury(timeMs: number): number {
  return (timeMs / 86_400_000 + 2_440_587.5 - 2_451_545) / 36_525;
}

/** Declination (rad) and equation of time (min) at a Julian century. */
function sunOrbit(t: number): { declinationRad: number; equationOfTimeMin: number } {
  const l0 = ((280.46646 + t * (36_000.76983 + t * 0.0003032)) % 360) * RAD;
  const m = (357.52911 + t * (35_999.05029 - 0.0001537 * t)) * RAD;
  const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const centre = Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t)) + Math.sin(2 * m) * (0.019993 - 0.000101 * t) + Math.sin(3 * m) * 0.000289;
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparentLong = (l0 / RAD + centre - 0.00569 - 0.00478 * Math.sin(omega)) * RAD;
  const meanObliquity = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const obliquity = (meanObliquity + 0.00256 * Math.cos(omega)) * RAD;
  const declinationRad = Math.asin(Math.sin(obliquity) * Math.sin(apparentLong));
  const y = Math.tan(obliquity / 2) ** 2;
  const eot = y * Math.sin(2 * l0) - 2 * e * Math.sin(m) + 4 * e * y * Math.sin(m) * Math.cos(2 * l0)
    - 0.5 * y * y * Math.sin(4 * l0) - 1.25 * e * e * Math.sin(2 * m);
  return { declinationRad, equationOfTimeMin: (4 * eot) / RAD };
}

/** Atmospheric refraction (NOAA's piecewise fit for standard pressure and temperature), degrees, at a geometric elevation in degrees. */
export function refractionDeg(elevationDeg: number): number {
  if (elevationDeg > 85) return 0;
  const te = Math.tan(elevationDeg * RAD);
  let arcsec: number;
  if (elevationDeg > 5) arcsec = 58.1 / te - 0.07 / te ** 3 + 0.000086 / te ** 5;
  else if (elevationDeg > -0.575) arcsec = 1735 + elevationDeg * (-518.2 + elevationDeg * (103.4 + elevationDeg * (-12.79 + elevationDeg * 0.711)));
  else arcsec = -20.772 / te;
  return arcsec / 3600;
}

/**
 * Sun position at `date` (an instant; its time zone does not matter) for an observer at `latDeg`
 * (north positive) and `lonDeg` (east positive), degrees.
 */
export function solarPosition(date: Date, latDeg: number, lonDeg: number): SolarPosition {
  const timeMs = date.getTime();
  const { declinationRad, equationOfTimeMin } = sunOrbit(julianCentury(timeMs));
  const utcMinutes = (((timeMs / 60_000) % 1440) + 1440) % 1440;
  const trueSolarMin = (((utcMinutes + equationOfTimeMin + 4 * lonDeg) % 1440) + 1440) % 1440;
  const hourAngle = (trueSolarMin / 4 - 180) * RAD;
  const lat = latDeg * RAD;
  const cosZenith = Math.min(1, Math.max(-1, Math.sin(lat) * Math.sin(declinationRad) + Math.cos(lat) * Math.cos(declinationRad) * Math.cos(hourAngle)));
  const elevationRad = Math.PI / 2 - Math.acos(cosZenith);
  const azimuthFromSouth = Math.atan2(Math.sin(hourAngle), Math.cos(hourAngle) * Math.sin(lat) - Math.tan(declinationRad) * Math.cos(lat));
  const azimuthRad = (azimuthFromSouth + Math.PI + 2 * Math.PI) % (2 * Math.PI);
  const apparentElevationRad = elevationRad + refractionDeg(elevationRad / RAD) * RAD;
  return { elevationRad, apparentElevationRad, azimuthRad, declinationRad, equationOfTimeMin };
}

/**
 * Solar noon (the sun's upper transit) of the UTC calendar day containing `dayUtcMs` (ms since 1970)
 * at longitude `lonDeg` (east positive), as ms since 1970. Two fixed-point iterations of the NOAA
 * formula, good to well under a second.
 */
export function solarNoonMs(dayUtcMs: number, lonDeg: number): number {
  const midnight = Math.floor(dayUtcMs / 86_400_000) * 86_400_000;
  let noon = midnight + (720 - 4 * lonDeg) * 60_000;
  for (let i = 0; i < 2; i++) {
    noon = midnight + (720 - 4 * lonDeg - sunOrbit(julianCentury(noon)).equationOfTimeMin) * 60_000;
  }
  return noon;
}
