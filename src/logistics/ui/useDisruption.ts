import type { LogisticsView } from './logisticsParams.ts';
import { loadDisruption, type DisruptionResult } from './logisticsApi.ts';
import { useLoaded, type Loaded } from './useLoaded.ts';

/** The disruption analysis for `closed=` and `flood=` (undefined when neither is set). */
export function useDisruption(view: LogisticsView): Loaded<DisruptionResult> {
  const body = { closedSegments: view.closed.length > 0 ? view.closed : undefined, floodLevelM: view.flood, profile: view.profile };
  const key = view.closed.length > 0 || view.flood !== undefined ? JSON.stringify(body) : undefined;
  return useLoaded(key, () => loadDisruption(body));
}
