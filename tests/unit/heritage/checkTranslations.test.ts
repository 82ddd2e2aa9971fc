/** Translation completeness: required vi+en gaps block publishing, other languages warn, the sample tour is complete in four. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../../src/heritage/tour/checkTranslations.ts';
import type { TourDocument } from '../../../src/heritage/tour/tourSchema.ts';
import { twoStopTour } from './fixtures.ts';

describe('checkTranslations', () => {
  it('finds the sample tour complete in vi, en, fr and ja, with no gaps', () => {
    const doc = JSON.parse(readFileSync('tours/imperial-city-one-hour.json', 'utf8')) as TourDocument;
    expect(checkTranslations(doc)).toEqual({ complete: ['vi', 'en', 'fr', 'ja'], partial: [], missing: [], warnings: [] });
    expect(doc.stops.length).toBeGreaterThanOrEqual(8);
  });

  it('lists every missing vi/en text as blocking, even when a language is absent everywhere', () => {
    const doc = twoStopTour();
    delete (doc.stops[0]!.narration as Record<string, string>).vi;
    doc.stops[1]!.title = { vi: 'Kỳ Đài', en: '   ' };
    const report = checkTranslations(doc);
    expect(report.missing).toEqual([
      { field: 'stops[0].narration', language: 'vi' },
      { field: 'stops[1].title', language: 'en' },
    ]);
    expect(report.complete).toEqual([]);
    expect(report.partial).toEqual(['vi', 'en', 'fr']);
  });

  it('warns about gaps in a partly translated optional language and ignores languages not started', () => {
    const report = checkTranslations(twoStopTour());
    expect(report.missing).toEqual([]);
    expect(report.complete).toEqual(['vi', 'en']);
    expect(report.partial).toEqual(['fr']);
    expect(report.warnings).toEqual(['title: no fr text', 'stops[1].title: no fr text', 'stops[1].narration: no fr text']);
  });

  it('warns about optional texts (captions, description) only in the languages the tour offers', () => {
    const doc = twoStopTour();
    doc.description = { vi: 'Mô tả' };
    doc.stops[0]!.media = [{ asset: 'a-1', caption: { vi: 'Ảnh', en: 'Photo' } }];
    const report = checkTranslations(doc);
    expect(report.warnings).toEqual(expect.arrayContaining(['description: no en text', 'description: no fr text', 'stops[0].media[0].caption: no fr text']));
    expect(report.warnings.filter((w) => w.includes(' ja '))).toEqual([]);
  });
});
