/** The languages tours and the monument registry are written in, and which of them are required. */

/** Every tour language (ISO 639-1), in the order the UI offers them. */
export const TOUR_LANGUAGES = ['vi', 'en', 'fr', 'ja', 'ko', 'zh'] as const;

/** One tour language. */
export type TourLanguage = (typeof TOUR_LANGUAGES)[number];

/** Languages a tour must be complete in before it may be published (the app's interface languages). */
export const REQUIRED_LANGUAGES: readonly TourLanguage[] = ['vi', 'en'];

/** Text in several languages; absent keys are missing translations. */
export type LocalizedText = Partial<Record<TourLanguage, string>>;

/**
 * Provenance of one language's texts: `original` (written in it), `official` (reviewed by the
 * Huế Monuments Conservation Centre), `author` (translated by the tour author, not reviewed),
 * `machine` (machine translation, not reviewed).
 */
export const TRANSLATION_KINDS = ['original', 'official', 'author', 'machine'] as const;

/** Whether `value` is one of {@link TOUR_LANGUAGES}. */
export function isTourLanguage(value: unknown): value is TourLanguage {
  return typeof value === 'string' && (TOUR_LANGUAGES as readonly string[]).includes(value);
}
