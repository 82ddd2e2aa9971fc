/**
 * Translation completeness of a tour: which languages have every text the player shows (tour title,
 * each stop's title and narration), what is missing in the required languages (blocks publishing)
 * and what is missing in the others (warnings to the author).
 */
import { REQUIRED_LANGUAGES, TOUR_LANGUAGES, type LocalizedText, type TourLanguage } from '../languages.ts';
import type { TourDocument } from './tourSchema.ts';

/** A text the player needs that has no version in `language`; `field` is a path like `stops[2].narration`. */
export interface MissingTranslation {
  field: string;
  language: TourLanguage;
}

/** Result of {@link checkTranslations}. */
export interface TranslationReport {
  /** Languages with every needed text, in {@link TOUR_LANGUAGES} order. */
  complete: TourLanguage[];
  /** Languages with some but not all needed texts. */
  partial: TourLanguage[];
  /** Gaps in the required languages (vi, en): publishing is refused while this is not empty. */
  missing: MissingTranslation[];
  /** Gaps in the other languages that are partly present, and in optional captions: one line each. */
  warnings: string[];
}

function texts(doc: TourDocument): Array<{ field: string; text: LocalizedText; needed: boolean }> {
  const out: Array<{ field: string; text: LocalizedText; needed: boolean }> = [{ field: 'title', text: doc.title, needed: true }];
  if (doc.description) out.push({ field: 'description', text: doc.description, needed: false });
  doc.stops.forEach((stop, i) => {
    out.push({ field: `stops[${i}].title`, text: stop.title, needed: true });
    out.push({ field: `stops[${i}].narration`, text: stop.narration, needed: true });
    (stop.media ?? []).forEach((m, k) => {
      if (m.caption) out.push({ field: `stops[${i}].media[${k}].caption`, text: m.caption, needed: false });
    });
  });
  return out;
}

const has = (text: LocalizedText, language: TourLanguage) => (text[language] ?? '').trim() !== '';

/** Checks every text of `doc` in every tour language. */
export function checkTranslations(doc: TourDocument): TranslationReport {
  const all = texts(doc);
  const needed = all.filter((t) => t.needed);
  const report: TranslationReport = { complete: [], partial: [], missing: [], warnings: [] };
  for (const language of TOUR_LANGUAGES) {
    const present = needed.filter((t) => has(t.text, language)).length;
    const required = REQUIRED_LANGUAGES.includes(language);
    if (present === needed.length) report.complete.push(language);
    else if (present > 0 || required) {
      if (present > 0) report.partial.push(language);
      for (const t of needed) {
        if (has(t.text, language)) continue;
        if (required) report.missing.push({ field: t.field, language });
        else report.warnings.push(`${t.field}: no ${language} text`);
      }
    }
    const offered = present > 0 || required;
    for (const t of all) {
      if (!t.needed && offered && !has(t.text, language)) report.warnings.push(`${t.field}: no ${language} text`);
    }
  }
  return report;
}
