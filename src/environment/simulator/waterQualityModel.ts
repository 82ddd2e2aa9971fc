/**
 * What a synthetic river water-quality sensor reads: pH near neutral with slow drift, dissolved
 * oxygen with the afternoon photosynthesis peak and lower downstream, turbidity with occasional
 * run-off episodes, and water temperature lagging the air.
 */
import { gaussian, smoothNoise } from './deterministicNoise.ts';
import { hueHourOfDay } from './localTime.ts';
import type { WaterSensor } from './simulatedNetwork.ts';

/** One river reading: pH, DO mg/L, turbidity NTU, water temperature °C. */
export interface WaterReading {
  ph: number;
  do: number;
  turbidity: number;
  water_temperature: number;
}

/** The reading of the `index`-th sensor downstream at `tMs` (Unix ms) for `seed`. */
export function waterReading(seed: number, sensor: WaterSensor, index: number, tMs: number): WaterReading {
  const hour = hueHourOfDay(tMs);
  const minute = Math.floor(tMs / 60000);
  const runoff = Math.max(0, smoothNoise(seed, 'runoff', tMs, 6 * 3600));
  return {
    ph: Number((7.15 + 0.2 * smoothNoise(seed, `${sensor.code}:ph`, tMs, 8 * 3600) + 0.12 * Math.sin(((hour - 10) / 24) * 2 * Math.PI) + 0.02 * gaussian(seed, `${sensor.code}:ph`, minute)).toFixed(2)),
    do: Number(Math.max(0.5, 6.6 - 0.35 * index + 0.8 * Math.sin(((hour - 9) / 24) * 2 * Math.PI) + 0.3 * smoothNoise(seed, `${sensor.code}:do`, tMs, 4 * 3600)).toFixed(2)),
    turbidity: Number(Math.max(1, 12 + 4 * index + 35 * runoff + 2 * gaussian(seed, `${sensor.code}:ntu`, minute)).toFixed(1)),
    water_temperature: Number((27 + 1.1 * Math.sin(((hour - 11) / 24) * 2 * Math.PI) + 0.4 * smoothNoise(seed, 'water-temp', tMs, 24 * 3600)).toFixed(1)),
  };
}
