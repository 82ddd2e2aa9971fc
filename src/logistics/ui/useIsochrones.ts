import type { LogisticsView } from './logisticsParams.ts';
import { loadIsochrones, type IsochroneCollection } from './logisticsApi.ts';
import { useLoaded, type Loaded } from './useLoaded.ts';

/** Reach bands drawn from a facility, minutes. */
export const ISOCHRONE_MINUTES: readonly number[] = [15, 30, 60];

/** Isochrones from `iso=` (with the route's profile and the disruption's closures), or undefined without an origin. */
export function useIsochrones(view: LogisticsView): Loaded<IsochroneCollection> {
  const q = { profile: view.profile, closed: view.closed, flood: view.flood };
  const key = view.iso ? JSON.stringify([view.iso, q]) : undefined;
  return useLoaded(key, () => loadIsochrones(view.iso!, ISOCHRONE_MINUTES, q));
}
