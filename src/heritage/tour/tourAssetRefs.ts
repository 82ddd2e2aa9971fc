/** The asset references of a tour document, with the field that holds each and the kind it must be. */
import type { AssetKind } from '../assets/assetKinds.ts';
import { TOUR_LANGUAGES } from '../languages.ts';
import type { TourDocument } from './tourSchema.ts';

/** One reference: `field` is a path like `stops[1].audio.vi`; `kind` undefined means any kind. */
export interface TourAssetRef {
  field: string;
  assetId: string;
  kind?: AssetKind;
}

/** Every asset reference of `doc`, in document order. */
export function tourAssetRefs(doc: TourDocument): TourAssetRef[] {
  const refs: TourAssetRef[] = [];
  doc.stops.forEach((stop, i) => {
    if (stop.panorama) refs.push({ field: `stops[${i}].panorama`, assetId: stop.panorama, kind: 'panorama' });
    for (const language of TOUR_LANGUAGES) {
      const id = stop.audio?.[language];
      if (id) refs.push({ field: `stops[${i}].audio.${language}`, assetId: id, kind: 'audio' });
    }
    (stop.media ?? []).forEach((m, k) => refs.push({ field: `stops[${i}].media[${k}].asset`, assetId: m.asset }));
  });
  return refs;
}

/** Distinct asset ids of `doc`. */
export function tourAssetIds(doc: TourDocument): string[] {
  return [...new Set(tourAssetRefs(doc).map((r) => r.assetId))];
}
