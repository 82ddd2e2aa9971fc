// Unit tests for the UI dictionaries (src/ui/i18n): same keys in every language, no empty strings,
// placeholders kept, and localized labels/texts.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/ui/i18n/I18nContext.tsx';
import { formatMessage, LANGS } from '../../../src/ui/i18n/messages.ts';
import { localize, localizedLabel } from '../../../src/ui/i18n/localize.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in every language', () => {
    const reference = Object.keys(DICTIONARIES.vi).sort();
    for (const lang of LANGS) expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(reference);
  });
  it('have no empty message and the same placeholders in every language', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(DICTIONARIES[lang])) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
        expect(placeholders(text), `${lang}:${key}`).toEqual(placeholders(DICTIONARIES.vi[key as keyof typeof DICTIONARIES.vi]));
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{count} đối tượng', { count: 3 })).toBe('3 đối tượng');
    expect(formatMessage('a {x} b')).toBe('a {x} b');
    expect(formatMessage('a {x} b', { y: 1 })).toBe('a {x} b');
  });
});

describe('localize / localizedLabel', () => {
  it('picks the language, then falls back', () => {
    expect(localize({ vi: 'Sông Hương', en: 'Perfume River' }, 'en')).toBe('Perfume River');
    expect(localize({ vi: 'Sông Hương', en: '' }, 'en')).toBe('Sông Hương');
    expect(localize(undefined, 'vi')).toBe('');
  });
  it('swaps a language-suffixed label property when the other language exists', () => {
    const p = { name_vi: 'Ngọ Môn', name_en: 'Meridian Gate', code: 7 };
    expect(localizedLabel(p, 'name_vi', 'en')).toBe('Meridian Gate');
    expect(localizedLabel(p, 'name_vi', 'vi')).toBe('Ngọ Môn');
    expect(localizedLabel({ name_vi: 'Ngọ Môn' }, 'name_vi', 'en')).toBe('Ngọ Môn');
    expect(localizedLabel(p, 'code', 'en')).toBe('7');
    expect(localizedLabel(p, undefined, 'en')).toBeUndefined();
  });
});
