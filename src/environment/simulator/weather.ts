/**
 * City-wide synthetic weather for Huế: a diurnal temperature/humidity cycle and a sea-breeze wind
 * regime (onshore from the east-north-east by day, a weak land breeze from the south-west at night)
 * with slow random swings. Also the Pasquill–Gifford stability class the dispersion model needs.
 */
import { gaussian, smoothNoise } from './deterministicNoise.ts';
import { hueHourOfDay } from './localTime.ts';

/** Pasquill–Gifford atmospheric stability class (A very unstable … F stable). */
export type StabilityClass = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Weather at one instant. */
export interface Weather {
  /** Air temperature, °C. */
  temperature: number;
  /** Relative humidity, % (0–100). */
  humidity: number;
  /** Wind speed at 10 m, m/s (≥ 0.3). */
  windSpeed: number;
  /** Direction the wind comes FROM, degrees clockwise from north, [0, 360). */
  windDirection: number;
  /** Stability class for the Gaussian plume. */
  stability: StabilityClass;
  /** Whether the sun is up (06:00–18:00 local). */
  daytime: boolean;
}

/** Daytime stability by wind speed (strong sun), night-time by wind speed (clear night). */
export function stabilityClass(windSpeed: number, daytime: boolean): StabilityClass {
  if (daytime) return windSpeed < 3 ? 'B' : windSpeed < 5 ? 'C' : 'D';
  return windSpeed < 2 ? 'F' : windSpeed < 3 ? 'E' : 'D';
}

/** The weather at `tMs` (Unix ms) for `seed`. */
export function weatherAt(seed: number, tMs: number): Weather {
  const h = hueHourOfDay(tMs);
  const daytime = h >= 6 && h < 18;
  const temperature = 26.5 + 4 * Math.sin(((h - 9) / 24) * 2 * Math.PI) + 1.5 * smoothNoise(seed, 'temp', tMs, 6 * 3600);
  const humidity = Math.min(100, Math.max(35, 82 - 3.2 * (temperature - 26.5) + 6 * smoothNoise(seed, 'rh', tMs, 4 * 3600)));
  // Sea-breeze weight: 1 in the afternoon, 0 late at night, smooth in between.
  const breeze = Math.max(0, Math.sin(((h - 8) / 14) * Math.PI));
  const regimeFrom = breeze > 0.15 ? 65 : 235;
  const swing = 35 * smoothNoise(seed, 'wdir', tMs, 3 * 3600);
  const windDirection = (((regimeFrom + swing) % 360) + 360) % 360;
  const windSpeed = Math.max(0.3, 1.2 + 2.6 * breeze + 0.9 * smoothNoise(seed, 'wspd', tMs, 2 * 3600) + 0.15 * gaussian(seed, 'gust', Math.floor(tMs / 60000)));
  return { temperature, humidity, windSpeed, windDirection, stability: stabilityClass(windSpeed, daytime), daytime };
}
