/**
 * Seeded, stateless pseudo-randomness for the simulator: every value is a pure function of
 * (seed, key, time), so a reading at any instant — live or backfilled — is reproducible, and two
 * runs with the same seed publish the same numbers.
 */

/** 32-bit hash of a seed and a key string (FNV-1a, then a murmur3 finaliser). */
export function hashKey(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return mix(h);
}

function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform number in [0, 1) for (seed, key, integer step). */
export function uniform(seed: number, key: string, step: number): number {
  return mix(hashKey(seed, key) ^ Math.imul(step | 0, 0x9e3779b1)) / 4294967296;
}

/** Approximately standard-normal number for (seed, key, step) (sum of four uniforms, scaled). */
export function gaussian(seed: number, key: string, step: number): number {
  let s = 0;
  for (let i = 0; i < 4; i++) s += uniform(seed, `${key}#${i}`, step);
  return (s - 2) * Math.sqrt(3);
}

/**
 * Smooth value noise in [-1, 1] that changes over `periodS` seconds: random values at multiples of
 * the period, cosine-interpolated in between. `tMs` is a Unix time in milliseconds.
 */
export function smoothNoise(seed: number, key: string, tMs: number, periodS: number): number {
  const x = tMs / 1000 / periodS;
  const i = Math.floor(x);
  const f = x - i;
  const a = uniform(seed, key, i) * 2 - 1;
  const b = uniform(seed, key, i + 1) * 2 - 1;
  const w = (1 - Math.cos(f * Math.PI)) / 2;
  return a * (1 - w) + b * w;
}
