import type { LogisticsView } from './logisticsParams.ts';
import { loadRoute, routeUrl, type RouteFeature } from './logisticsApi.ts';
import { useLoaded, type Loaded } from './useLoaded.ts';

/** The route the URL asks for (`from`, `to`, profile, metric, closures), or undefined without both ends. */
export function useRoute(view: LogisticsView): Loaded<RouteFeature> {
  const q = { profile: view.profile, metric: view.metric, closed: view.closed, flood: view.flood };
  const key = view.from && view.to ? routeUrl(view.from, view.to, q) : undefined;
  return useLoaded(key, () => loadRoute(view.from!, view.to!, q));
}
