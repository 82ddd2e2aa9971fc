/**
 * Occasional sensor faults, deterministic per (seed, device, time): a device goes silent (network
 * loss), one of its quantities gets stuck at an old value, or one pollutant reading spikes.
 * Roughly {@link FAULT_PROBABILITY} of half-hour windows per device contain a fault.
 */
import { uniform } from './deterministicNoise.ts';

/** Length of the window in which at most one fault starts. Default: 30 minutes, in ms. */
export const FAULT_WINDOW_MS = 30 * 60 * 1000;
/** Chance that a window holds a fault. Default: 0.03. */
export const FAULT_PROBABILITY = 0.03;

/** A fault in progress. */
export interface SensorFault {
  kind: 'silent' | 'stuck' | 'spike';
  /** Start and end, Unix ms (end exclusive). */
  from: number;
  to: number;
  /** For `stuck` and `spike`: which of the device's quantities (index into its list). */
  quantityIndex: number;
  /** For `spike`: the factor applied. */
  factor: number;
}

/** The fault affecting `deviceCode` at `tMs`, or null. `quantityCount` is how many quantities it has. */
export function faultAt(seed: number, deviceCode: string, tMs: number, quantityCount: number): SensorFault | null {
  const window = Math.floor(tMs / FAULT_WINDOW_MS);
  for (const w of [window, window - 1]) {
    if (uniform(seed, `${deviceCode}:fault`, w) >= FAULT_PROBABILITY) continue;
    const pick = uniform(seed, `${deviceCode}:fault-kind`, w);
    const kind: SensorFault['kind'] = pick < 0.45 ? 'silent' : pick < 0.75 ? 'stuck' : 'spike';
    const from = w * FAULT_WINDOW_MS + Math.floor(uniform(seed, `${deviceCode}:fault-start`, w) * 10 * 60 * 1000);
    const duration = kind === 'spike' ? 90 * 1000 : (10 + 12 * uniform(seed, `${deviceCode}:fault-len`, w)) * 60 * 1000;
    const to = from + duration;
    if (tMs >= from && tMs < to) {
      return {
        kind,
        from,
        to,
        quantityIndex: Math.floor(uniform(seed, `${deviceCode}:fault-q`, w) * quantityCount),
        factor: 3 + 4 * uniform(seed, `${deviceCode}:fault-factor`, w),
      };
    }
  }
  return null;
}
