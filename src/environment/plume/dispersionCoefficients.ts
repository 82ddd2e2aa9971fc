/**
 * Horizontal and vertical dispersion coefficients σy(x), σz(x) in metres for a downwind distance x
 * in metres: Briggs (1973) fits to the Pasquill–Gifford curves, urban (McElroy–Pooler, St. Louis)
 * and open-country forms, as tabulated by the US EPA. Each has the shape
 * σ = a·x·(1 + b·x)^c, which lets the plume grid reject cells without a square root.
 */
import type { StabilityClass } from './stabilityClass.ts';

/** Which set of Briggs curves: `urban` (default for a city) or `rural`. */
export type DispersionTerrain = 'urban' | 'rural';

/** σ = a·x·(1 + b·x)^c (x and σ in metres). */
export interface SigmaCurve {
  readonly a: number;
  readonly b: number;
  readonly c: number;
}

/** σy and σz curves of one stability class. */
export interface DispersionCurves {
  readonly y: SigmaCurve;
  readonly z: SigmaCurve;
}

const s = (a: number, b: number, c: number): SigmaCurve => ({ a, b, c });

const URBAN: Record<StabilityClass, DispersionCurves> = {
  A: { y: s(0.32, 0.0004, -0.5), z: s(0.24, 0.001, 0.5) },
  B: { y: s(0.32, 0.0004, -0.5), z: s(0.24, 0.001, 0.5) },
  C: { y: s(0.22, 0.0004, -0.5), z: s(0.2, 0, 0) },
  D: { y: s(0.16, 0.0004, -0.5), z: s(0.14, 0.0003, -0.5) },
  E: { y: s(0.11, 0.0004, -0.5), z: s(0.08, 0.0015, -0.5) },
  F: { y: s(0.11, 0.0004, -0.5), z: s(0.08, 0.0015, -0.5) },
};

const RURAL: Record<StabilityClass, DispersionCurves> = {
  A: { y: s(0.22, 0.0001, -0.5), z: s(0.2, 0, 0) },
  B: { y: s(0.16, 0.0001, -0.5), z: s(0.12, 0, 0) },
  C: { y: s(0.11, 0.0001, -0.5), z: s(0.08, 0.0002, -0.5) },
  D: { y: s(0.08, 0.0001, -0.5), z: s(0.06, 0.0015, -0.5) },
  E: { y: s(0.06, 0.0001, -0.5), z: s(0.03, 0.0003, -1) },
  F: { y: s(0.04, 0.0001, -0.5), z: s(0.016, 0.0003, -1) },
};

/** The Briggs curves of a class (default urban). */
export function dispersionCurves(stability: StabilityClass, terrain: DispersionTerrain = 'urban'): DispersionCurves {
  return (terrain === 'rural' ? RURAL : URBAN)[stability];
}

/** σ(x) in metres of a curve at downwind distance `xM` metres (> 0). */
export function sigmaAt(curve: SigmaCurve, xM: number): number {
  return curve.a * xM * (curve.c === 0 ? 1 : (1 + curve.b * xM) ** curve.c);
}

/** Wind-profile exponents p of u(z) = u10·(z/10)^p (US EPA, urban and rural), by class. */
const PROFILE_EXPONENT: Record<DispersionTerrain, Record<StabilityClass, number>> = {
  urban: { A: 0.15, B: 0.15, C: 0.2, D: 0.25, E: 0.3, F: 0.3 },
  rural: { A: 0.07, B: 0.07, C: 0.1, D: 0.15, E: 0.35, F: 0.55 },
};

/**
 * Wind speed (m/s) at height `heightM` from the 10-m speed by the power law, never below
 * `minSpeedMs` (default 1 m/s: the Gaussian plume is not valid in calm air).
 */
export function windAtHeight(u10Ms: number, heightM: number, stability: StabilityClass, terrain: DispersionTerrain = 'urban', minSpeedMs = 1): number {
  const p = PROFILE_EXPONENT[terrain][stability];
  const u = u10Ms * (Math.max(heightM, 10) / 10) ** p;
  return Math.max(minSpeedMs, Number.isFinite(u) ? u : 0);
}
