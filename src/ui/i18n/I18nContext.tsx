import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en.ts';
import { formatMessage, type Lang, type MessageKey, type Messages } from './messages.ts';
import { vi } from './vi.ts';

/** Dictionaries by language. */
export const DICTIONARIES: Record<Lang, Messages> = { vi, en };

/** Translates a key with optional `{name}` parameters. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nValue {
  lang: Lang;
  t: Translate;
}

const I18n = createContext<I18nValue>({ lang: 'vi', t: (key, params) => formatMessage(vi[key], params) });

/** Provides the UI language to the tree below. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => {
    const dict = DICTIONARIES[lang];
    return { lang, t: (key, params) => formatMessage(dict[key] ?? vi[key], params) };
  }, [lang]);
  return <I18n.Provider value={value}>{children}</I18n.Provider>;
}

/** The current language and translate function. */
export function useI18n(): I18nValue {
  return useContext(I18n);
}
