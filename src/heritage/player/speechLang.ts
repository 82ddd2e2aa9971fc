import type { TourLang } from './tourTypes.ts';

/** BCP 47 tags used to pick a speech-synthesis voice for each narration language. */
export const SPEECH_LOCALES: Record<TourLang, string> = {
  vi: 'vi-VN', en: 'en-GB', fr: 'fr-FR', ja: 'ja-JP', ko: 'ko-KR', zh: 'zh-CN',
};

/** A voice as the Web Speech API describes it (only what is needed to choose one). */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
}

/**
 * The best voice for `lang` among `voices`: exact locale, else same language; undefined when no
 * installed voice speaks it (the caller then shows subtitles only and says so).
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: TourLang): V | undefined {
  const locale = SPEECH_LOCALES[lang].toLowerCase();
  const norm = (tag: string) => tag.toLowerCase().replace('_', '-');
  return voices.find((v) => norm(v.lang) === locale)
    ?? voices.find((v) => norm(v.lang).split('-')[0] === lang);
}
