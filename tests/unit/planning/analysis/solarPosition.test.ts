/**
 * Solar position against published values: the SPA paper's worked example (Reda & Andreas 2004,
 * NREL/TP-560-34302, Golden CO, 2003-10-17 12:30:30 MST: topocentric zenith 50.11162°, azimuth
 * 194.34024°) and, for Huế (16.46°N, 107.59°E), the noon elevations of the 2026 equinox and solstices
 * (90° − latitude + declination, with the published declinations of those days).
 */
import { describe, expect, it } from 'vitest';
import { solarNoonMs, solarPosition } from '../../../../src/planning/analysis/solarPosition.ts';
import { parseHueDateTime } from '../../../../src/planning/analysis/hueLocalTime.ts';

const DEG = 180 / Math.PI;
const HUE = { lat: 16.46, lon: 107.59 };

describe('solarPosition', () => {
  it('matches the SPA worked example (Golden, Colorado) within 0.03°', () => {
    const date = new Date(Date.UTC(2003, 9, 17, 19, 30, 30)); // 12:30:30 at UTC−7
    const sun = solarPosition(date, 39.742476, -105.1786);
    expect(90 - sun.apparentElevationRad * DEG).toBeCloseTo(50.11162, 1);
    expect(Math.abs(90 - sun.apparentElevationRad * DEG - 50.11162)).toBeLessThan(0.03);
    expect(Math.abs(sun.azimuthRad * DEG - 194.34024)).toBeLessThan(0.03);
  });

  it.each([
    // date (local), declination of that day (Astronomical Almanac, rounded), sun north of the zenith?
    ['2026-03-20', -0.13, false],
    ['2026-06-21', 23.44, true],
    ['2026-09-23', -0.08, false],
    ['2026-12-21', -23.44, false],
  ] as const)('Huế solar noon on %s: elevation 90° − 16.46° + declination, due south or north', (day, decl, north) => {
    const noon = solarNoonMs(parseHueDateTime(`${day}T12:00`)!.getTime(), HUE.lon);
    const sun = solarPosition(new Date(noon), HUE.lat, HUE.lon);
    const expected = 90 - Math.abs(HUE.lat - decl);
    expect(Math.abs(sun.elevationRad * DEG - expected)).toBeLessThan(0.1);
    const az = sun.azimuthRad * DEG;
    if (north) expect(Math.min(az, 360 - az)).toBeLessThan(1);
    else expect(Math.abs(az - 180)).toBeLessThan(1);
  });

  it('puts solar noon in Huế about 10–26 minutes before 12:00 local time (longitude 107.59°E vs the 105°E meridian of UTC+7)', () => {
    for (const day of ['2026-02-11', '2026-06-21', '2026-11-03']) {
      const local = parseHueDateTime(`${day}T12:00`)!.getTime();
      const minutesEarly = (local - solarNoonMs(local, HUE.lon)) / 60_000;
      // 4 min/degree × 2.59° ≈ 10.4 min, plus the equation of time (−14 min in February to +16 min in November).
      expect(minutesEarly).toBeGreaterThan(-5);
      expect(minutesEarly).toBeLessThan(27);
    }
  });

  it('has the sun rising in the east and setting in the west, below the horizon at midnight', () => {
    const morning = solarPosition(parseHueDateTime('2026-03-20T07:00')!, HUE.lat, HUE.lon);
    const evening = solarPosition(parseHueDateTime('2026-03-20T17:00')!, HUE.lat, HUE.lon);
    const night = solarPosition(parseHueDateTime('2026-03-20T00:00')!, HUE.lat, HUE.lon);
    expect(morning.elevationRad).toBeGreaterThan(0);
    expect(Math.abs(morning.azimuthRad * DEG - 90)).toBeLessThan(15);
    expect(Math.abs(evening.azimuthRad * DEG - 270)).toBeLessThan(15);
    expect(night.elevationRad * DEG).toBeLessThan(-60);
  });
});
