import type { Localized } from '../../catalog/LayerDefinition.ts';
import type { Lang } from './messages.ts';

/** Picks a localized text in `lang`, falling back to Vietnamese, then English, then any language. */
export function localize(text: Localized | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.vi || text.en || Object.values(text)[0] || '';
}

/**
 * A feature's label in `lang`: when `labelProperty` ends in a language suffix (`name_vi`) and the
 * feature also has that property for `lang` (`name_en`), that one is used. Undefined when empty.
 */
export function localizedLabel(properties: Record<string, unknown>, labelProperty: string | undefined, lang: Lang): string | undefined {
  if (!labelProperty) return undefined;
  const m = /^(.*)_([a-z]{2})$/.exec(labelProperty);
  const preferred = m ? properties[`${m[1]}_${lang}`] : undefined;
  const value = preferred ?? properties[labelProperty];
  return value === undefined || value === null || value === '' ? undefined : String(value);
}
