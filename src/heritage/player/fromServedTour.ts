import type { ServedTour } from './servedTour.ts';
import { isTourLang, TOUR_LANGS, type PlayableStop, type PlayableTour, type TourLang } from './tourTypes.ts';

/** Duration used when a stop says none or an invalid one, in seconds. */
export const DEFAULT_STOP_DURATION_S = 30;

function languagesOf(served: ServedTour): TourLang[] {
  const listed = served.languages ? [...served.languages.complete, ...served.languages.partial] : [];
  const fromTexts = listed.length > 0 ? listed : Object.keys(served.document.title ?? {});
  const set = new Set(fromTexts.filter(isTourLang));
  return TOUR_LANGS.filter((l) => set.has(l));
}

/**
 * Turns a served tour into the {@link PlayableTour} the players use: asset ids become URLs
 * (resolved against `baseUrl`, the page for a bundle), monuments give each stop its ground location,
 * languages come from `languages.complete` then `partial`.
 */
export function fromServedTour(served: ServedTour, baseUrl?: string): PlayableTour {
  const url = (assetId: string | undefined) => {
    const asset = assetId ? served.assets?.[assetId] : undefined;
    if (!asset) return undefined;
    return baseUrl ? new URL(asset.url, baseUrl).href : asset.url;
  };
  const stops: PlayableStop[] = served.document.stops.map((s) => {
    const monument = s.monumentId ? served.monuments?.[s.monumentId] : undefined;
    const audio: Partial<Record<TourLang, string>> = {};
    for (const [lang, id] of Object.entries(s.audio ?? {})) {
      const u = url(id);
      if (u && isTourLang(lang)) audio[lang] = u;
    }
    const model = s.media?.map((m) => served.assets?.[m.asset]).find((a) => a?.kind === 'model');
    return {
      id: s.id,
      title: s.title ?? {},
      narration: s.narration ?? {},
      camera: s.view,
      monumentId: s.monumentId,
      location: monument ? { lonDeg: monument.lonDeg, latDeg: monument.latDeg } : undefined,
      panoramaUrl: url(s.panorama),
      modelUrl: url(model?.id),
      audio,
      layers: s.layers,
      durationS: s.durationS > 0 ? s.durationS : DEFAULT_STOP_DURATION_S,
    };
  });
  return {
    id: served.id,
    version: served.version ?? undefined,
    title: served.document.title ?? {},
    languages: languagesOf(served),
    stops,
  };
}
