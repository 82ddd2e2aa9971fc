/**
 * What the logistics map knows and the panel shows (fleet counts, measured frame rate): a tiny
 * external store the map writes and the panel reads with `useSyncExternalStore`.
 */
import { useSyncExternalStore } from 'react';

/** The map's status. */
export interface LogisticsMapStatus {
  syntheticVehicles: number;
  wasteTrucks: number;
  /** Map frames drawn in the last second (only measured with `fps=1`). */
  fps: number | undefined;
}

let status: LogisticsMapStatus = { syntheticVehicles: 0, wasteTrucks: 0, fps: undefined };
const listeners = new Set<() => void>();

/** Merges `patch` into the status (listeners run only on a change). */
export function setMapStatus(patch: Partial<LogisticsMapStatus>): void {
  const next = { ...status, ...patch };
  if ((Object.keys(next) as (keyof LogisticsMapStatus)[]).every((k) => next[k] === status[k])) return;
  status = next;
  for (const l of listeners) l();
}

/** The current status, re-rendering on change. */
export function useMapStatus(): LogisticsMapStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}
