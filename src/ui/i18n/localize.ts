import type { Localized } from '../../catalog/LayerDefinition.ts';
import type { Lang } from './messages.ts';

/** Picks a localized text in `lang`, falling back to Vietnamese, then English, then any language. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.vi || text.en || Object.values(text)[0] || '';
}
