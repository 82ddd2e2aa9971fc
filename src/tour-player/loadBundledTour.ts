import type { ServedTour } from '../heritage/player/servedTour.ts';

/**
 * The tour of this bundle: `window.HUE_TOUR` (set by `tour.js`, which works from file://), else
 * `./tour.json` fetched (when the bundle is served over http). Undefined when neither exists.
 */
export async function loadBundledTour(): Promise<ServedTour | undefined> {
  const fromScript = (window as unknown as { HUE_TOUR?: ServedTour }).HUE_TOUR;
  if (fromScript) return fromScript;
  if (location.protocol === 'file:') return undefined;
  try {
    const response = await fetch('./tour.json');
    return response.ok ? ((await response.json()) as ServedTour) : undefined;
  } catch {
    return undefined;
  }
}
