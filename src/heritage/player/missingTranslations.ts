import type { LocalizedText, PlayableTour, TourLang } from './tourTypes.ts';

/** One text an author still has to write before publishing. */
export interface MissingTranslation {
  /** Index of the stop, or -1 for the tour's own title. */
  stopIndex: number;
  field: 'title' | 'narration';
  lang: TourLang;
}

const blank = (texts: LocalizedText, lang: TourLang) => !texts[lang] || texts[lang]!.trim() === '';

/**
 * Every title/narration missing in one of `langs` (the languages the tour promises). Publishing
 * with a non-empty list shows the list and asks the author first.
 */
export function missingTranslations(tour: Pick<PlayableTour, 'title' | 'stops'>, langs: readonly TourLang[]): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const lang of langs) if (blank(tour.title, lang)) missing.push({ stopIndex: -1, field: 'title', lang });
  tour.stops.forEach((stop, stopIndex) => {
    for (const lang of langs) {
      if (blank(stop.title, lang)) missing.push({ stopIndex, field: 'title', lang });
      if (blank(stop.narration, lang)) missing.push({ stopIndex, field: 'narration', lang });
    }
  });
  return missing;
}
