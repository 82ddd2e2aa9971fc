import { TOUR_LANGS, type LocalizedText, type TourLang } from './tourTypes.ts';

/** Languages tried, in order, when a text lacks the chosen one: English, then Vietnamese, then any. */
export const FALLBACK_LANGS: readonly TourLang[] = ['en', 'vi'];

/** A text picked for a language, and in which language it actually is. */
export interface PickedText {
  text: string;
  lang: TourLang;
  /** True when the chosen language was missing and another was used. */
  fallback: boolean;
}

/**
 * The text in `lang`, else in English, else Vietnamese, else the first language that has one
 * (blank texts count as missing). Undefined when no language has a text.
 */
export function pickText(texts: LocalizedText | undefined, lang: TourLang): PickedText | undefined {
  if (!texts) return undefined;
  const has = (l: TourLang) => typeof texts[l] === 'string' && texts[l]!.trim() !== '';
  if (has(lang)) return { text: texts[lang]!, lang, fallback: false };
  for (const l of [...FALLBACK_LANGS, ...TOUR_LANGS]) {
    if (has(l)) return { text: texts[l]!, lang: l, fallback: true };
  }
  return undefined;
}

/**
 * The narration language to start with: the requested one when the tour offers it, else the UI
 * language when offered, else the tour's first language.
 */
export function chooseTourLang(offered: readonly TourLang[], requested: string | undefined, uiLang: string): TourLang {
  if (requested && (offered as readonly string[]).includes(requested)) return requested as TourLang;
  if ((offered as readonly string[]).includes(uiLang)) return uiLang as TourLang;
  return offered[0] ?? 'vi';
}
