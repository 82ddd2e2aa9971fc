/**
 * Steady-state Gaussian plume, ground-level concentration with ground reflection, Briggs
 * open-country dispersion coefficients (Pasquill–Gifford classes). Used by the simulator to
 * spread registered emission sources with the simulated wind; SI units throughout.
 */
import type { StabilityClass } from './weather.ts';

/** Shortest downwind distance evaluated (the formula is singular at the source). Default: 50 m. */
export const MIN_DOWNWIND_M = 50;

const BRIGGS: Record<StabilityClass, { y: number; z: (x: number) => number }> = {
  A: { y: 0.22, z: (x) => 0.2 * x },
  B: { y: 0.16, z: (x) => 0.12 * x },
  C: { y: 0.11, z: (x) => 0.08 * x * (1 + 0.0002 * x) ** -0.5 },
  D: { y: 0.08, z: (x) => 0.06 * x * (1 + 0.0015 * x) ** -0.5 },
  E: { y: 0.06, z: (x) => 0.03 * x * (1 + 0.0003 * x) ** -1 },
  F: { y: 0.04, z: (x) => 0.016 * x * (1 + 0.0003 * x) ** -1 },
};

/** σy and σz in metres at downwind distance `x` metres for `stability`. */
export function dispersionSigmas(x: number, stability: StabilityClass): { sigmaY: number; sigmaZ: number } {
  const c = BRIGGS[stability];
  return { sigmaY: c.y * x * (1 + 0.0001 * x) ** -0.5, sigmaZ: c.z(x) };
}

/**
 * Ground-level concentration in µg/m³ at `downwind`/`crosswind` metres from a source emitting
 * `emissionGPerS` g/s at effective height `stackHeightM`, wind `windSpeed` m/s (clamped ≥ 0.5).
 * Zero upwind.
 */
export function plumeConcentration(emissionGPerS: number, downwind: number, crosswind: number, stackHeightM: number, windSpeed: number, stability: StabilityClass): number {
  if (downwind <= 0 || emissionGPerS <= 0) return 0;
  const x = Math.max(downwind, MIN_DOWNWIND_M);
  const u = Math.max(windSpeed, 0.5);
  const { sigmaY, sigmaZ } = dispersionSigmas(x, stability);
  const gPerM3 =
    (emissionGPerS / (Math.PI * u * sigmaY * sigmaZ)) * Math.exp(-(crosswind * crosswind) / (2 * sigmaY * sigmaY)) * Math.exp(-(stackHeightM * stackHeightM) / (2 * sigmaZ * sigmaZ));
  return gPerM3 * 1e6;
}

/**
 * Downwind and crosswind distance (m) of a receptor from a source, both as lon/lat degrees, for a
 * wind coming FROM `windFromDeg` (meteorological). Local equirectangular projection (fine at city scale).
 */
export function plumeFrame(source: [number, number], receptor: [number, number], windFromDeg: number): { downwind: number; crosswind: number } {
  const mPerDegLat = 110_574;
  const mPerDegLon = 111_320 * Math.cos((source[1] * Math.PI) / 180);
  const dx = (receptor[0] - source[0]) * mPerDegLon;
  const dy = (receptor[1] - source[1]) * mPerDegLat;
  const toward = ((windFromDeg + 180) * Math.PI) / 180;
  const ux = Math.sin(toward);
  const uy = Math.cos(toward);
  return { downwind: dx * ux + dy * uy, crosswind: -dx * uy + dy * ux };
}
