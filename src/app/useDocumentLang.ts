import { useEffect } from 'react';
import { DICTIONARIES } from '../ui/i18n/I18nContext.tsx';
import type { Lang } from '../ui/i18n/messages.ts';

/** Keeps `<html lang>` and the document title in the UI language. */
export function useDocumentLang(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    const d = DICTIONARIES[lang];
    document.title = `${d['app.title']} — ${d['app.subtitle']}`;
  }, [lang]);
}
