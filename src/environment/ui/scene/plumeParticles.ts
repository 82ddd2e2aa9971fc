/**
 * Where the animated plume particles are at a moment, for both views: per source
 * {@link PARTICLES_PER_SOURCE} particles stream downwind along the run's wind and spread crosswind
 * by σy of its stability class (their crosswind offsets are fixed standard-normal samples). The
 * pace is exaggerated — a {@link TRIP_M} m trip takes {@link TRIP_S} s whatever the wind — so
 * direction and spread come from the model, the speed does not. Plain TypeScript.
 */
import { dispersionCurves, sigmaAt } from '../../plume/dispersionCoefficients.ts';
import { downwindVector } from '../../plume/gaussianPlume.ts';
import type { PlumeRun } from '../../plume/plumeGrid.ts';
import { METRES_PER_DEGREE_LAT, metresPerDegreeLon } from '../../surface/SurfaceGrid.ts';

/** Particles per source. */
export const PARTICLES_PER_SOURCE = 36;
/** Length of a particle's trip downwind, metres. */
export const TRIP_M = 6000;
/** Seconds a particle takes for its trip (exaggerated flow). */
export const TRIP_S = 8;

/** One particle at a moment. */
export interface PlumeParticle {
  /** Index of its run. */
  readonly run: number;
  /** Degrees. */
  readonly lon: number;
  /** Degrees. */
  readonly lat: number;
  /** Fraction of its trip done, 0–1 (particles fade as they go). */
  readonly phase: number;
}

/** A deterministic standard-normal sample for particle k (Box–Muller on a golden-ratio sequence). */
export function normalSample(k: number): number {
  const u1 = ((k * 0.618034) % 1) * 0.998 + 0.001;
  const u2 = ((k * 0.754877) % 1);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Every particle of `runs` at `timeS` seconds of animation (any origin; the pattern repeats every {@link TRIP_S} s). */
export function plumeParticles(runs: readonly PlumeRun[], timeS: number, perSource = PARTICLES_PER_SOURCE): PlumeParticle[] {
  const out: PlumeParticle[] = [];
  const advance = (((timeS / TRIP_S) % 1) + 1) % 1;
  runs.forEach((r, run) => {
    const { east, north } = downwindVector(r.windFromDeg);
    const curve = dispersionCurves(r.stability).y;
    const mLon = metresPerDegreeLon(r.source.lat);
    for (let k = 0; k < perSource; k++) {
      const phase = (k / perSource + advance) % 1;
      const x = Math.max(1, phase * TRIP_M);
      const y = normalSample(run * perSource + k + 1) * sigmaAt(curve, x);
      const dEast = x * east + y * north;
      const dNorth = x * north - y * east;
      out.push({ run, lon: r.source.lon + dEast / mLon, lat: r.source.lat + dNorth / METRES_PER_DEGREE_LAT, phase });
    }
  });
  return out;
}

/** Particle colour: near-white lilac, fading from 90 % to 0 % opacity along the trip (RGBA 0–255). */
export function particleColour(phase: number): [number, number, number, number] {
  return [245, 240, 255, Math.round(230 * (1 - phase))];
}
