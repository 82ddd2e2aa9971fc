/**
 * The fields of a served tour (`GET /api/tours/{id}`, and `tour.json` / `window.HUE_TOUR` in an
 * offline bundle — docs/tours.md) that the players read. Anything else in the document is ignored.
 */
import type { LocalizedText, StopCamera, TourLang } from './tourTypes.ts';

/** One stop of the tour document. */
export interface ServedStop {
  id: string;
  monumentId?: string;
  view?: StopCamera;
  /** Asset id of a panorama. */
  panorama?: string;
  title: LocalizedText;
  narration: LocalizedText;
  /** Asset ids of recorded narration per language. */
  audio?: Partial<Record<TourLang, string>>;
  media?: { asset: string; caption?: LocalizedText }[];
  layers?: string[];
  durationS: number;
}

/** An asset the document references, pinned to a version. */
export interface ServedAsset {
  id: string;
  version?: number;
  kind: 'model' | 'panorama' | 'image' | 'audio';
  mediaType?: string;
  /** Absolute path on the server, or relative inside a bundle. */
  url: string;
  language?: string;
}

/** A layer a stop shows. */
export interface ServedLayer {
  type: string;
  url: string;
  title?: LocalizedText;
}

/** A served tour (published version or draft). */
export interface ServedTour {
  id: string;
  status: 'published' | 'draft';
  /** Null for a draft. */
  version: number | null;
  latestVersion?: number | null;
  publishedBy?: string;
  publishedAt?: string;
  updatedBy?: string;
  updatedAt?: string;
  document: {
    title: LocalizedText;
    description?: LocalizedText;
    translations?: Partial<Record<TourLang, string>>;
    stops: ServedStop[];
  };
  languages?: { complete: TourLang[]; partial: TourLang[] };
  assets?: Record<string, ServedAsset>;
  monuments?: Record<string, { lonDeg: number; latDeg: number; name?: LocalizedText }>;
  layers?: Record<string, ServedLayer>;
}
