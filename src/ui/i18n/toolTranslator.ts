/**
 * Dictionaries for workspace tools, kept beside each tool (so the shell's `vi.ts`/`en.ts` stay
 * small): Vietnamese is the reference; English must have the same keys (the type checks it).
 */
import { formatMessage, type Lang } from './messages.ts';

/** A tool's messages in every UI language. */
export type ToolDictionaries<K extends string> = { vi: Record<K, string>; en: Record<K, string> };

/** A translate function bound to one language. */
export type ToolTranslate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** Returns a translate function for `lang`, falling back to Vietnamese. */
export function toolTranslator<K extends string>(dicts: ToolDictionaries<K>, lang: Lang): ToolTranslate<K> {
  const dict = dicts[lang] ?? dicts.vi;
  return (key, params) => formatMessage(dict[key] ?? dicts.vi[key] ?? key, params);
}
