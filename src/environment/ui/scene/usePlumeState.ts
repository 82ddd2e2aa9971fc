/**
 * The plumes at the shown time, for both views: the runs (sources with the wind of the nearest
 * station and their stability class) follow the readings, at most every 3 s, and the field is
 * recomputed only when a run changes (a clock tick alone changes no wind).
 */
import { useMemo, useRef } from 'react';
import type { Lang } from '../../../ui/i18n/messages.ts';
import type { Pollutant } from '../../aqi.ts';
import type { RegisteredSource } from '../data/emissionSources.ts';
import type { StationReading } from '../stations/stationReading.ts';
import { useThrottled } from '../useThrottled.ts';
import { plumeField, plumeKey, plumeRunsAt, type PlumeState } from './plumeRuns.ts';

/** Minimum time between two plume recomputations, milliseconds. */
const PLUME_THROTTLE_MS = 3000;

/** The plume state of `pollutant` for the readings shown at `timeMs`. */
export function usePlumeState(readings: readonly StationReading[], sources: readonly RegisteredSource[], pollutant: Pollutant, timeMs: number, lang: Lang): PlumeState {
  const throttled = useThrottled(readings, PLUME_THROTTLE_MS);
  const runs = useMemo(
    () => plumeRunsAt(throttled, sources, pollutant, timeMs, lang),
    // The shown time moves with the readings; a clock tick alone changes no wind.
    [throttled, sources, pollutant, lang],
  );
  const key = plumeKey(runs.runs, throttled.length);
  const inputs = useRef({ runs, throttled });
  inputs.current = { runs, throttled };
  return useMemo(() => plumeField(inputs.current.runs.runs, inputs.current.runs.withoutWind, inputs.current.throttled), [key]);
}
