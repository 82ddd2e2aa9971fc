import { useEffect } from 'react';
import type { ToolContext } from '../../app/tools/WorkspaceTools.ts';
import { fromServedTour } from '../player/fromServedTour.ts';
import { chooseTourLang } from '../player/localizedText.ts';
import { getTour } from './toursApi.ts';
import { tourStore } from './tourStore.ts';

/** URL parameters of the heritage workspace: `tour=ID`, `v=N` (a published version), `narration=fr`, `stop=N` (1-based). */
export interface TourParams {
  tour?: string;
  version?: number;
  narration?: string;
  stop?: number;
}

/** Reads the tour parameters from the tool context. */
export function tourParams(params: Record<string, string>): TourParams {
  const version = Number(params.v);
  const stop = Number(params.stop);
  return {
    tour: params.tour || undefined,
    version: Number.isInteger(version) && version > 0 ? version : undefined,
    narration: params.narration || undefined,
    stop: Number.isInteger(stop) && stop > 0 ? stop : undefined,
  };
}

/**
 * Loads the tour named in the URL (`#/heritage?tour=ID[&v=N]`) into the tour store — only
 * published versions: the public API never serves drafts. Clears the store when the link names
 * no tour. Disabled (`enabled` false) while the editor previews a draft.
 */
export function useTourLoader(ctx: ToolContext, enabled: boolean): void {
  const { tour, version } = tourParams(ctx.params);
  const { lang } = ctx;
  useEffect(() => {
    if (!enabled) return;
    if (!tour) {
      tourStore.load(undefined, undefined);
      return;
    }
    let cancelled = false;
    void getTour(tour, { version }).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        tourStore.fail(result.message);
        return;
      }
      const playable = fromServedTour(result.value);
      const p = tourParams(ctx.params);
      tourStore.load(playable, result.value, (p.stop ?? 1) - 1, chooseTourLang(playable.languages, p.narration, lang));
    });
    return () => {
      cancelled = true;
    };
    // Only a different tour or version reloads (not the stop or language parameters), hence the short list.
  }, [enabled, tour, version]);
}
