import { describe, expect, it } from 'vitest';
import { chooseTourLang, pickText } from '../../../../src/heritage/player/localizedText.ts';
import { missingTranslations } from '../../../../src/heritage/player/missingTranslations.ts';
import { pickVoice } from '../../../../src/heritage/player/speechLang.ts';

describe('narration language fallback', () => {
  it('uses the chosen language, else English, else Vietnamese, else any; blank counts as missing', () => {
    expect(pickText({ fr: 'Bonjour', en: 'Hello' }, 'fr')).toEqual({ text: 'Bonjour', lang: 'fr', fallback: false });
    expect(pickText({ vi: 'Xin chào', en: 'Hello' }, 'ja')).toEqual({ text: 'Hello', lang: 'en', fallback: true });
    expect(pickText({ vi: 'Xin chào', en: '  ' }, 'ko')).toEqual({ text: 'Xin chào', lang: 'vi', fallback: true });
    expect(pickText({ zh: '你好' }, 'fr')).toEqual({ text: '你好', lang: 'zh', fallback: true });
    expect(pickText({}, 'vi')).toBeUndefined();
  });

  it('starts with the requested language if offered, else the UI language, else the first', () => {
    expect(chooseTourLang(['vi', 'en', 'fr'], 'fr', 'vi')).toBe('fr');
    expect(chooseTourLang(['vi', 'en', 'fr'], 'ko', 'en')).toBe('en');
    expect(chooseTourLang(['fr', 'ja'], undefined, 'vi')).toBe('fr');
  });

  it('flags every missing title and narration per promised language', () => {
    const missing = missingTranslations({
      title: { vi: 'Tour', en: 'Tour' },
      stops: [
        { id: 'a', title: { vi: 'A', en: 'A' }, narration: { vi: 'x', en: '' }, durationS: 5 },
        { id: 'b', title: { vi: 'B' }, narration: { vi: 'y', en: 'y' }, durationS: 5 },
      ],
    }, ['vi', 'en', 'fr']);
    expect(missing).toEqual(expect.arrayContaining([
      { stopIndex: -1, field: 'title', lang: 'fr' },
      { stopIndex: 0, field: 'narration', lang: 'en' },
      { stopIndex: 1, field: 'title', lang: 'en' },
      { stopIndex: 1, field: 'narration', lang: 'fr' },
    ]));
    expect(missing.filter((m) => m.lang === 'vi')).toEqual([]);
    expect(missing).toHaveLength(7);
  });

  it('picks a speech voice by locale, then by language; none when not installed', () => {
    const voices = [{ lang: 'en-US', name: 'US' }, { lang: 'fr_CA', name: 'CA' }, { lang: 'fr-FR', name: 'FR' }];
    expect(pickVoice(voices, 'fr')?.name).toBe('FR');
    expect(pickVoice(voices, 'en')?.name).toBe('US');
    expect(pickVoice(voices, 'ja')).toBeUndefined();
  });
});
